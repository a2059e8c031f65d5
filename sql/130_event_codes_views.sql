-- The reporting views on the new event tables (pipeline.event_codes, pipeline.measures):
-- - v_events takes its conflict score from event_codes (the versioned table shipped as
--   pipeline/data/event_codes.yaml) instead of conflict_scores, and carries each event's
--   CAMEO code and PLOVER type; conflict_scores stays only because sql/190 describes it
--   (no view reads it any more).
-- - v_measure_events and v_measures_timeline read the measures that refresh_clusters
--   builds (measures, measure_stages, event_cluster_members) instead of grouping events
--   themselves: same columns, so report_measures_timeline is unchanged. A lifecycle stage
--   is now one status of the measure from its first to its last report.
-- Descriptions are in 192_comments_event_links.sql (CREATE OR REPLACE drops them, and
-- 190_comments.sql runs after this file on a new warehouse).

CREATE OR REPLACE VIEW v_events AS
SELECT
    e.event_id,
    e.article_id,
    a.day,
    a.published_at,
    e.type,
    e.status,
    e.initiator,
    e.target,
    e.retaliatory,
    e.rate_pct,
    e.value_amount,
    e.value_currency,
    e.products,
    e.effective_date,
    e.evidence,
    e.confidence,
    e.rule,
    e.extractor_version,
    a.title,
    a.link,
    a.publisher,
    a.feed_id,
    COALESCE(c.score, 0) AS conflict_score,
    -COALESCE(c.score, 0) * CASE WHEN e.retaliatory THEN 1.5 ELSE 1.0 END AS tension_weight,
    c.cameo_code,
    c.plover_type
FROM events e
JOIN v_articles a ON a.article_id = e.article_id
LEFT JOIN event_codes c ON c.type = e.type AND c.status = e.status;

CREATE OR REPLACE VIEW v_measure_events AS
SELECT
    m.measure_id,
    e.*,
    CASE
        WHEN e.target <> 'WORLD' THEN e.target
        WHEN e.initiator LIKE 'US%' THEN 'CA'
        ELSE 'US'
    END AS target_party,
    m.cluster_id
FROM v_events e
JOIN event_cluster_members m ON m.event_id = e.event_id
WHERE m.measure_id IS NOT NULL;

CREATE OR REPLACE VIEW v_measures_timeline AS
WITH lifecycle AS (
    SELECT
        measure_id,
        list({'status': status, 'first_day': first_reported, 'last_day': last_reported,
              'events': mentions} ORDER BY stage_no) AS lifecycle
    FROM measure_stages
    GROUP BY measure_id
)
SELECT
    m.measure_id,
    m.type,
    m.initiator,
    m.target,
    m.products,
    m.rate_pct,
    m.retaliatory,
    m.first_reported AS first_seen,
    m.last_reported AS last_seen,
    m.current_status,
    m.first_effective_date,
    m.max_value_amount,
    m.mentions AS events,
    m.articles,
    m.publishers,
    l.lifecycle,
    m.latest_sources,
    m.latest_evidence
FROM measures m
JOIN lifecycle l USING (measure_id);
