-- Plain SQL that PostgreSQL and SQLite both run unchanged (SQLite reads BYTEA as a BLOB column).

-- The durable outbox: a reply is committed here together with the state change that caused it,
-- and deleted once Telegram accepted it (or its deadline passed). Ids are assigned by the one
-- active instance, in order, so each chat's messages go out in the order they were written.
CREATE TABLE outbox (
    id          BIGINT        NOT NULL PRIMARY KEY,
    chat_id     BIGINT        NOT NULL,
    priority    SMALLINT      NOT NULL,
    body        TEXT          NOT NULL,
    file_kind   VARCHAR(16),
    file_name   VARCHAR(255),
    file_type   VARCHAR(127),
    file_bytes  BYTEA,
    created_at  BIGINT        NOT NULL,
    deadline    BIGINT        NOT NULL
);

CREATE INDEX outbox_chat_id ON outbox (chat_id);

-- Updates whose replies are in the outbox, so that one Telegram sends again after a crash (it
-- was not yet confirmed) is not answered twice. Only ids: never what the update said.
CREATE TABLE handled_updates (
    update_id   BIGINT        NOT NULL PRIMARY KEY,
    handled_at  BIGINT        NOT NULL
);

-- Texts of unrecognized questions, kept only with the consent of the user who asked, and tied
-- to that user so that /forget deletes them. The counts in misses stay anonymous (hash only).
CREATE TABLE miss_texts (
    hash        VARCHAR(128)  NOT NULL,
    user_id     BIGINT        NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    last_seen   BIGINT        NOT NULL,
    PRIMARY KEY (hash, user_id)
);

CREATE INDEX miss_texts_user_id ON miss_texts (user_id);

-- Texts kept before cannot be tied to anyone, so /forget could never delete them: they go.
ALTER TABLE misses DROP COLUMN sample_text;
