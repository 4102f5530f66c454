-- Media: the region indexes, one row per account line and per violation (Orleans-serialized payloads), so that
-- a change rewrites one row instead of a region's whole index. A region grain loads its rows on activation.

CREATE TABLE IF NOT EXISTS MediaIndexLine
(
    Region    TEXT NOT NULL,
    AccountId TEXT NOT NULL,
    Payload   BLOB NOT NULL,
    PRIMARY KEY (Region, AccountId)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS MediaIndexViolation
(
    Region      TEXT NOT NULL,
    ViolationId TEXT NOT NULL,
    Payload     BLOB NOT NULL,
    PRIMARY KEY (Region, ViolationId)
) WITHOUT ROWID;
