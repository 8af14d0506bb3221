-- The app nodes that keep a search index, and how far each has applied the outbox. Outbox rows are pruned
-- only below the position of every live node (a heartbeat younger than lumbung.search.node-expiry).
create table search_node (
    node_id        varchar(64)  primary key,
    -- every outbox row with tx_id below this transaction id is applied to the node's index
    applied_xmin   bigint       not null,
    -- the whole position: the PostgreSQL snapshot (xmin:xmax:running ids) the index reflects
    applied_snapshot text       not null,
    host           varchar(255) not null,
    started_at     timestamptz  not null,
    heartbeat_at   timestamptz  not null
);

-- How far the outbox has been pruned: rows with tx_id below pruned_below may be gone. A node whose position
-- is below it has missed changes and rebuilds its index.
create table search_outbox_horizon (
    id           boolean primary key default true check (id),
    pruned_below bigint  not null default 0
);
insert into search_outbox_horizon (id, pruned_below) values (true, 0);
