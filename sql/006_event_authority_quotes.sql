-- Legal authority and historical flag of each event, and the direct quotes of each article
-- (extractor rules-1.1 onwards; see src/pipeline/extract/authority.py and quotes.py).
-- Events loaded before this migration get both columns back-filled from the tokens their
-- rule already carries ("|authority=section_232", "|historical=2018"), so old and new rows
-- answer the same queries. v_events is left as it is: read the columns from events.

ALTER TABLE events ADD COLUMN authority VARCHAR;
ALTER TABLE events ADD COLUMN historical BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE events
SET authority = NULLIF(regexp_extract(rule, '\|authority=([a-z0-9_]+)', 1), ''),
    historical = contains(rule, '|historical=');

CREATE TABLE quotes (
    article_id VARCHAR NOT NULL,
    ordinal    INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    speaker    VARCHAR,
    role       VARCHAR,
    country    VARCHAR,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    run_id     VARCHAR NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

COMMENT ON COLUMN events.authority IS 'Legal authority the evidence names for the event: section_232, section_301, section_122, section_201, section_338 (US trade acts), ieepa (International Emergency Economic Powers Act) or ca_surtax_order (Canada''s countermeasure surtax orders under the Customs Tariff); NULL when it names none.';
COMMENT ON COLUMN events.historical IS 'True when the text places the happening in a year before the article''s ("the 2018 tariffs"): background, not news of the day.';

COMMENT ON TABLE quotes IS 'Direct quotes in relevant articles, with the speaker''s name, role and country where the text attributes them.';
COMMENT ON COLUMN quotes.article_id IS 'Deduplicated article identifier (articles.article_id).';
COMMENT ON COLUMN quotes.ordinal IS 'Position of the quote among its article''s quotes, from 0.';
COMMENT ON COLUMN quotes.text IS 'The quoted words without the quotation marks, an exact substring of the article''s cleaned text.';
COMMENT ON COLUMN quotes.speaker IS 'Full name of the person quoted; NULL when the text does not attribute the quote.';
COMMENT ON COLUMN quotes.role IS 'Role or office of the speaker at the publication date (Prime Minister, Premier of Ontario, chief economist at ...); NULL when unknown.';
COMMENT ON COLUMN quotes.country IS 'Country the speaker acts for (ISO 3166-1 alpha-2); NULL when unknown.';
COMMENT ON COLUMN quotes.char_start IS 'Start offset of the quoted words in the article''s cleaned text.';
COMMENT ON COLUMN quotes.char_end IS 'End offset (exclusive) of the quoted words in the article''s cleaned text.';
COMMENT ON COLUMN quotes.run_id IS 'The pipeline run that loaded the row (runs.run_id).';
