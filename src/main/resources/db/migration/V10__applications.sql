-- Kindpakket and Meedoen applications (module aanvraag). A draft holds the household as the check's Situation
-- (JSON); at submit the eligibility is evaluated again and stored with it (JSON), with a reference number.
-- No BSN is ever stored. Contact details are only asked on the application form.
CREATE TABLE application (
    id                    UUID                     NOT NULL,
    reference             VARCHAR(20),
    scheme                VARCHAR(20)              NOT NULL,
    status                VARCHAR(20)              NOT NULL,
    locale                VARCHAR(10)              NOT NULL,
    situation_json        VARCHAR(1000000)         NOT NULL,
    assessment_json       VARCHAR(1000000),
    verdict_at_submit     VARCHAR(10),
    contact_name          VARCHAR(200),
    contact_street        VARCHAR(200),
    contact_postcode      VARCHAR(10),
    contact_place         VARCHAR(100),
    contact_birth_date    DATE,
    contact_email         VARCHAR(320),
    contact_phone         VARCHAR(30),
    contact_iban          VARCHAR(50),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_application PRIMARY KEY (id),
    CONSTRAINT uq_application_reference UNIQUE (reference),
    CONSTRAINT ck_application_scheme CHECK (scheme IN ('KINDPAKKET', 'MEEDOEN')),
    CONSTRAINT ck_application_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'INFO_REQUESTED', 'GRANTED', 'REFUSED'))
);
CREATE INDEX ix_application_status ON application (status, submitted_at);
CREATE INDEX ix_application_updated ON application (updated_at);

-- What the resident asks for: a Kindpakket provision for a child, the meedoenpremie for a child, or the
-- sport and culture contribution for the applicant or the partner. person_index is the child's position in the
-- situation's children (0 for the applicant and the partner).
CREATE TABLE application_choice (
    application_id UUID        NOT NULL,
    beneficiary    VARCHAR(10) NOT NULL,
    person_index   INTEGER     NOT NULL,
    item           VARCHAR(60) NOT NULL,
    CONSTRAINT pk_application_choice PRIMARY KEY (application_id, beneficiary, person_index, item),
    CONSTRAINT fk_application_choice FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    CONSTRAINT ck_application_choice_beneficiary CHECK (beneficiary IN ('CHILD', 'APPLICANT', 'PARTNER'))
);

-- Personal resume links: only the SHA-256 hash (hex) of the random token is stored, never the token itself.
CREATE TABLE resume_token (
    token_hash     VARCHAR(64)              NOT NULL,
    application_id UUID                     NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_resume_token PRIMARY KEY (token_hash),
    CONSTRAINT fk_resume_token FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
);
CREATE INDEX ix_resume_token_application ON resume_token (application_id);
CREATE INDEX ix_resume_token_expires ON resume_token (expires_at);
