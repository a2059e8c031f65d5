-- Conflict–cooperation score of each (type, status), the weights of the trade-tension index.
-- A Goldstein-style scale from -10 (most conflictual) to +10 (most cooperative), fixed by
-- hand from the taxonomy (shared/TAXONOMY.md) until the extractor scores events itself.
-- The method is written down in docs/warehouse.md ("The trade-tension index").

CREATE TABLE conflict_scores (
    type      VARCHAR NOT NULL,
    status    VARCHAR NOT NULL,
    score     DOUBLE NOT NULL CHECK (score BETWEEN -10 AND 10),
    rationale VARCHAR NOT NULL,
    PRIMARY KEY (type, status)
);

INSERT INTO conflict_scores VALUES
    ('tariff', 'threatened', -6, 'a conditional duty: coercive signalling'),
    ('tariff', 'announced', -7, 'a duty decided without condition'),
    ('tariff', 'in_effect', -8, 'a duty being collected'),
    ('tariff', 'paused', 2, 'a duty suspended: de-escalation'),
    ('tariff', 'reduced', 3, 'a duty lowered'),
    ('tariff', 'exempted', 2, 'goods or partners carved out'),
    ('tariff', 'removed', 5, 'a duty or threat withdrawn'),
    ('nontariff_measure', 'threatened', -4, 'a conditional non-tariff measure'),
    ('nontariff_measure', 'announced', -5, 'a non-tariff measure decided'),
    ('nontariff_measure', 'in_effect', -6, 'a non-tariff measure applied'),
    ('nontariff_measure', 'paused', 2, 'a non-tariff measure suspended'),
    ('nontariff_measure', 'reduced', 2, 'a non-tariff measure eased'),
    ('nontariff_measure', 'exempted', 2, 'goods or partners carved out'),
    ('nontariff_measure', 'removed', 4, 'a non-tariff measure withdrawn'),
    ('trade_talks', 'planned', 3, 'talks scheduled'),
    ('trade_talks', 'ongoing', 4, 'officials negotiating'),
    ('trade_talks', 'suspended', -5, 'talks broken off'),
    ('trade_talks', 'resumed', 4, 'talks restarted'),
    ('leader_contact', 'planned', 2, 'a leaders'' call or meeting scheduled'),
    ('leader_contact', 'held', 3, 'leaders spoke or met'),
    ('trade_agreement', 'proposed', 4, 'a deal or framework proposed'),
    ('trade_agreement', 'reached', 7, 'a deal agreed'),
    ('trade_agreement', 'signed', 8, 'a deal signed'),
    ('trade_agreement', 'under_review', -1, 'a joint review: uncertainty about the agreement'),
    ('trade_agreement', 'terminated', -8, 'an agreement ended'),
    ('trade_dispute', 'filed', -5, 'a formal legal challenge'),
    ('trade_dispute', 'ruled', -3, 'a ruling: one side loses'),
    ('trade_dispute', 'appealed', -4, 'the dispute prolonged'),
    ('trade_dispute', 'settled', 5, 'a dispute resolved');
