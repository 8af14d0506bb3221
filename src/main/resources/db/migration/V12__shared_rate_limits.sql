-- Token buckets of the rate limits and the login throttle, shared by every node (Bucket4j's PostgreSQL backend,
-- select-for-update strategy). The state is Bucket4j's own serialised form; expires_at (epoch milliseconds) lets
-- idle buckets be deleted in batches.
create table rate_limit_bucket (
    id         varchar(300) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
