-- CAMEO code, PLOVER type and conflict-cooperation score of every event (type, status).
-- The source is the versioned package data file src/pipeline/data/event_codes.yaml (choices
-- explained there); pipeline.event_codes.sync_event_codes replaces these rows from it after
-- the migrations, so a change to the file reaches the table without a new migration. The
-- rows below are the file's version 2025.1, so that a warehouse migrated by SQL alone is
-- complete too (tests/test_event_codes.py checks they equal the file).

CREATE TABLE event_codes (
    type          VARCHAR NOT NULL,
    status        VARCHAR NOT NULL,
    cameo_code    VARCHAR NOT NULL,
    cameo_label   VARCHAR NOT NULL,
    plover_type   VARCHAR NOT NULL,
    score         DOUBLE NOT NULL CHECK (score BETWEEN -10 AND 10),
    table_version VARCHAR NOT NULL,
    PRIMARY KEY (type, status)
);

INSERT INTO event_codes VALUES
    ('tariff', 'threatened', '1312', 'Threaten to boycott, embargo, or sanction', 'THREATEN', -6, '2025.1'),
    ('tariff', 'announced', '163', 'Impose embargo, boycott, or sanctions', 'COERCE', -7, '2025.1'),
    ('tariff', 'in_effect', '163', 'Impose embargo, boycott, or sanctions', 'COERCE', -8, '2025.1'),
    ('tariff', 'paused', '085', 'Ease economic sanctions, boycott, embargo', 'RETREAT', 2, '2025.1'),
    ('tariff', 'reduced', '085', 'Ease economic sanctions, boycott, embargo', 'RETREAT', 3, '2025.1'),
    ('tariff', 'exempted', '085', 'Ease economic sanctions, boycott, embargo', 'RETREAT', 2, '2025.1'),
    ('tariff', 'removed', '085', 'Ease economic sanctions, boycott, embargo', 'RETREAT', 5, '2025.1'),
    ('nontariff_measure', 'threatened', '1312', 'Threaten to boycott, embargo, or sanction', 'THREATEN', -4, '2025.1'),
    ('nontariff_measure', 'announced', '163', 'Impose embargo, boycott, or sanctions', 'COERCE', -5, '2025.1'),
    ('nontariff_measure', 'in_effect', '163', 'Impose embargo, boycott, or sanctions', 'COERCE', -6, '2025.1'),
    ('nontariff_measure', 'paused', '085', 'Ease economic sanctions, boycott, embargo', 'RETREAT', 2, '2025.1'),
    ('nontariff_measure', 'reduced', '085', 'Ease economic sanctions, boycott, embargo', 'RETREAT', 2, '2025.1'),
    ('nontariff_measure', 'exempted', '085', 'Ease economic sanctions, boycott, embargo', 'RETREAT', 2, '2025.1'),
    ('nontariff_measure', 'removed', '085', 'Ease economic sanctions, boycott, embargo', 'RETREAT', 4, '2025.1'),
    ('trade_talks', 'planned', '036', 'Express intent to meet or negotiate', 'AGREE', 3, '2025.1'),
    ('trade_talks', 'ongoing', '046', 'Engage in negotiation', 'CONSULT', 4, '2025.1'),
    ('trade_talks', 'suspended', '164', 'Halt negotiations', 'SANCTION', -5, '2025.1'),
    ('trade_talks', 'resumed', '046', 'Engage in negotiation', 'CONSULT', 4, '2025.1'),
    ('leader_contact', 'planned', '036', 'Express intent to meet or negotiate', 'AGREE', 2, '2025.1'),
    ('leader_contact', 'held', '040', 'Consult', 'CONSULT', 3, '2025.1'),
    ('trade_agreement', 'proposed', '0311', 'Express intent to cooperate economically', 'AGREE', 4, '2025.1'),
    ('trade_agreement', 'reached', '057', 'Sign formal agreement', 'SUPPORT', 7, '2025.1'),
    ('trade_agreement', 'signed', '057', 'Sign formal agreement', 'SUPPORT', 8, '2025.1'),
    ('trade_agreement', 'under_review', '046', 'Engage in negotiation', 'CONSULT', -1, '2025.1'),
    ('trade_agreement', 'terminated', '160', 'Reduce relations', 'SANCTION', -8, '2025.1'),
    ('trade_dispute', 'filed', '115', 'Bring lawsuit against', 'ACCUSE', -5, '2025.1'),
    ('trade_dispute', 'ruled', '116', 'Find guilty or liable (legally)', 'ACCUSE', -3, '2025.1'),
    ('trade_dispute', 'appealed', '115', 'Bring lawsuit against', 'ACCUSE', -4, '2025.1'),
    ('trade_dispute', 'settled', '057', 'Sign formal agreement', 'SUPPORT', 5, '2025.1');

COMMENT ON TABLE event_codes IS 'CAMEO code, PLOVER event type and conflict-cooperation score of each event (type, status): a pinned, versioned table shipped as data (pipeline/data/event_codes.yaml), the weights of the trade-tension index.';
COMMENT ON COLUMN event_codes.type IS 'Event type from shared/TAXONOMY.md: tariff, nontariff_measure, trade_talks, leader_contact, trade_agreement or trade_dispute.';
COMMENT ON COLUMN event_codes.status IS 'Event status; the allowed values depend on the type (shared/TAXONOMY.md).';
COMMENT ON COLUMN event_codes.cameo_code IS 'CAMEO 1.1b3 event code (2 to 4 digits, leading zero kept), e.g. 1312 threaten to sanction, 163 impose sanctions, 046 engage in negotiation.';
COMMENT ON COLUMN event_codes.cameo_label IS 'The CAMEO codebook''s name of cameo_code.';
COMMENT ON COLUMN event_codes.plover_type IS 'PLOVER event type of cameo_code per the OEDA CAMEO2PLOVER-2021 table (THREATEN, COERCE, RETREAT, AGREE, CONSULT, SUPPORT, SANCTION, ACCUSE).';
COMMENT ON COLUMN event_codes.score IS 'Conflict-cooperation score, -10 (most conflictual) to +10 (most cooperative), Goldstein-style; the project''s weights, not CAMEO''s Goldstein values.';
COMMENT ON COLUMN event_codes.table_version IS 'Version of the shipped codes table the row comes from (the YAML''s version key).';
