-- Media: lanes of the audit hash chain. Each silo's group writer appends to a lane of its own and keeps the lane's
-- head in memory, so silos no longer take turns on one chain lock held until each commit (the cluster's filing rate
-- was bounded by it: tests/Media.Benchmarks/analysis.md). A lane is registered in the transaction of its first row
-- (MediaAuditLane); that row links to the hash of the chain row AfterId (the latest chained row when the lane
-- opened), or to the seal of the rows written before the chain existed when AfterId is 0. Chain rows written before
-- this script are lane 0, whose start is that seal, so a store chained by an older Media keeps verifying.
-- Every silo of a cluster must run a Media with this script: an older one appends to lane 0 after any lane's head.

DO $lane$
BEGIN
    -- Checked first: ADD COLUMN IF NOT EXISTS still locks the table, and this runs at every silo's start.
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                   WHERE table_name = 'mediaauditchain' AND column_name = 'lane' AND table_schema = current_schema()) THEN
        ALTER TABLE MediaAuditChain ADD COLUMN Lane bigint NOT NULL DEFAULT 0;
    END IF;
END;
$lane$;

CREATE TABLE IF NOT EXISTS MediaAuditLane
(
    Lane    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    AfterId bigint NOT NULL
);

CREATE OR REPLACE FUNCTION MediaAuditLane_Refuse() RETURNS trigger LANGUAGE plpgsql AS $refuse$
BEGIN
    RAISE EXCEPTION 'MediaAuditLane is append-only';
END;
$refuse$;

CREATE OR REPLACE TRIGGER MediaAuditLane_AppendOnly BEFORE UPDATE OR DELETE ON MediaAuditLane
FOR EACH ROW EXECUTE FUNCTION MediaAuditLane_Refuse();
