-- Materialised copies of the reporting views that are too slow to query live at millions
-- of events. pipeline.report.refresh_reporting fills them (DELETE + INSERT in one
-- transaction) after each load; report_refresh says when, and for which runs.

CREATE TABLE report_daily_event_counts AS SELECT * FROM v_daily_event_counts LIMIT 0;
CREATE TABLE report_weekly_event_types AS SELECT * FROM v_weekly_event_types LIMIT 0;
CREATE TABLE report_measures_timeline AS SELECT * FROM v_measures_timeline LIMIT 0;
CREATE TABLE report_contact_pairs AS SELECT * FROM v_contact_pairs LIMIT 0;
CREATE TABLE report_latest_contacts AS SELECT * FROM v_contacts LIMIT 0;
CREATE TABLE report_publisher_coverage AS SELECT * FROM v_publisher_coverage LIMIT 0;
CREATE TABLE report_latest_events AS SELECT * FROM v_latest_events LIMIT 0;
CREATE TABLE report_tension_daily AS SELECT * FROM v_tension_daily LIMIT 0;
CREATE TABLE report_actor_activity AS SELECT * FROM v_actor_activity LIMIT 0;
CREATE TABLE report_people_activity AS SELECT * FROM v_people_activity LIMIT 0;

CREATE TABLE report_refresh (
    refreshed_at TIMESTAMPTZ NOT NULL,
    last_run_id  VARCHAR,
    runs         BIGINT NOT NULL,
    articles     BIGINT NOT NULL,
    events       BIGINT NOT NULL,
    elapsed_ms   DOUBLE NOT NULL
);
