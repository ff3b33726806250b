-- Optimistic locking: a caseworker's step says which version of the application they saw, so a step taken on a page
-- that a colleague (or the resident's answer) has overtaken is refused instead of silently overwriting it.
ALTER TABLE application ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

-- A file's bytes in pieces of at most 256 KiB, so a download is streamed piece by piece and never held whole in the
-- server's memory (PostgreSQL's driver reads a BYTEA value whole). Files stored before this migration become one
-- piece each; they still stream, only in one larger step.
CREATE TABLE application_document_chunk (
    document_id UUID    NOT NULL,
    chunk_index INTEGER NOT NULL,
    chunk_data  BYTEA   NOT NULL,
    CONSTRAINT pk_application_document_chunk PRIMARY KEY (document_id, chunk_index),
    CONSTRAINT fk_application_document_chunk FOREIGN KEY (document_id) REFERENCES application_document (id)
        ON DELETE CASCADE
);
INSERT INTO application_document_chunk (document_id, chunk_index, chunk_data)
    SELECT id, 0, content FROM application_document;
ALTER TABLE application_document DROP COLUMN content;

-- The caseworker queue pages through submitted applications, longest waiting first.
CREATE INDEX ix_application_submitted ON application (submitted_at);
