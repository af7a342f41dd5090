-- Stage 3 of the selection: the basic module, the internship at a leading school and its evaluation.
CREATE TABLE internship (
    application_number      VARCHAR(32)   NOT NULL PRIMARY KEY REFERENCES application (application_number),
    basic_module_completed  DATE          NOT NULL,
    leading_school          VARCHAR(300)  NOT NULL,
    mentor_id               VARCHAR(64)   NOT NULL,
    start_date              DATE          NOT NULL,
    end_date                DATE          NOT NULL,
    assigned_by             VARCHAR(64),
    assigned_at             TIMESTAMP     NOT NULL,
    rubric_scores           VARCHAR(2000),
    rubric_mean             NUMERIC(4, 2),
    recommendation          VARCHAR(4000),
    evaluated_by            VARCHAR(64),
    evaluated_at            TIMESTAMP,
    CONSTRAINT ck_internship_dates CHECK (end_date > start_date)
);

CREATE INDEX ix_internship_mentor ON internship (mentor_id);
