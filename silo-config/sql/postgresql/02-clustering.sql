-- Media: cluster membership for Orleans' ADO.NET clustering provider on PostgreSQL (ORLEANS-ADONET.md).
-- A version row per cluster is the table-wide etag: every insert or update of a silo row compares it with
-- the version the silo read and bumps it in the same statement, so two silos acting on an old view cannot
-- both succeed. Cleanup only ever deletes rows of silos that are Dead (status 6).

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId text        NOT NULL PRIMARY KEY,
    Timestamp    timestamptz NOT NULL DEFAULT now(),
    Version      integer     NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId text        NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
    Address      varchar(45) NOT NULL,
    Port         integer     NOT NULL,
    Generation   integer     NOT NULL,
    SiloName     text        NOT NULL,
    HostName     text        NOT NULL,
    Status       integer     NOT NULL,
    ProxyPort    integer     NOT NULL DEFAULT 0,
    SuspectTimes text        NULL,
    StartTime    timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- Answers 1 when this call created the version row, 0 when it was there already.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipVersionKey', '
WITH created AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (CAST(@DeploymentId AS text))
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1)
SELECT COUNT(*) FROM created;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- The version row always comes back (left join), with the silo rows beside it when there are any.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadAllKey', '
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = CAST(@DeploymentId AS text);
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadRowKey', '
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m
       ON m.DeploymentId = v.DeploymentId
      AND m.Address = CAST(@Address AS varchar)
      AND m.Port = CAST(@Port AS integer)
      AND m.Generation = CAST(@Generation AS integer)
WHERE v.DeploymentId = CAST(@DeploymentId AS text);
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- The version bump and the insert are one statement: if the version moved on (or the row exists), nothing
-- changes and the answer is 0. The version row's lock makes racing silos take turns; the loser re-reads.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipKey', '
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = CAST(@DeploymentId AS text) AND Version = CAST(@Version AS integer)
      AND NOT EXISTS (SELECT 1 FROM OrleansMembershipTable
                      WHERE DeploymentId = CAST(@DeploymentId AS text) AND Address = CAST(@Address AS varchar)
                        AND Port = CAST(@Port AS integer) AND Generation = CAST(@Generation AS integer))
    RETURNING DeploymentId),
inserted AS (
    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    SELECT DeploymentId, CAST(@Address AS varchar), CAST(@Port AS integer), CAST(@Generation AS integer),
           CAST(@SiloName AS text), CAST(@HostName AS text), CAST(@Status AS integer), CAST(@ProxyPort AS integer),
           CAST(@StartTime AS timestamptz), CAST(@IAmAliveTime AS timestamptz)
    FROM bumped
    RETURNING 1)
SELECT COUNT(*) FROM inserted;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateMembershipKey', '
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = CAST(@DeploymentId AS text) AND Version = CAST(@Version AS integer)
      AND EXISTS (SELECT 1 FROM OrleansMembershipTable
                  WHERE DeploymentId = CAST(@DeploymentId AS text) AND Address = CAST(@Address AS varchar)
                    AND Port = CAST(@Port AS integer) AND Generation = CAST(@Generation AS integer))
    RETURNING DeploymentId),
updated AS (
    UPDATE OrleansMembershipTable m
    SET Status = CAST(@Status AS integer),
        SuspectTimes = CAST(@SuspectTimes AS text),
        IAmAliveTime = CAST(@IAmAliveTime AS timestamptz)
    FROM bumped
    WHERE m.DeploymentId = bumped.DeploymentId
      AND m.Address = CAST(@Address AS varchar)
      AND m.Port = CAST(@Port AS integer)
      AND m.Generation = CAST(@Generation AS integer)
    RETURNING 1)
SELECT COUNT(*) FROM updated;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateIAmAlivetimeKey', '
UPDATE OrleansMembershipTable
SET IAmAliveTime = CAST(@IAmAliveTime AS timestamptz)
WHERE DeploymentId = CAST(@DeploymentId AS text)
  AND Address = CAST(@Address AS varchar)
  AND Port = CAST(@Port AS integer)
  AND Generation = CAST(@Generation AS integer);
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('GatewaysQueryKey', '
SELECT Address, ProxyPort, Generation
FROM OrleansMembershipTable
WHERE DeploymentId = CAST(@DeploymentId AS text) AND Status = CAST(@Status AS integer) AND ProxyPort > 0;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteMembershipTableEntriesKey', '
DELETE FROM OrleansMembershipTable WHERE DeploymentId = CAST(@DeploymentId AS text);
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = CAST(@DeploymentId AS text);
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntriesKey', '
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = CAST(@DeploymentId AS text)
  AND IAmAliveTime < CAST(@IAmAliveTime AS timestamptz)
  AND Status = 6;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntryKey', '
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = CAST(@DeploymentId AS text)
  AND Address = CAST(@Address AS varchar)
  AND Port = CAST(@Port AS integer)
  AND Generation = CAST(@Generation AS integer)
  AND StartTime = CAST(@StartTime AS timestamptz)
  AND IAmAliveTime = CAST(@IAmAliveTime AS timestamptz)
  AND SuspectTimes IS NOT DISTINCT FROM CAST(@SuspectTimes AS text)
  AND Status = 6;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
