-- A draft gets one reminder mail a week before it is deleted (30 days after its last change).
ALTER TABLE application ADD COLUMN reminder_sent_at TIMESTAMP WITH TIME ZONE;
