-- The nightly retention job looks up granted and refused applications by the date of the decision.
CREATE INDEX ix_application_decided ON application (decided_at);
