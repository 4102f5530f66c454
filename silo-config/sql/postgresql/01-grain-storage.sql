-- Media: grain storage for Orleans' ADO.NET persistence provider on PostgreSQL.
-- Written for Media against the contract in ORLEANS-ADONET.md. Idempotent: every silo runs it at start,
-- under an advisory lock (see StoreSchema), creating what is missing and rewriting the query texts.
-- Parameters are cast where they appear, so PostgreSQL never has to guess a type from an untyped NULL.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);

-- One row per (service, state name, grain id). A missing extension string is stored as '' so that the
-- primary key (where NULLs would be distinct) can never let a state row be duplicated.
CREATE TABLE IF NOT EXISTS OrleansStorage
(
    ServiceId              text        NOT NULL,
    GrainTypeString        text        NOT NULL,
    GrainIdN0              bigint      NOT NULL,
    GrainIdN1              bigint      NOT NULL,
    GrainIdExtensionString text        NOT NULL,
    GrainIdHash            integer     NOT NULL,
    GrainTypeHash          integer     NOT NULL,
    PayloadBinary          bytea       NULL,
    Version                integer     NOT NULL,
    ModifiedOn             timestamptz NOT NULL,
    CONSTRAINT PK_OrleansStorage PRIMARY KEY (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE ServiceId = CAST(@ServiceId AS text)
  AND GrainTypeString = CAST(@GrainTypeString AS text)
  AND GrainIdN0 = CAST(@GrainIdN0 AS bigint)
  AND GrainIdN1 = CAST(@GrainIdN1 AS bigint)
  AND GrainIdExtensionString = COALESCE(CAST(@GrainIdExtensionString AS text), '''');
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- One statement for both cases, so no second row can appear and nothing is left half-done:
--  * first write (version NULL): inserts version 1; if the row exists already, the conflict branch compares
--    Version with NULL, changes nothing and returns no row, which Orleans reports as a clash;
--  * later writes: the SELECT yields a row only when the state row exists; it then conflicts and is updated
--    only if its version still matches. The row lock taken by ON CONFLICT makes two racing writers serial.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
INSERT INTO OrleansStorage AS s
    (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString, GrainIdHash, GrainTypeHash,
     PayloadBinary, Version, ModifiedOn)
SELECT CAST(@ServiceId AS text), CAST(@GrainTypeString AS text), CAST(@GrainIdN0 AS bigint), CAST(@GrainIdN1 AS bigint),
       COALESCE(CAST(@GrainIdExtensionString AS text), ''''), CAST(@GrainIdHash AS integer), CAST(@GrainTypeHash AS integer),
       CAST(@PayloadBinary AS bytea), 1, now()
WHERE CAST(@GrainStateVersion AS integer) IS NULL
   OR EXISTS (SELECT 1 FROM OrleansStorage
              WHERE ServiceId = CAST(@ServiceId AS text)
                AND GrainTypeString = CAST(@GrainTypeString AS text)
                AND GrainIdN0 = CAST(@GrainIdN0 AS bigint)
                AND GrainIdN1 = CAST(@GrainIdN1 AS bigint)
                AND GrainIdExtensionString = COALESCE(CAST(@GrainIdExtensionString AS text), ''''))
ON CONFLICT (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString) DO UPDATE
SET PayloadBinary = excluded.PayloadBinary,
    Version = s.Version + 1,
    ModifiedOn = excluded.ModifiedOn
WHERE s.Version = CAST(@GrainStateVersion AS integer)
RETURNING Version AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- Clearing keeps the row (so versions keep counting) and drops the payload.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = NULL,
    Version = Version + 1,
    ModifiedOn = now()
WHERE ServiceId = CAST(@ServiceId AS text)
  AND GrainTypeString = CAST(@GrainTypeString AS text)
  AND GrainIdN0 = CAST(@GrainIdN0 AS bigint)
  AND GrainIdN1 = CAST(@GrainIdN1 AS bigint)
  AND GrainIdExtensionString = COALESCE(CAST(@GrainIdExtensionString AS text), '''')
  AND Version = CAST(@GrainStateVersion AS integer)
RETURNING Version AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
