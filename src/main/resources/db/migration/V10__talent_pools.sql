-- Regional talent pools (domain brief §6): district departments nominate people of their region with grounds, the
-- regional department approves or declines, and an approved person enters the region's pool for a term. Pool members
-- may be offered a post without competition, like Republican reservists: the offer record names where the person
-- comes from.

CREATE SEQUENCE pool_nomination_seq START WITH 1;
CREATE SEQUENCE pool_entry_seq START WITH 1;

CREATE TABLE pool_nomination (
    nomination_number   VARCHAR(32)   NOT NULL PRIMARY KEY,
    region              VARCHAR(32)   NOT NULL,
    iin                 VARCHAR(12)   NOT NULL,
    surname             VARCHAR(100)  NOT NULL,
    first_name          VARCHAR(100)  NOT NULL,
    patronymic          VARCHAR(100),
    phone               VARCHAR(20),
    current_post        VARCHAR(300)  NOT NULL,
    organisation        VARCHAR(300)  NOT NULL,
    experience_years    INTEGER       NOT NULL,
    courses             VARCHAR(2000),
    results             VARCHAR(2000),
    grounds             VARCHAR(4000) NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    nominated_by        VARCHAR(64),
    nominated_at        TIMESTAMP     NOT NULL,
    process_instance_id VARCHAR(64),
    decision            VARCHAR(16),
    decision_reason     VARCHAR(2000),
    decided_by          VARCHAR(64),
    decided_at          TIMESTAMP,
    term_from           DATE,
    term_until          DATE,
    -- Region and IIN while the nomination waits for review: one open nomination per person and region, even when two
    -- officers submit at the same moment.
    open_person         VARCHAR(48),
    CONSTRAINT uq_pool_nomination_open UNIQUE (open_person)
);
CREATE INDEX ix_pool_nomination_region ON pool_nomination (region, status);

CREATE TABLE pool_entry (
    entry_number      VARCHAR(32)   NOT NULL PRIMARY KEY,
    region            VARCHAR(32)   NOT NULL,
    iin               VARCHAR(12)   NOT NULL,
    surname           VARCHAR(100)  NOT NULL,
    first_name        VARCHAR(100)  NOT NULL,
    patronymic        VARCHAR(100),
    current_post      VARCHAR(300)  NOT NULL,
    organisation      VARCHAR(300)  NOT NULL,
    term_from         DATE          NOT NULL,
    term_until        DATE          NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    nomination_number VARCHAR(32)   NOT NULL REFERENCES pool_nomination (nomination_number),
    created_by        VARCHAR(64),
    created_at        TIMESTAMP     NOT NULL,
    left_at           TIMESTAMP,
    CONSTRAINT uq_pool_entry_nomination UNIQUE (nomination_number),
    CONSTRAINT ck_pool_entry_term CHECK (term_until > term_from)
);
CREATE INDEX ix_pool_entry_region ON pool_entry (region, status, term_until);
CREATE INDEX ix_pool_entry_iin ON pool_entry (iin, region);

-- An offer without competition goes to a Republican reservist (certificate) or to a member of the region's pool
-- (entry): exactly one of the two, named by the source.
ALTER TABLE reservist_offer ADD COLUMN source VARCHAR(24) DEFAULT 'REPUBLICAN_RESERVE' NOT NULL;
ALTER TABLE reservist_offer ADD COLUMN pool_entry_number VARCHAR(32) REFERENCES pool_entry (entry_number);
ALTER TABLE reservist_offer ALTER COLUMN certificate_number DROP NOT NULL;
-- Like open_certificate (V7): a pool member holds at most one open offer.
ALTER TABLE reservist_offer ADD COLUMN open_pool_entry VARCHAR(32);
ALTER TABLE reservist_offer ADD CONSTRAINT uq_reservist_offer_open_pool UNIQUE (open_pool_entry);
ALTER TABLE reservist_offer ADD CONSTRAINT uq_reservist_offer_pool UNIQUE (vacancy_number, pool_entry_number);
ALTER TABLE reservist_offer ADD CONSTRAINT ck_reservist_offer_source CHECK (
    (source = 'REPUBLICAN_RESERVE' AND certificate_number IS NOT NULL AND pool_entry_number IS NULL)
    OR (source = 'REGIONAL_POOL' AND pool_entry_number IS NOT NULL AND certificate_number IS NULL));
CREATE INDEX ix_reservist_offer_pool ON reservist_offer (pool_entry_number, answer);

-- An order appointing a pool member names their entry, as one appointing a reservist names the certificate.
ALTER TABLE appointment_order ADD COLUMN pool_entry_number VARCHAR(32);
