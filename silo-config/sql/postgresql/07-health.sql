-- Media: one row per silo that /healthz rewrites, so the health check proves the store still takes a write
-- (a full disk or a read-only server answers reads but refuses writes).

CREATE TABLE IF NOT EXISTS MediaHealth
(
    Silo      VARCHAR(200)             NOT NULL PRIMARY KEY,
    CheckedAt TIMESTAMP WITH TIME ZONE NOT NULL
);
