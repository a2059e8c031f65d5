-- conflict_scores becomes a view of event_codes: the scores already lived in both (event_codes
-- since 005, seeded from pipeline/data/event_codes.yaml), so they could drift apart. The one
-- thing only conflict_scores held, each score's rationale, moves into event_codes (and the
-- YAML, which sync_event_codes keeps the table equal to). No view reads conflict_scores since
-- 130; it stays, as a view, for older queries. Descriptions are in sql/comments.sql.

ALTER TABLE event_codes ADD COLUMN rationale VARCHAR;

UPDATE event_codes
SET rationale = s.rationale
FROM conflict_scores s
WHERE s.type = event_codes.type AND s.status = event_codes.status;

DROP TABLE conflict_scores;

CREATE VIEW conflict_scores AS
SELECT type, status, score, rationale
FROM event_codes;
