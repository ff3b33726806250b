-- The site's text pages (privacy, accessibility statement, contact), in Dutch and English, edited by staff: every
-- change is a version that goes draft -> in review -> published (at once or at a set moment) -> superseded, and is
-- never changed after it was published. Residents see, per page, the version published last whose moment has come.
-- Filled from content/pages/*.md on the first start. Bodies are Markdown (at most 100,000 characters, checked by the
-- service; the column leaves room for a longer one being refused with a message rather than a database error).
-- checked_on is the day the text was last checked ("Deze tekst is voor het laatst bekeken op"): from the front matter
-- for an imported page, the day of publication for a published change.
CREATE TABLE page_version (
    id             UUID                     NOT NULL,
    slug           VARCHAR(100)             NOT NULL,
    title_nl       VARCHAR(200)             NOT NULL,
    body_nl        VARCHAR(200000)          NOT NULL,
    title_en       VARCHAR(200)             NOT NULL,
    body_en        VARCHAR(200000)          NOT NULL,
    checked_on     DATE,
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
    CONSTRAINT pk_page_version PRIMARY KEY (id),
    CONSTRAINT ck_page_version_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED')),
    CONSTRAINT ck_page_version_published CHECK (status NOT IN ('PUBLISHED', 'SUPERSEDED') OR publish_at IS NOT NULL)
);
CREATE INDEX ix_page_version_slug ON page_version (slug, created_at);
CREATE INDEX ix_page_version_status ON page_version (status, publish_at);
