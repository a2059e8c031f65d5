-- Descriptions of the near-duplicate story tables (002_story_clusters.sql) and of the fetched
-- article pages (003_item_pages.sql), for docs/schema.md. Core migrations that add tables or
-- columns should describe them too (tests/test_schema_doc.py checks that every one is).

COMMENT ON TABLE article_sketches IS 'Bottom-k MinHash sketch of each article''s text, to find near-duplicate stories (the same wire story with small edits).';
COMMENT ON COLUMN article_sketches.article_id IS 'Deduplicated article identifier (articles.article_id).';
COMMENT ON COLUMN article_sketches.sketch IS 'The 64 smallest 64-bit hashes of the word 3-shingles of the article''s text (pipeline.neardup).';

COMMENT ON TABLE article_sketch_index IS 'Inverted index from the smallest sketch hashes to articles: the candidates to compare a new article with.';
COMMENT ON COLUMN article_sketch_index.h IS 'One of the 12 smallest hashes of the article''s sketch.';
COMMENT ON COLUMN article_sketch_index.article_id IS 'Deduplicated article identifier (articles.article_id).';

COMMENT ON TABLE story_clusters IS 'Story cluster of every article: its own, unless it matched an earlier article closely enough.';
COMMENT ON COLUMN story_clusters.article_id IS 'Deduplicated article identifier (articles.article_id).';
COMMENT ON COLUMN story_clusters.cluster_id IS 'Identifier of the story cluster (the id of its first article).';
COMMENT ON COLUMN story_clusters.matched_article IS 'The earlier article it matched; NULL when it starts its own cluster.';
COMMENT ON COLUMN story_clusters.similarity IS 'Estimated Jaccard similarity with the matched article (at least 0.5 to match); 1.0 when it starts its own cluster.';
COMMENT ON COLUMN story_clusters.run_id IS 'The pipeline run that loaded the row (runs.run_id).';

COMMENT ON COLUMN items.page_url IS 'Final URL of the linked page fetched for a summary-only item; NULL when not fetched.';
COMMENT ON COLUMN items.page_html IS 'Raw HTML of that page as served, bytes (untrusted: never render unescaped).';
