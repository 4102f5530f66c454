-- Media: the post log. A pushed post is acknowledged once it is here; the account grain takes it into its
-- state afterwards and writes that state later, so a grain that wakes reads the rows beyond its mark again.
-- Rows are appended in one transaction per burst (group commit); a post repeated for its account is skipped.

CREATE TABLE IF NOT EXISTS MediaPost
(
    Seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    AccountId   TEXT    NOT NULL,
    PostId      TEXT    NOT NULL,
    PublishedAt TEXT    NOT NULL,
    Title       TEXT    NULL,
    Body        TEXT    NULL,
    Url         TEXT    NULL,
    Repost      INTEGER NOT NULL,
    Likes       INTEGER NULL,
    Comments    INTEGER NULL,
    Shares      INTEGER NULL,
    Reads       INTEGER NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_MediaPost_AccountPost ON MediaPost (AccountId, PostId);

-- Replay reads one account's rows beyond a sequence number.
CREATE INDEX IF NOT EXISTS IX_MediaPost_AccountSeq ON MediaPost (AccountId, Seq);
