-- Media: filings begun and not yet finished. An account stores the audit row it is about to add here before it
-- writes its state, and one transaction later replaces it with the audit row (MediaAuditLog) once its region index
-- line is written. The rows left by a killed silo are what the next start finishes (FilingRecovery), so the table
-- holds only the filings in flight: reading it costs the same at a thousand accounts as at a million.

CREATE TABLE IF NOT EXISTS MediaFilingIntent
(
    AccountId text    NOT NULL,
    Ordinal   integer NOT NULL,
    FiledAt   text    NOT NULL,
    Actor     text    NOT NULL,
    Action    text    NOT NULL,
    Before    text    NULL,
    After     text    NULL,
    PRIMARY KEY (AccountId, Ordinal)
);
