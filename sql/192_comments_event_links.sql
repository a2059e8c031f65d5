-- Descriptions of the views replaced by 130_event_codes_views.sql, and of what changed in
-- the older objects' meaning. A separate file after 190/191 so that they hold both on a new
-- warehouse (where 190 runs after 130) and on an existing one (where 130 runs last and
-- CREATE OR REPLACE VIEW dropped the old descriptions).

COMMENT ON VIEW v_events IS 'Events with their article''s day, title, link and publisher, their conflict score and tension weight, and their CAMEO code and PLOVER type (event_codes).';
COMMENT ON COLUMN v_events.event_id IS 'Event identifier: hash of article, extractor version and ordinal (events.event_id).';
COMMENT ON COLUMN v_events.article_id IS 'Deduplicated article identifier (articles.article_id).';
COMMENT ON COLUMN v_events.day IS 'UTC calendar day of the article''s publication (the run''s start when the feed gave no date).';
COMMENT ON COLUMN v_events.published_at IS 'Publication time of the article (UTC); the run''s start when the feed gave no date.';
COMMENT ON COLUMN v_events.type IS 'Event type from shared/TAXONOMY.md: tariff, nontariff_measure, trade_talks, leader_contact, trade_agreement or trade_dispute.';
COMMENT ON COLUMN v_events.status IS 'Event status as the article reports it; the allowed values depend on the type (shared/TAXONOMY.md).';
COMMENT ON COLUMN v_events.initiator IS 'Who acts: CA, US, another ISO 3166-1 alpha-2 code, or an ISO 3166-2 subdivision such as CA-ON or US-MI.';
COMMENT ON COLUMN v_events.target IS 'Who the event is aimed at: same codes as initiator, plus WORLD for a measure hitting every country.';
COMMENT ON COLUMN v_events.retaliatory IS 'True when the text presents the measure as a response or countermeasure.';
COMMENT ON COLUMN v_events.rate_pct IS 'Duty or surcharge rate in percent (25 for 25%); NULL when the text gives none.';
COMMENT ON COLUMN v_events.value_amount IS 'Money covered by the measure, in value_currency units; NULL when not stated.';
COMMENT ON COLUMN v_events.value_currency IS 'ISO 4217 currency of value_amount as the text gives or implies it (CAD, USD).';
COMMENT ON COLUMN v_events.products IS 'Product labels from the taxonomy''s product vocabulary; empty when the text names none.';
COMMENT ON COLUMN v_events.effective_date IS 'When the reported status takes or took effect, resolved against the publication date; NULL if unknown.';
COMMENT ON COLUMN v_events.evidence IS 'The sentence stating the event, an exact substring of the article''s cleaned text.';
COMMENT ON COLUMN v_events.confidence IS 'The extractor''s own belief in the event, 0 to 1.';
COMMENT ON COLUMN v_events.rule IS 'Name of the extractor rule or pattern that produced the event.';
COMMENT ON COLUMN v_events.extractor_version IS 'Version of the extractor that produced the row.';
COMMENT ON COLUMN v_events.title IS 'Cleaned article title (feed text: escape it before putting it in HTML).';
COMMENT ON COLUMN v_events.link IS 'Link to the article: its canonical URL, else the feed link.';
COMMENT ON COLUMN v_events.publisher IS 'Publisher of the feed (feeds.publisher, else the feed id).';
COMMENT ON COLUMN v_events.feed_id IS 'Feed identifier from the registry (feeds.feed_id).';
COMMENT ON COLUMN v_events.conflict_score IS 'Conflict-cooperation score of the event''s (type, status) from event_codes: -10 most conflictual to +10 most cooperative.';
COMMENT ON COLUMN v_events.tension_weight IS 'The event''s contribution to the tension index: minus its conflict_score, times 1.5 when retaliatory.';
COMMENT ON COLUMN v_events.cameo_code IS 'CAMEO event code of the event''s (type, status), from event_codes.';
COMMENT ON COLUMN v_events.plover_type IS 'PLOVER event type of the event''s (type, status), from event_codes.';

COMMENT ON VIEW v_measure_events IS 'Tariff and non-tariff measure events with the measure and event cluster refresh_clusters linked them to (event_cluster_members).';
COMMENT ON COLUMN v_measure_events.measure_id IS 'The measure of the event (measures.measure_id).';
COMMENT ON COLUMN v_measure_events.event_id IS 'Event identifier: hash of article, extractor version and ordinal (events.event_id).';
COMMENT ON COLUMN v_measure_events.article_id IS 'Deduplicated article identifier (articles.article_id).';
COMMENT ON COLUMN v_measure_events.day IS 'UTC calendar day of the article''s publication (the run''s start when the feed gave no date).';
COMMENT ON COLUMN v_measure_events.published_at IS 'Publication time of the article (UTC); the run''s start when the feed gave no date.';
COMMENT ON COLUMN v_measure_events.type IS 'Event type from shared/TAXONOMY.md: tariff, nontariff_measure, trade_talks, leader_contact, trade_agreement or trade_dispute.';
COMMENT ON COLUMN v_measure_events.status IS 'Event status as the article reports it; the allowed values depend on the type (shared/TAXONOMY.md).';
COMMENT ON COLUMN v_measure_events.initiator IS 'Who acts: CA, US, another ISO 3166-1 alpha-2 code, or an ISO 3166-2 subdivision such as CA-ON or US-MI.';
COMMENT ON COLUMN v_measure_events.target IS 'Who the event is aimed at: same codes as initiator, plus WORLD for a measure hitting every country.';
COMMENT ON COLUMN v_measure_events.retaliatory IS 'True when the text presents the measure as a response or countermeasure.';
COMMENT ON COLUMN v_measure_events.rate_pct IS 'Duty or surcharge rate in percent (25 for 25%); NULL when the text gives none.';
COMMENT ON COLUMN v_measure_events.value_amount IS 'Money covered by the measure, in value_currency units; NULL when not stated.';
COMMENT ON COLUMN v_measure_events.value_currency IS 'ISO 4217 currency of value_amount as the text gives or implies it (CAD, USD).';
COMMENT ON COLUMN v_measure_events.products IS 'Product labels from the taxonomy''s product vocabulary; empty when the text names none.';
COMMENT ON COLUMN v_measure_events.effective_date IS 'When the reported status takes or took effect, resolved against the publication date; NULL if unknown.';
COMMENT ON COLUMN v_measure_events.evidence IS 'The sentence stating the event, an exact substring of the article''s cleaned text.';
COMMENT ON COLUMN v_measure_events.confidence IS 'The extractor''s own belief in the event, 0 to 1.';
COMMENT ON COLUMN v_measure_events.rule IS 'Name of the extractor rule or pattern that produced the event.';
COMMENT ON COLUMN v_measure_events.extractor_version IS 'Version of the extractor that produced the row.';
COMMENT ON COLUMN v_measure_events.title IS 'Cleaned article title (feed text: escape it before putting it in HTML).';
COMMENT ON COLUMN v_measure_events.link IS 'Link to the article: its canonical URL, else the feed link.';
COMMENT ON COLUMN v_measure_events.publisher IS 'Publisher of the feed (feeds.publisher, else the feed id).';
COMMENT ON COLUMN v_measure_events.feed_id IS 'Feed identifier from the registry (feeds.feed_id).';
COMMENT ON COLUMN v_measure_events.conflict_score IS 'Conflict-cooperation score of the event''s (type, status) from event_codes: -10 most conflictual to +10 most cooperative.';
COMMENT ON COLUMN v_measure_events.tension_weight IS 'The event''s contribution to the tension index: minus its conflict_score, times 1.5 when retaliatory.';
COMMENT ON COLUMN v_measure_events.target_party IS 'The target with WORLD folded into the other party (the taxonomy scores them equal).';
COMMENT ON COLUMN v_measure_events.cameo_code IS 'CAMEO event code of the event''s (type, status), from event_codes.';
COMMENT ON COLUMN v_measure_events.plover_type IS 'PLOVER event type of the event''s (type, status), from event_codes.';
COMMENT ON COLUMN v_measure_events.cluster_id IS 'The event cluster (happening) of the event (event_clusters.cluster_id).';

COMMENT ON VIEW v_measures_timeline IS 'Each tariff or non-tariff measure with its lifecycle of statuses and its sources, from measures and measure_stages.';
COMMENT ON COLUMN v_measures_timeline.measure_id IS 'Identifier of the measure (measures.measure_id): md5 of type, initiator, target party, product key and rate, after wildcard resolution (docs/measures.md).';
COMMENT ON COLUMN v_measures_timeline.type IS 'Event type from shared/TAXONOMY.md: tariff, nontariff_measure, trade_talks, leader_contact, trade_agreement or trade_dispute.';
COMMENT ON COLUMN v_measures_timeline.initiator IS 'Who acts: CA, US, another ISO 3166-1 alpha-2 code, or an ISO 3166-2 subdivision such as CA-ON or US-MI.';
COMMENT ON COLUMN v_measures_timeline.target IS 'The measure''s target party (WORLD folded into the other party).';
COMMENT ON COLUMN v_measures_timeline.products IS 'Sorted product labels of the measure.';
COMMENT ON COLUMN v_measures_timeline.rate_pct IS 'Rate of the measure in percent, NULL when never stated.';
COMMENT ON COLUMN v_measures_timeline.retaliatory IS 'True when any report presents it as retaliation.';
COMMENT ON COLUMN v_measures_timeline.first_seen IS 'First UTC day an article reported the measure.';
COMMENT ON COLUMN v_measures_timeline.last_seen IS 'Last UTC day an article reported the measure.';
COMMENT ON COLUMN v_measures_timeline.current_status IS 'Status reported by the latest article (publication time, then event id).';
COMMENT ON COLUMN v_measures_timeline.first_effective_date IS 'Earliest effective date reported.';
COMMENT ON COLUMN v_measures_timeline.max_value_amount IS 'Largest money value reported for the measure.';
COMMENT ON COLUMN v_measures_timeline.events IS 'Number of events (mentions) of the measure.';
COMMENT ON COLUMN v_measures_timeline.articles IS 'Distinct articles reporting the measure.';
COMMENT ON COLUMN v_measures_timeline.publishers IS 'Distinct publishers reporting the measure.';
COMMENT ON COLUMN v_measures_timeline.lifecycle IS 'Stages in lifecycle order (measure_stages), as {status, first_day, last_day, events}: each status reported, from its first to its last report.';
COMMENT ON COLUMN v_measures_timeline.latest_sources IS 'Links of the five latest reports, newest first.';
COMMENT ON COLUMN v_measures_timeline.latest_evidence IS 'Evidence sentence of the latest report.';

COMMENT ON COLUMN report_measures_timeline.measure_id IS 'Identifier of the measure (measures.measure_id): md5 of type, initiator, target party, product key and rate, after wildcard resolution (docs/measures.md).';
COMMENT ON COLUMN report_measures_timeline.current_status IS 'Status reported by the latest article (publication time, then event id).';
COMMENT ON COLUMN report_measures_timeline.events IS 'Number of events (mentions) of the measure.';
COMMENT ON COLUMN report_measures_timeline.lifecycle IS 'Stages in lifecycle order (measure_stages), as {status, first_day, last_day, events}: each status reported, from its first to its last report.';
COMMENT ON COLUMN report_measures_timeline.latest_sources IS 'Links of the five latest reports, newest first.';

COMMENT ON TABLE conflict_scores IS 'Superseded by event_codes (same scores, version 2025.1); kept for older queries, no view reads it.';
