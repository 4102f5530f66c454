-- Media: the group-robot outbox (see the SQLite script of the same name for the design).

CREATE TABLE IF NOT EXISTS MediaHook
(
    Key           text    NOT NULL PRIMARY KEY,
    AlertId       text    NOT NULL,
    Target        text    NOT NULL,
    Payload       text    NOT NULL,
    CreatedAt     text    NOT NULL,
    Attempts      integer NOT NULL DEFAULT 0,
    NextAttemptAt text    NOT NULL,
    SentAt        text    NULL,
    LastError     text    NULL
);

CREATE INDEX IF NOT EXISTS IX_MediaHook_Due ON MediaHook (NextAttemptAt) WHERE SentAt IS NULL;
