-- Media: the post log. A pushed post is acknowledged once it is here; the account grain writes its own state
-- later and, when it wakes, reads again the rows beyond the mark that state was written with.

CREATE TABLE IF NOT EXISTS MediaPost
(
    Seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    AccountId   text   NOT NULL,
    PostId      text   NOT NULL,
    PublishedAt text   NOT NULL,
    Title       text   NULL,
    Body        text   NULL,
    Url         text   NULL,
    Repost      bigint NOT NULL,
    Likes       bigint NULL,
    Comments    bigint NULL,
    Shares      bigint NULL,
    Reads       bigint NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_MediaPost_AccountPost ON MediaPost (AccountId, PostId);

-- Replay reads one account's rows beyond a sequence number.
CREATE INDEX IF NOT EXISTS IX_MediaPost_AccountSeq ON MediaPost (AccountId, Seq);
