-- Core tables of the warehouse. One pipeline run is loaded in one transaction.
-- Times are TIMESTAMPTZ and stored in UTC.

CREATE TABLE feeds (
    feed_id               VARCHAR PRIMARY KEY,
    url                   VARCHAR NOT NULL,
    name                  VARCHAR,
    publisher             VARCHAR,
    country               VARCHAR,
    language              VARCHAR,
    tags                  VARCHAR[],
    enabled               BOOLEAN NOT NULL DEFAULT TRUE,
    poll_interval_minutes INTEGER,
    effective_url         VARCHAR,
    etag                  VARCHAR,
    last_modified         VARCHAR,
    body_hash             VARCHAR,
    last_status           VARCHAR,
    last_error            VARCHAR,
    last_fetch_at         TIMESTAMPTZ,
    last_success_at       TIMESTAMPTZ,
    consecutive_failures  INTEGER NOT NULL DEFAULT 0,
    next_poll_at          TIMESTAMPTZ
);

CREATE TABLE runs (
    run_id            VARCHAR PRIMARY KEY,
    started_at        TIMESTAMPTZ NOT NULL,
    finished_at       TIMESTAMPTZ NOT NULL,
    status            VARCHAR NOT NULL,      -- 'ok' or 'partial' (some feed or item failed)
    registry          VARCHAR,
    extractor_version VARCHAR NOT NULL,
    feeds_total       INTEGER NOT NULL,
    feeds_failed      INTEGER NOT NULL,
    feeds_not_modified INTEGER NOT NULL,
    items_new         INTEGER NOT NULL,
    items_duplicate   INTEGER NOT NULL,
    items_seen        INTEGER NOT NULL,
    items_failed      INTEGER NOT NULL,
    articles_new      INTEGER NOT NULL,
    events_new        INTEGER NOT NULL
);

CREATE TABLE fetches (
    run_id       VARCHAR NOT NULL,
    feed_id      VARCHAR NOT NULL,
    url          VARCHAR NOT NULL,
    final_url    VARCHAR,
    http_status  INTEGER,
    status       VARCHAR NOT NULL,   -- 'ok', 'not_modified', 'failed'
    error        VARCHAR,
    elapsed_ms   DOUBLE,
    body_hash    VARCHAR,
    items_total  INTEGER NOT NULL,
    items_new    INTEGER NOT NULL,
    fetched_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, feed_id)
);

CREATE TABLE articles (
    article_id     VARCHAR PRIMARY KEY,
    feed_id        VARCHAR NOT NULL,
    first_item_id  VARCHAR NOT NULL,
    url            VARCHAR,
    canonical_url  VARCHAR,
    guid           VARCHAR,
    title          VARCHAR NOT NULL,
    text           VARCHAR NOT NULL,
    language       VARCHAR,
    published_at   TIMESTAMPTZ,
    content_hash   VARCHAR NOT NULL,
    run_id         VARCHAR NOT NULL,
    relevant       BOOLEAN NOT NULL,
    extractor_version VARCHAR NOT NULL
);

CREATE TABLE items (
    item_id       VARCHAR PRIMARY KEY,
    feed_id       VARCHAR NOT NULL,
    guid          VARCHAR,
    link          VARCHAR,
    title         VARCHAR,
    published_at  TIMESTAMPTZ,
    author        VARCHAR,
    summary_html  VARCHAR,
    content_html  VARCHAR,
    article_id    VARCHAR NOT NULL,
    dedup_outcome VARCHAR NOT NULL,  -- 'new' or 'duplicate'
    matched_key   VARCHAR,
    run_id        VARCHAR NOT NULL
);

-- Every dedup key ever seen (canonical URL, guid, content hash) and its article.
CREATE TABLE article_keys (
    key        VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL
);

CREATE TABLE events (
    event_id          VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    ordinal           INTEGER NOT NULL,
    type              VARCHAR NOT NULL,
    status            VARCHAR NOT NULL,
    initiator         VARCHAR NOT NULL,
    target            VARCHAR NOT NULL,
    retaliatory       BOOLEAN NOT NULL,
    rate_pct          DOUBLE,
    value_amount      DOUBLE,
    value_currency    VARCHAR,
    products          VARCHAR[] NOT NULL,
    effective_date    DATE,
    evidence          VARCHAR NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    confidence        DOUBLE NOT NULL,
    rule              VARCHAR NOT NULL,
    run_id            VARCHAR NOT NULL
);

CREATE TABLE people_mentions (
    article_id VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    role       VARCHAR,
    country    VARCHAR,
    run_id     VARCHAR NOT NULL,
    PRIMARY KEY (article_id, name)
);
