-- Server-side sessions of the pages' sign-in: the browser holds a random token, the database its SHA-256, so signing
-- out, disabling a user or changing their password ends the session on every node at once.
alter table app_user add column disabled_at timestamptz;

-- The accounts that may sign in: what password checks read (a disabled user is not found).
create view staff_credential as
    select id, username, password_hash, role from app_user where disabled_at is null;

create table staff_session (
    token_hash   char(64)     primary key,
    username     varchar(100) not null references app_user (username) on delete cascade on update cascade,
    created_at   timestamptz  not null,
    last_seen_at timestamptz  not null,
    expires_at   timestamptz  not null,
    ended_at     timestamptz
);
create index staff_session_username_idx on staff_session (username);
create index staff_session_expires_idx on staff_session (expires_at);
