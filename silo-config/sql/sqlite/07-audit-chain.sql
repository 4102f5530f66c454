-- Media: the hash chain over the audit log. One row per MediaAuditLog row, written in the same transaction:
-- Hash = SHA-256 over the audit row's canonical form and PrevHash, PrevHash = the Hash of the row before it
-- (see src/Media.Storage/AuditChain.cs). Audit rows written before this table existed have no chain row: they
-- are the chain's start, sealed as a block by the first chained row's PrevHash. A table of its own instead of
-- two new columns because SQLite has no "ADD COLUMN IF NOT EXISTS", and every script here runs at every start.

CREATE TABLE IF NOT EXISTS MediaAuditChain
(
    AuditId  INTEGER PRIMARY KEY,
    PrevHash TEXT NOT NULL,
    Hash     TEXT NOT NULL
);

CREATE TRIGGER IF NOT EXISTS MediaAuditChain_NoUpdate BEFORE UPDATE ON MediaAuditChain
BEGIN
    SELECT RAISE(ABORT, 'MediaAuditChain is append-only');
END;

CREATE TRIGGER IF NOT EXISTS MediaAuditChain_NoDelete BEFORE DELETE ON MediaAuditChain
BEGIN
    SELECT RAISE(ABORT, 'MediaAuditChain is append-only');
END;
