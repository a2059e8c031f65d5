-- Cross-article event linking (pipeline.measures, method in docs/measures.md).
-- `events` holds one row per happening per article (a mention); mentions of the same
-- happening across articles form an event cluster, and tariff and non-tariff mentions form
-- measures with a lifecycle of stages. pipeline.measures.refresh_clusters recomputes the
-- four tables from all events, inside the load's transaction, so they always match `events`.
-- No primary keys: the tables are replaced wholesale, and the refresh guarantees uniqueness
-- (event_clusters.cluster_id, event_cluster_members.event_id, measures.measure_id,
-- measure_stages (measure_id, stage_no)).

CREATE VIEW event_mentions AS
SELECT
    e.event_id,
    e.article_id,
    e.type,
    e.status,
    e.initiator,
    e.target,
    CASE WHEN e.target <> 'WORLD' THEN e.target
         WHEN e.initiator LIKE 'US%' THEN 'CA'
         ELSE 'US' END AS target_party,
    e.retaliatory,
    e.rate_pct,
    list_sort(list_distinct(e.products)) AS products,
    array_to_string(list_sort(list_distinct(e.products)), ',') AS product_key,
    e.effective_date,
    e.value_amount,
    e.evidence,
    e.confidence,
    e.extractor_version,
    COALESCE(a.published_at, r.started_at) AS published_at,
    CAST(timezone('UTC', COALESCE(a.published_at, r.started_at)) AS DATE) AS day,
    COALESCE(NULLIF(f.publisher, ''), a.feed_id) AS publisher,
    COALESCE(a.canonical_url, a.url) AS link
FROM events e
JOIN articles a ON a.article_id = e.article_id
LEFT JOIN feeds f ON f.feed_id = a.feed_id
LEFT JOIN runs r ON r.run_id = a.run_id;

CREATE TABLE event_clusters (
    cluster_id      VARCHAR NOT NULL,
    type            VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,
    party_a         VARCHAR NOT NULL,
    party_b         VARCHAR NOT NULL,
    rate_pct        DOUBLE,
    products        VARCHAR[] NOT NULL,
    first_reported  DATE NOT NULL,
    last_reported   DATE NOT NULL,
    effective_date  DATE,
    mentions        BIGINT NOT NULL,
    articles        BIGINT NOT NULL,
    publishers      BIGINT NOT NULL,
    retaliatory     BOOLEAN NOT NULL,
    measure_id      VARCHAR
);

CREATE TABLE event_cluster_members (
    event_id    VARCHAR NOT NULL,
    cluster_id  VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    measure_id  VARCHAR
);

CREATE TABLE measures (
    measure_id           VARCHAR NOT NULL,
    type                 VARCHAR NOT NULL,
    initiator            VARCHAR NOT NULL,
    target               VARCHAR NOT NULL,
    rate_pct             DOUBLE,
    products             VARCHAR[] NOT NULL,
    retaliatory          BOOLEAN NOT NULL,
    first_reported       DATE NOT NULL,
    last_reported        DATE NOT NULL,
    current_status       VARCHAR NOT NULL,
    first_effective_date DATE,
    max_value_amount     DOUBLE,
    stages               INTEGER NOT NULL,
    mentions             BIGINT NOT NULL,
    articles             BIGINT NOT NULL,
    publishers           BIGINT NOT NULL,
    clusters             BIGINT NOT NULL,
    latest_sources       VARCHAR[] NOT NULL,
    latest_evidence      VARCHAR
);

CREATE TABLE measure_stages (
    measure_id      VARCHAR NOT NULL,
    stage_no        INTEGER NOT NULL,
    status          VARCHAR NOT NULL,
    first_reported  DATE NOT NULL,
    last_reported   DATE NOT NULL,
    effective_date  DATE,
    mentions        BIGINT NOT NULL,
    articles        BIGINT NOT NULL,
    publishers      VARCHAR[] NOT NULL,
    source_articles VARCHAR[] NOT NULL
);

COMMENT ON VIEW event_mentions IS 'Every event as one article reports it (a mention), normalised for cross-article linking: the input of pipeline.measures.refresh_clusters.';
COMMENT ON COLUMN event_mentions.event_id IS 'Event identifier: hash of article, extractor version and ordinal (events.event_id).';
COMMENT ON COLUMN event_mentions.article_id IS 'Deduplicated article identifier (articles.article_id).';
COMMENT ON COLUMN event_mentions.type IS 'Event type from shared/TAXONOMY.md: tariff, nontariff_measure, trade_talks, leader_contact, trade_agreement or trade_dispute.';
COMMENT ON COLUMN event_mentions.status IS 'Event status as the article reports it; the allowed values depend on the type (shared/TAXONOMY.md).';
COMMENT ON COLUMN event_mentions.initiator IS 'Who acts: CA, US, another ISO 3166-1 alpha-2 code, or an ISO 3166-2 subdivision such as CA-ON or US-MI.';
COMMENT ON COLUMN event_mentions.target IS 'Who the event is aimed at: same codes as initiator, plus WORLD for a measure hitting every country.';
COMMENT ON COLUMN event_mentions.target_party IS 'The target with WORLD folded into the other party (the taxonomy scores them equal).';
COMMENT ON COLUMN event_mentions.retaliatory IS 'True when the text presents the measure as a response or countermeasure.';
COMMENT ON COLUMN event_mentions.rate_pct IS 'Duty or surcharge rate in percent (25 for 25%); NULL when the text gives none.';
COMMENT ON COLUMN event_mentions.products IS 'Product labels, sorted and de-duplicated; empty when the text names none.';
COMMENT ON COLUMN event_mentions.product_key IS 'The products joined with commas: the key compared when linking mentions ('''' when none).';
COMMENT ON COLUMN event_mentions.effective_date IS 'When the reported status takes or took effect, resolved against the publication date; NULL if unknown.';
COMMENT ON COLUMN event_mentions.value_amount IS 'Money covered by the measure, in the currency the text gives; NULL when not stated.';
COMMENT ON COLUMN event_mentions.evidence IS 'The sentence stating the event, an exact substring of the article''s cleaned text.';
COMMENT ON COLUMN event_mentions.confidence IS 'The extractor''s own belief in the event, 0 to 1.';
COMMENT ON COLUMN event_mentions.extractor_version IS 'Version of the extractor that produced the row.';
COMMENT ON COLUMN event_mentions.published_at IS 'Publication time of the article (UTC); the run''s start when the feed gave no date.';
COMMENT ON COLUMN event_mentions.day IS 'UTC calendar day of the article''s publication: the date a report counts from.';
COMMENT ON COLUMN event_mentions.publisher IS 'Publisher of the feed (feeds.publisher, else the feed id).';
COMMENT ON COLUMN event_mentions.link IS 'Link to the article: its canonical URL, else the feed link.';

COMMENT ON TABLE event_clusters IS 'One happening reported across articles: mentions of the same type, status, parties, rate and products, reported within 10 days of each other (docs/measures.md). Rebuilt by refresh_clusters.';
COMMENT ON COLUMN event_clusters.cluster_id IS 'Deterministic id: md5 of type, status, parties, rate, product key and first report day (24 hex digits).';
COMMENT ON COLUMN event_clusters.type IS 'Event type from shared/TAXONOMY.md.';
COMMENT ON COLUMN event_clusters.status IS 'Event status shared by every mention of the cluster.';
COMMENT ON COLUMN event_clusters.party_a IS 'The initiator for directed types; for symmetric types (talks, leader contact, agreements) the smaller of the two party codes.';
COMMENT ON COLUMN event_clusters.party_b IS 'The target (WORLD folded into the other party) for directed types; the larger party code for symmetric types.';
COMMENT ON COLUMN event_clusters.rate_pct IS 'Rate of the happening in percent: the mentions'' rate, a mention without one taking the most reported compatible rate; NULL when none gives one.';
COMMENT ON COLUMN event_clusters.products IS 'Product labels of the happening (mentions without products take the most reported compatible set).';
COMMENT ON COLUMN event_clusters.first_reported IS 'UTC day of the earliest article reporting it.';
COMMENT ON COLUMN event_clusters.last_reported IS 'UTC day of the latest article reporting it.';
COMMENT ON COLUMN event_clusters.effective_date IS 'Earliest effective date any mention gives; NULL if none.';
COMMENT ON COLUMN event_clusters.mentions IS 'Number of mentions (events) linked.';
COMMENT ON COLUMN event_clusters.articles IS 'Distinct articles reporting it.';
COMMENT ON COLUMN event_clusters.publishers IS 'Distinct publishers reporting it.';
COMMENT ON COLUMN event_clusters.retaliatory IS 'True when any mention presents it as retaliation.';
COMMENT ON COLUMN event_clusters.measure_id IS 'The measure the happening is a stage of (measures.measure_id): the one most of its mentions belong to; NULL for types that are not measures.';

COMMENT ON TABLE event_cluster_members IS 'Which cluster, and which measure, each event (mention) belongs to: exactly one row per row of events.';
COMMENT ON COLUMN event_cluster_members.event_id IS 'Event identifier (events.event_id).';
COMMENT ON COLUMN event_cluster_members.cluster_id IS 'Its cluster (event_clusters.cluster_id).';
COMMENT ON COLUMN event_cluster_members.article_id IS 'Deduplicated article identifier (articles.article_id).';
COMMENT ON COLUMN event_cluster_members.measure_id IS 'Its measure (measures.measure_id); NULL for types that are not measures.';

COMMENT ON TABLE measures IS 'Tariffs and non-tariff measures, each with its lifecycle in measure_stages: one per type, initiator, target party, rate and product set, in the spirit of Global Trade Alert''s interventions (docs/measures.md). Rebuilt by refresh_clusters.';
COMMENT ON COLUMN measures.measure_id IS 'Deterministic id: md5 of type, initiator, target party, product key and rate (the formula of v_measure_events).';
COMMENT ON COLUMN measures.type IS 'tariff or nontariff_measure.';
COMMENT ON COLUMN measures.initiator IS 'Who imposes the measure: CA, US, another country or a province or state (CA-ON, US-MI).';
COMMENT ON COLUMN measures.target IS 'Who it is aimed at, WORLD folded into the other party.';
COMMENT ON COLUMN measures.rate_pct IS 'Rate in percent; NULL when no report gives one.';
COMMENT ON COLUMN measures.products IS 'Sorted product labels; empty when no report names any.';
COMMENT ON COLUMN measures.retaliatory IS 'True when any report presents it as retaliation.';
COMMENT ON COLUMN measures.first_reported IS 'UTC day of the first article reporting the measure, at any stage.';
COMMENT ON COLUMN measures.last_reported IS 'UTC day of the latest article reporting it.';
COMMENT ON COLUMN measures.current_status IS 'Status reported by the latest article (publication time, then event id).';
COMMENT ON COLUMN measures.first_effective_date IS 'Earliest effective date reported, any stage.';
COMMENT ON COLUMN measures.max_value_amount IS 'Largest money value reported for it; NULL if none.';
COMMENT ON COLUMN measures.stages IS 'Number of stages (statuses reported) in measure_stages.';
COMMENT ON COLUMN measures.mentions IS 'Number of mentions (events) of the measure.';
COMMENT ON COLUMN measures.articles IS 'Distinct articles reporting it.';
COMMENT ON COLUMN measures.publishers IS 'Distinct publishers reporting it.';
COMMENT ON COLUMN measures.clusters IS 'Number of event clusters (happenings) that are stages of it.';
COMMENT ON COLUMN measures.latest_sources IS 'Links of the five latest reports, newest first.';
COMMENT ON COLUMN measures.latest_evidence IS 'Evidence sentence of the latest report.';

COMMENT ON TABLE measure_stages IS 'The lifecycle of each measure: one stage per status reported (threatened, announced, in_effect, paused, reduced, exempted, removed), numbered in order of first report.';
COMMENT ON COLUMN measure_stages.measure_id IS 'The measure (measures.measure_id).';
COMMENT ON COLUMN measure_stages.stage_no IS 'Position in the lifecycle, from 1, by first report day (same day: taxonomy order).';
COMMENT ON COLUMN measure_stages.status IS 'The status of the stage.';
COMMENT ON COLUMN measure_stages.first_reported IS 'UTC day of the earliest article reporting the measure at this status.';
COMMENT ON COLUMN measure_stages.last_reported IS 'UTC day of the latest article reporting it at this status.';
COMMENT ON COLUMN measure_stages.effective_date IS 'Earliest effective date given for this status (when it takes or took effect); NULL if none.';
COMMENT ON COLUMN measure_stages.mentions IS 'Number of mentions at this status.';
COMMENT ON COLUMN measure_stages.articles IS 'Distinct articles reporting this status.';
COMMENT ON COLUMN measure_stages.publishers IS 'Publishers that reported this status, sorted.';
COMMENT ON COLUMN measure_stages.source_articles IS 'Ids of the first ten articles reporting this status, earliest first.';
