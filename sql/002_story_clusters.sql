-- Near-duplicate stories (the same wire story syndicated with small edits): each article
-- has a bottom-k MinHash sketch; the smallest hashes index it for candidate lookup; every
-- article belongs to exactly one story cluster (its own, unless it matched an earlier one).

CREATE TABLE article_sketches (
    article_id VARCHAR PRIMARY KEY,
    sketch     BIGINT[] NOT NULL
);

CREATE TABLE article_sketch_index (
    h          BIGINT NOT NULL,
    article_id VARCHAR NOT NULL,
    PRIMARY KEY (h, article_id)
);

CREATE TABLE story_clusters (
    article_id      VARCHAR PRIMARY KEY,
    cluster_id      VARCHAR NOT NULL,
    matched_article VARCHAR,
    similarity      DOUBLE NOT NULL,
    run_id          VARCHAR NOT NULL
);
