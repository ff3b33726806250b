-- Transactional outbox: a mail is written here in the same transaction as the change that causes it, and a
-- scheduled sender delivers it later (with retries), so no mail is lost while the SMTP server is down.
-- Mails with retention ERASE_AFTER_SENDING (one-off mails such as "mail mij dit overzicht") lose their
-- recipient, subject and bodies once sent: only id, template, locale, status and times remain.
CREATE TABLE mail_outbox (
    id              UUID                     NOT NULL,
    template_id     VARCHAR(100)             NOT NULL,
    locale          VARCHAR(10)              NOT NULL,
    recipient       VARCHAR(320),
    subject         VARCHAR(500),
    body_text       VARCHAR(100000),
    body_html       VARCHAR(200000),
    retention       VARCHAR(30)              NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    attempts        INTEGER                  DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_mail_outbox_retention CHECK (retention IN ('KEEP', 'ERASE_AFTER_SENDING'))
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);

-- ShedLock: one node at a time runs a scheduled job (the mail sender, later retention jobs).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
