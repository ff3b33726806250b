-- Proof the resident uploads with an application (income, bank statements): PDF, JPEG or PNG, at most 10 MB each
-- and 10 per application. The bytes live in the database, never under the web root; the type is the one found in
-- the content itself, not the one the browser or the file name claims. Deleted with the application.
CREATE TABLE application_document (
    id             UUID                     NOT NULL,
    application_id UUID                     NOT NULL,
    file_name      VARCHAR(255)             NOT NULL,
    media_type     VARCHAR(20)              NOT NULL,
    size_bytes     BIGINT                   NOT NULL,
    content        BYTEA                    NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_application_document PRIMARY KEY (id),
    CONSTRAINT fk_application_document FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    CONSTRAINT ck_application_document_type CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT ck_application_document_size CHECK (size_bytes > 0 AND size_bytes <= 10485760)
);
CREATE INDEX ix_application_document_application ON application_document (application_id, uploaded_at);

-- The conversation about a submitted application: a caseworker's question and the resident's answer.
CREATE TABLE application_message (
    id             UUID                     NOT NULL,
    application_id UUID                     NOT NULL,
    author         VARCHAR(10)              NOT NULL,
    body           VARCHAR(4000)            NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_application_message PRIMARY KEY (id),
    CONSTRAINT fk_application_message FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    CONSTRAINT ck_application_message_author CHECK (author IN ('CASEWORKER', 'RESIDENT'))
);
CREATE INDEX ix_application_message_application ON application_message (application_id, created_at);
