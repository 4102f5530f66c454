-- Media: the group-robot outbox, beside the mail outbox. Routing an alert stores one delivery per alert and
-- configured target (the key names both) in the same transaction that marks the alert routed, with the message
-- body as it will be posted; a delivery the receiver acknowledged gets SentAt at once. The signature of a signed
-- robot is computed at each attempt (the receivers refuse old timestamps), so it is not stored.

CREATE TABLE IF NOT EXISTS MediaHook
(
    Key           TEXT    NOT NULL PRIMARY KEY,
    AlertId       TEXT    NOT NULL,
    Target        TEXT    NOT NULL,
    Payload       TEXT    NOT NULL,
    CreatedAt     TEXT    NOT NULL,
    Attempts      INTEGER NOT NULL DEFAULT 0,
    NextAttemptAt TEXT    NOT NULL,
    SentAt        TEXT    NULL,
    LastError     TEXT    NULL
);

CREATE INDEX IF NOT EXISTS IX_MediaHook_Due ON MediaHook (NextAttemptAt) WHERE SentAt IS NULL;
