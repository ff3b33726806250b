-- A publisher who publishes a value that makes scenarios of content/scenarios/ fail says why (the impact preview
-- lists them); the reason is kept with the version.
ALTER TABLE parameter_value ADD COLUMN impact_acknowledgement VARCHAR(1000);
