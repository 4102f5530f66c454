-- Media: the hash chain over the audit log. One row per MediaAuditLog row, written in the same transaction:
-- Hash = SHA-256 over the audit row's canonical form and PrevHash, PrevHash = the Hash of the row before it
-- (see src/Media.Storage/AuditChain.cs). Silos append under an advisory transaction lock, so the chain follows
-- the order of the rows' ids. Audit rows written before this table existed have no chain row: they are the
-- chain's start, sealed as a block by the first chained row's PrevHash.

CREATE TABLE IF NOT EXISTS MediaAuditChain
(
    AuditId  bigint PRIMARY KEY,
    PrevHash text NOT NULL,
    Hash     text NOT NULL
);

CREATE OR REPLACE FUNCTION MediaAuditChain_Refuse() RETURNS trigger LANGUAGE plpgsql AS $refuse$
BEGIN
    RAISE EXCEPTION 'MediaAuditChain is append-only';
END;
$refuse$;

CREATE OR REPLACE TRIGGER MediaAuditChain_AppendOnly BEFORE UPDATE OR DELETE ON MediaAuditChain
FOR EACH ROW EXECUTE FUNCTION MediaAuditChain_Refuse();
