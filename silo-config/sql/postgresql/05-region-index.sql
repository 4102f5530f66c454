-- Media: the region indexes, one row per account line and per violation (Orleans-serialized payloads); a
-- region grain loads its rows when it activates and writes only the rows that changed.

CREATE TABLE IF NOT EXISTS MediaIndexLine
(
    Region    text  NOT NULL,
    AccountId text  NOT NULL,
    Payload   bytea NOT NULL,
    PRIMARY KEY (Region, AccountId)
);

CREATE TABLE IF NOT EXISTS MediaIndexViolation
(
    Region      text  NOT NULL,
    ViolationId text  NOT NULL,
    Payload     bytea NOT NULL,
    PRIMARY KEY (Region, ViolationId)
);
