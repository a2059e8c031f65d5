-- The reporting layer: plain views over the core tables, always current.
-- Days are UTC calendar days of the article's publication (the run's start when the feed
-- gave no date), whatever the reader's TimeZone setting.
-- The heavy ones are also materialised into report_* tables (120_report_tables.sql) by
-- pipeline.report.refresh_reporting, which is what the HTML report and dashboards read.

CREATE VIEW v_articles AS
SELECT
    a.article_id,
    a.feed_id,
    COALESCE(NULLIF(f.publisher, ''), a.feed_id) AS publisher,
    f.country AS feed_country,
    a.title,
    COALESCE(a.canonical_url, a.url) AS link,
    COALESCE(a.published_at, r.started_at) AS published_at,
    CAST(timezone('UTC', COALESCE(a.published_at, r.started_at)) AS DATE) AS day,
    a.relevant,
    a.language,
    a.run_id
FROM articles a
LEFT JOIN feeds f ON f.feed_id = a.feed_id
LEFT JOIN runs r ON r.run_id = a.run_id;

CREATE VIEW v_events AS
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
    COALESCE(s.score, 0) AS conflict_score,
    -COALESCE(s.score, 0) * CASE WHEN e.retaliatory THEN 1.5 ELSE 1.0 END AS tension_weight
FROM events e
JOIN v_articles a ON a.article_id = e.article_id
LEFT JOIN conflict_scores s ON s.type = e.type AND s.status = e.status;

CREATE VIEW v_daily_event_counts AS
SELECT
    day,
    type,
    status,
    initiator,
    target,
    CAST(count(*) AS BIGINT) AS events,
    CAST(count(DISTINCT article_id) AS BIGINT) AS articles,
    CAST(count(*) FILTER (WHERE retaliatory) AS BIGINT) AS retaliatory_events
FROM v_events
GROUP BY ALL;

CREATE VIEW v_weekly_event_types AS
SELECT
    CAST(date_trunc('week', day) AS DATE) AS week,
    type,
    CAST(count(*) AS BIGINT) AS events
FROM v_events
GROUP BY ALL;

-- A measure is identified by what the extractor gives: type, initiator, target (WORLD is
-- folded into the other party, as the taxonomy scores it), sorted products and rate.
CREATE VIEW v_measure_events AS
SELECT
    md5(concat_ws('|', type, initiator, target_party,
        array_to_string(list_sort(products), ','), COALESCE(CAST(rate_pct AS VARCHAR), '')))
        AS measure_id,
    *
FROM (
    SELECT
        *,
        CASE
            WHEN target <> 'WORLD' THEN target
            WHEN initiator LIKE 'US%' THEN 'CA'
            ELSE 'US'
        END AS target_party
    FROM v_events
    WHERE type IN ('tariff', 'nontariff_measure')
);

-- A measure's lifecycle: each week takes the status most reported that week (ties to the
-- alphabetically first), and consecutive weeks with the same status form one stage. Robust
-- to a stray report of an old status; a status reported again later opens a new stage.
CREATE VIEW v_measures_timeline AS
WITH per_status AS (
    SELECT measure_id, CAST(date_trunc('week', day) AS DATE) AS week, status,
           count(*) AS n, min(day) AS first_day, max(day) AS last_day
    FROM v_measure_events
    GROUP BY ALL
),
weekly AS (
    SELECT measure_id, week,
           list(status ORDER BY n DESC, status)[1] AS status,
           min(first_day) AS first_day, max(last_day) AS last_day, sum(n) AS events
    FROM per_status
    GROUP BY measure_id, week
),
islands AS (
    SELECT *,
           row_number() OVER (PARTITION BY measure_id ORDER BY week)
           - row_number() OVER (PARTITION BY measure_id, status ORDER BY week) AS island
    FROM weekly
),
stages AS (
    SELECT measure_id, status, min(first_day) AS first_day, max(last_day) AS last_day,
           CAST(sum(events) AS BIGINT) AS events
    FROM islands
    GROUP BY measure_id, status, island
),
lifecycle AS (
    SELECT
        measure_id,
        list({'status': status, 'first_day': first_day, 'last_day': last_day,
              'events': events} ORDER BY first_day, status) AS lifecycle
    FROM stages
    GROUP BY measure_id
)
SELECT
    m.measure_id,
    any_value(m.type) AS type,
    any_value(m.initiator) AS initiator,
    any_value(m.target_party) AS target,
    any_value(list_sort(m.products)) AS products,
    any_value(m.rate_pct) AS rate_pct,
    bool_or(m.retaliatory) AS retaliatory,
    min(m.day) AS first_seen,
    max(m.day) AS last_seen,
    arg_max(m.status, m.published_at) AS current_status,
    min(m.effective_date) AS first_effective_date,
    max(m.value_amount) AS max_value_amount,
    CAST(count(*) AS BIGINT) AS events,
    CAST(count(DISTINCT m.article_id) AS BIGINT) AS articles,
    CAST(count(DISTINCT m.publisher) AS BIGINT) AS publishers,
    any_value(l.lifecycle) AS lifecycle,
    arg_max(m.link, m.published_at, 5) AS latest_sources,
    arg_max(m.evidence, m.published_at) AS latest_evidence
FROM v_measure_events m
JOIN lifecycle l USING (measure_id)
GROUP BY m.measure_id;

CREATE VIEW v_contacts AS
SELECT
    e.event_id,
    e.day,
    e.published_at,
    e.type,
    e.status,
    least(e.initiator, e.target) AS party_a,
    greatest(e.initiator, e.target) AS party_b,
    (SELECT list(p.name ORDER BY p.name) FROM people_mentions p
     WHERE p.article_id = e.article_id) AS people,
    e.evidence,
    e.title,
    e.link,
    e.publisher
FROM v_events e
WHERE e.type IN ('leader_contact', 'trade_talks')
ORDER BY e.published_at DESC, e.event_id;

CREATE VIEW v_contact_pairs AS
WITH pairs AS (
    SELECT
        event_id,
        article_id,
        day,
        published_at,
        type,
        status,
        least(initiator, target) AS party_a,
        greatest(initiator, target) AS party_b,
        evidence,
        link
    FROM v_events
    WHERE type IN ('leader_contact', 'trade_talks')
),
names AS (
    SELECT party_a, party_b, type, p.name, count(*) AS n
    FROM pairs JOIN people_mentions p USING (article_id)
    GROUP BY ALL
),
top_names AS (
    SELECT party_a, party_b, type, list(name ORDER BY n DESC, name)[1:6] AS people
    FROM names
    GROUP BY ALL
)
SELECT
    p.party_a,
    p.party_b,
    p.type,
    CAST(count(*) FILTER (WHERE p.status IN ('held', 'ongoing', 'resumed')) AS BIGINT)
        AS contacts_held,
    CAST(count(*) FILTER (WHERE p.status = 'planned') AS BIGINT) AS contacts_planned,
    CAST(count(*) AS BIGINT) AS events,
    min(p.day) AS first_day,
    max(p.day) AS last_day,
    arg_max(p.status, p.published_at) AS latest_status,
    arg_max(p.evidence, p.published_at) AS latest_evidence,
    arg_max(p.link, p.published_at) AS latest_link,
    any_value(t.people) AS people
FROM pairs p
LEFT JOIN top_names t USING (party_a, party_b, type)
GROUP BY p.party_a, p.party_b, p.type;

CREATE VIEW v_publisher_coverage AS
WITH per_article AS (
    SELECT a.publisher, a.article_id, a.relevant, a.day, count(e.event_id) AS events
    FROM v_articles a
    LEFT JOIN events e ON e.article_id = a.article_id
    GROUP BY ALL
),
per_feed AS (
    SELECT
        COALESCE(NULLIF(publisher, ''), feed_id) AS publisher,
        count(*) AS feeds,
        count(*) FILTER (WHERE consecutive_failures > 0) AS feeds_failing,
        max(last_success_at) AS last_success_at,
        string_agg(DISTINCT country, ',' ORDER BY country) AS countries
    FROM feeds
    GROUP BY 1
)
SELECT
    p.publisher,
    any_value(f.countries) AS countries,
    CAST(COALESCE(any_value(f.feeds), 0) AS BIGINT) AS feeds,
    CAST(COALESCE(any_value(f.feeds_failing), 0) AS BIGINT) AS feeds_failing,
    CAST(count(*) AS BIGINT) AS articles,
    CAST(count(*) FILTER (WHERE p.relevant) AS BIGINT) AS relevant_articles,
    round(count(*) FILTER (WHERE p.relevant) / count(*), 4) AS relevant_share,
    CAST(sum(p.events) AS BIGINT) AS events,
    min(p.day) AS first_day,
    max(p.day) AS last_day,
    any_value(f.last_success_at) AS last_success_at
FROM per_article p
LEFT JOIN per_feed f USING (publisher)
GROUP BY p.publisher;

CREATE VIEW v_latest_events AS
SELECT
    published_at,
    day,
    type,
    status,
    initiator,
    target,
    retaliatory,
    rate_pct,
    products,
    evidence,
    title,
    link,
    publisher,
    conflict_score,
    event_id,
    article_id
FROM v_events
ORDER BY published_at DESC, event_id;

-- Daily Canada–US trade-tension index; the method is in docs/warehouse.md.
CREATE VIEW v_tension_daily AS
WITH volume AS (
    SELECT day, count(*) AS articles, count(*) FILTER (WHERE relevant) AS relevant_articles
    FROM v_articles
    GROUP BY day
),
weights AS (
    SELECT
        day,
        count(*) AS events,
        count(*) FILTER (WHERE conflict_score < 0) AS conflict_events,
        count(*) FILTER (WHERE conflict_score > 0) AS cooperation_events,
        sum(tension_weight) AS tension_sum
    FROM v_events
    GROUP BY day
),
raw AS (
    SELECT
        v.day,
        v.articles,
        v.relevant_articles,
        COALESCE(w.events, 0) AS events,
        COALESCE(w.conflict_events, 0) AS conflict_events,
        COALESCE(w.cooperation_events, 0) AS cooperation_events,
        COALESCE(w.tension_sum, 0) / v.articles AS tension_raw
    FROM volume v
    LEFT JOIN weights w USING (day)
),
scaled AS (
    SELECT *, 100 * tension_raw / NULLIF(avg(abs(tension_raw)) OVER (), 0) AS tension_index
    FROM raw
)
SELECT
    day,
    CAST(articles AS BIGINT) AS articles,
    CAST(relevant_articles AS BIGINT) AS relevant_articles,
    CAST(events AS BIGINT) AS events,
    CAST(conflict_events AS BIGINT) AS conflict_events,
    CAST(cooperation_events AS BIGINT) AS cooperation_events,
    tension_raw,
    COALESCE(tension_index, 0) AS tension_index,
    COALESCE(avg(tension_index) OVER (
        ORDER BY day RANGE BETWEEN INTERVAL 6 DAYS PRECEDING AND CURRENT ROW), 0)
        AS tension_index_7d
FROM scaled;

CREATE VIEW v_actor_activity AS
WITH sides AS (
    SELECT initiator AS actor, type, 1 AS initiated, 0 AS targeted, tension_weight FROM v_events
    UNION ALL
    SELECT target AS actor, type, 0, 1, 0 FROM v_events
)
SELECT
    actor,
    type,
    CAST(sum(initiated) AS BIGINT) AS events_initiated,
    CAST(sum(targeted) AS BIGINT) AS events_targeted,
    sum(tension_weight) AS tension_caused
FROM sides
GROUP BY ALL;

CREATE VIEW v_people_activity AS
SELECT
    p.name,
    mode(p.country) AS country,
    mode(p.role) AS role,
    CAST(count(*) AS BIGINT) AS articles,
    min(a.day) AS first_day,
    max(a.day) AS last_day
FROM people_mentions p
JOIN v_articles a USING (article_id)
GROUP BY p.name;
