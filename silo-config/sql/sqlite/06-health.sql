-- Media: one row per silo that /healthz rewrites, so the health check proves the store still takes a write
-- (a full disk or a read-only file answers reads but refuses writes).

CREATE TABLE IF NOT EXISTS MediaHealth
(
    Silo      TEXT NOT NULL PRIMARY KEY,
    CheckedAt TEXT NOT NULL
);
