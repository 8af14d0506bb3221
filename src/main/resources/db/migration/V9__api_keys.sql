-- API keys of embedding clients: read-only, shown once at creation, stored as a SHA-256 hash (keys are
-- 192-bit random values, so a fast hash is enough; passwords use bcrypt). The prefix finds the row.
create table api_key (
    id                    bigserial    primary key,
    prefix                varchar(16)  not null unique,
    key_hash              char(64)     not null,
    name                  varchar(200) not null,
    owner                 varchar(200) not null,
    allowed_origins       jsonb        not null default '[]',
    rate_limit_per_minute integer      not null check (rate_limit_per_minute between 1 and 100000),
    created_by            varchar(100) not null,
    created_at            timestamptz  not null,
    revoked_at            timestamptz,
    last_used_at          timestamptz
);
