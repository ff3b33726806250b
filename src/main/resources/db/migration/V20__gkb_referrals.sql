-- Referrals to the Gemeentelijke Kredietbank (GKB), made by residents with explicit consent. Only what the GKB needs
-- to call: a name, a phone number, a preferred time. Deleted 90 days after they were made (GkbReferralService).
CREATE TABLE gkb_referral (
    id             VARCHAR(36)  NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    name           VARCHAR(200) NOT NULL,
    phone          VARCHAR(20)  NOT NULL,
    preferred_time VARCHAR(20)  NOT NULL,
    consent_at     TIMESTAMP    NOT NULL,
    visit_due      DATE         NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_gkb_referral PRIMARY KEY (id)
);
CREATE INDEX ix_gkb_referral_created ON gkb_referral (created_at);
