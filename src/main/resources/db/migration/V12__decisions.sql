-- Caseworker decisions on submitted applications: the outcome's reason or the question to the resident, and when.
ALTER TABLE application ADD COLUMN decision_note VARCHAR(2000);
ALTER TABLE application ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
