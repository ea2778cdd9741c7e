-- The sleep diary (issue 18). Plain SQL that PostgreSQL, H2 and SQLite all run unchanged; local
-- dates and times use DATE / TIME, instants are epoch milliseconds (BIGINT). Every table about a
-- person has a chat_id column, so that /forget finds it.

-- Who keeps a diary: the morning check-in time (in the user's zone, the one in users.zone) and
-- whether notes in words may be stored (health data: only with this consent).
CREATE TABLE diary_users (
    chat_id       BIGINT   NOT NULL PRIMARY KEY,
    checkin_at    TIME     NOT NULL,
    active        BOOLEAN  NOT NULL,
    note_consent  BOOLEAN  NOT NULL,
    started_on    DATE     NOT NULL,
    updated_at    BIGINT   NOT NULL
);

-- One row per night, keyed by the morning's local date ("the night to 26 November"). A column
-- left NULL was not answered; factors '' means "none of these" (a real answer), NULL unanswered.
CREATE TABLE diary_entries (
    chat_id     BIGINT         NOT NULL,
    night       DATE           NOT NULL,
    quality     SMALLINT,
    jerks       VARCHAR(16),
    factors     VARCHAR(200),
    note        VARCHAR(2000),
    updated_at  BIGINT         NOT NULL,
    PRIMARY KEY (chat_id, night)
);

-- The evening routine done (and its 1..5 rating), by the evening's local date; joins the entry
-- of the night after it.
CREATE TABLE diary_routines (
    chat_id     BIGINT        NOT NULL,
    evening     DATE          NOT NULL,
    routine_id  VARCHAR(64)   NOT NULL,
    feeling     SMALLINT,
    updated_at  BIGINT        NOT NULL,
    PRIMARY KEY (chat_id, evening)
);

-- Warning signs triage found in a diary user's messages: the sign's id and the day, never the text.
CREATE TABLE diary_signs (
    chat_id   BIGINT       NOT NULL,
    noted_on  DATE         NOT NULL,
    sign_id   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (chat_id, noted_on, sign_id)
);

-- The answers of a diary user's last symptom check (step=option pairs) and what it found.
CREATE TABLE diary_checks (
    chat_id      BIGINT         NOT NULL PRIMARY KEY,
    answered_on  DATE           NOT NULL,
    finding      VARCHAR(64)    NOT NULL,
    answers      VARCHAR(1000)  NOT NULL
);
