-- The dated values of the parameters (norms, limits, amounts), edited by staff: every value is a version that goes
-- draft -> in review -> published (at once or at a set moment) and is never changed after it was published. A wrong
-- value is corrected by a new version for the same parameter and date, with a reason; the residents' check uses, per
-- parameter and date, the version published last. Filled from content/parameters/*.yaml on the first start.
CREATE TABLE parameter_value (
    id             UUID                     NOT NULL,
    parameter_id   VARCHAR(100)             NOT NULL,
    effective_from DATE                     NOT NULL,
    amount         NUMERIC(19, 6)           NOT NULL,
    confirmed      BOOLEAN                  NOT NULL,
    source         VARCHAR(1000),
    last_checked   DATE,
    note           VARCHAR(1000),
    correction     BOOLEAN                  DEFAULT FALSE NOT NULL,
    change_note    VARCHAR(1000),
    status         VARCHAR(20)              NOT NULL,
    author         VARCHAR(100)             NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE,
    reviewer       VARCHAR(100),
    reviewed_at    TIMESTAMP WITH TIME ZONE,
    review_note    VARCHAR(1000),
    publish_at     TIMESTAMP WITH TIME ZONE,
    version        BIGINT                   DEFAULT 0 NOT NULL,
    CONSTRAINT pk_parameter_value PRIMARY KEY (id),
    CONSTRAINT ck_parameter_value_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED')),
    CONSTRAINT ck_parameter_value_published CHECK (status NOT IN ('PUBLISHED', 'SUPERSEDED') OR publish_at IS NOT NULL)
);
CREATE INDEX ix_parameter_value_parameter ON parameter_value (parameter_id, effective_from);
CREATE INDEX ix_parameter_value_status ON parameter_value (status, publish_at);

-- Raised by every publication, so every running instance sees within seconds that it must load the values again.
CREATE TABLE content_revision (
    id       INTEGER NOT NULL,
    revision BIGINT  NOT NULL,
    CONSTRAINT pk_content_revision PRIMARY KEY (id)
);
INSERT INTO content_revision (id, revision) VALUES (1, 0);
