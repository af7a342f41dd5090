-- The regional contest "The Best Leading School" (issue 20): the announcement with its rounds, criteria,
-- nominations and jury; the entries of leading schools and their admission; the jurors' conflicts of interest; every
-- score by juror and criterion; the combined results, the tie decision and the protocol. Every row says who and when;
-- the contest number is the business key of its LeadingSchoolContest instance, so the whole contest can be
-- reconstructed from these tables.

CREATE SEQUENCE contest_number_seq START WITH 1;

CREATE TABLE contest (
    contest_number      VARCHAR(32)   NOT NULL PRIMARY KEY,
    title               VARCHAR(300)  NOT NULL,
    region              VARCHAR(32)   NOT NULL,
    forum_number        VARCHAR(64),
    entry_deadline      TIMESTAMP     NOT NULL,
    prize_places        INTEGER       NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    announced_by        VARCHAR(64),
    announced_at        TIMESTAMP     NOT NULL,
    process_instance_id VARCHAR(64),
    entries_closed_by   VARCHAR(64),
    entries_closed_at   TIMESTAMP,
    published_at        TIMESTAMP
);
CREATE INDEX ix_contest_region ON contest (region, status);

CREATE TABLE contest_round (
    contest_number VARCHAR(32)  NOT NULL REFERENCES contest (contest_number),
    round_no       INTEGER      NOT NULL,
    name           VARCHAR(300) NOT NULL,
    PRIMARY KEY (contest_number, round_no)
);

CREATE TABLE contest_criterion (
    contest_number VARCHAR(32)   NOT NULL REFERENCES contest (contest_number),
    criterion_no   INTEGER       NOT NULL,
    name           VARCHAR(300)  NOT NULL,
    round_no       INTEGER       NOT NULL,
    max_score      INTEGER       NOT NULL,
    PRIMARY KEY (contest_number, criterion_no)
);

-- A nomination to award; entry_no stays empty when the jury leaves it unawarded (with its note).
CREATE TABLE contest_nomination (
    contest_number VARCHAR(32)   NOT NULL REFERENCES contest (contest_number),
    nomination_no  INTEGER       NOT NULL,
    name           VARCHAR(300)  NOT NULL,
    entry_no       INTEGER,
    note           VARCHAR(2000),
    decided_by     VARCHAR(64),
    decided_at     TIMESTAMP,
    PRIMARY KEY (contest_number, nomination_no)
);

-- The jury of one contest: members of the region's contest-jury group; the chair is a member with role CHAIR.
CREATE TABLE contest_juror (
    contest_number VARCHAR(32)   NOT NULL REFERENCES contest (contest_number),
    user_id        VARCHAR(64)   NOT NULL,
    full_name      VARCHAR(300)  NOT NULL,
    jury_role      VARCHAR(16)   NOT NULL,
    conflicts_declared_at TIMESTAMP,
    PRIMARY KEY (contest_number, user_id)
);

-- An entry of a leading school (not of a person); registered by an organiser.
CREATE TABLE contest_entry (
    contest_number      VARCHAR(32)   NOT NULL REFERENCES contest (contest_number),
    entry_no            INTEGER       NOT NULL,
    school_name         VARCHAR(300)  NOT NULL,
    district            VARCHAR(200)  NOT NULL,
    team                VARCHAR(2000) NOT NULL,
    documents           VARCHAR(4000),
    business_card_title VARCHAR(300)  NOT NULL,
    project_title       VARCHAR(300)  NOT NULL,
    registered_by       VARCHAR(64),
    registered_at       TIMESTAMP     NOT NULL,
    admission           VARCHAR(16)   NOT NULL,
    rejection_reason    VARCHAR(2000),
    admission_by        VARCHAR(64),
    admission_at        TIMESTAMP,
    PRIMARY KEY (contest_number, entry_no)
);

-- A juror's declared conflict with an entry: the juror is recused from scoring it.
CREATE TABLE contest_recusal (
    contest_number VARCHAR(32)   NOT NULL REFERENCES contest (contest_number),
    juror          VARCHAR(64)   NOT NULL,
    entry_no       INTEGER       NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    note           VARCHAR(1000),
    declared_at    TIMESTAMP     NOT NULL,
    PRIMARY KEY (contest_number, juror, entry_no)
);

CREATE TABLE contest_score (
    contest_number VARCHAR(32)   NOT NULL REFERENCES contest (contest_number),
    entry_no       INTEGER       NOT NULL,
    juror          VARCHAR(64)   NOT NULL,
    criterion_no   INTEGER       NOT NULL,
    score          INTEGER       NOT NULL,
    scored_at      TIMESTAMP     NOT NULL,
    PRIMARY KEY (contest_number, entry_no, juror, criterion_no)
);

-- A juror's submission for an entry (the comment, and when): what "submitted for the entry" means.
CREATE TABLE contest_scoring (
    contest_number VARCHAR(32)   NOT NULL REFERENCES contest (contest_number),
    entry_no       INTEGER       NOT NULL,
    juror          VARCHAR(64)   NOT NULL,
    comment        VARCHAR(2000),
    submitted_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (contest_number, entry_no, juror)
);

-- The combined score of an entry on a criterion, with the scores it was combined from.
CREATE TABLE contest_result_criterion (
    contest_number VARCHAR(32)   NOT NULL REFERENCES contest (contest_number),
    entry_no       INTEGER       NOT NULL,
    criterion_no   INTEGER       NOT NULL,
    combined       DECIMAL(9, 2) NOT NULL,
    scores_count   INTEGER       NOT NULL,
    trimmed        BOOLEAN       NOT NULL,
    PRIMARY KEY (contest_number, entry_no, criterion_no)
);

CREATE TABLE contest_result (
    contest_number VARCHAR(32)   NOT NULL REFERENCES contest (contest_number),
    entry_no       INTEGER       NOT NULL,
    total          DECIMAL(9, 2) NOT NULL,
    rank_by_total  INTEGER       NOT NULL,
    place          INTEGER,
    PRIMARY KEY (contest_number, entry_no)
);

-- The chair's order of entries tied at a prize place.
CREATE TABLE contest_tie_decision (
    contest_number VARCHAR(32)   NOT NULL REFERENCES contest (contest_number),
    tied_entries   VARCHAR(300)  NOT NULL,
    entry_order    VARCHAR(300)  NOT NULL,
    decided_by     VARCHAR(64),
    decided_at     TIMESTAMP     NOT NULL,
    PRIMARY KEY (contest_number)
);

-- Every combination and every protocol decision: the rule and settings used, who approved or returned it, when.
CREATE TABLE contest_protocol (
    id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    contest_number   VARCHAR(32)   NOT NULL REFERENCES contest (contest_number),
    combination_rule VARCHAR(16)   NOT NULL,
    trim_minimum     INTEGER       NOT NULL,
    decision         VARCHAR(16),
    note             VARCHAR(2000),
    places           VARCHAR(300),
    decided_by       VARCHAR(64),
    decided_at       TIMESTAMP
);
CREATE INDEX ix_contest_protocol ON contest_protocol (contest_number);
