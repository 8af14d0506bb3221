-- Outbox of changes the search index must apply. Triggers write it in the same transaction as the change,
-- whoever makes it (the API, an import, plain SQL), so the index can never silently miss a change.
-- Rows are read by every app node (each keeps its own index) and never consumed; old rows are pruned.
create table search_outbox (
    seq           bigserial   primary key,
    tx_id         xid8        not null default pg_current_xact_id(),
    innovation_id bigint      not null,
    created_at    timestamptz not null default now()
);
-- Nodes read windows of finished transactions: tx_id in [last bound, current xmin).
create index search_outbox_tx_idx on search_outbox (tx_id);

create function search_outbox_innovation() returns trigger language plpgsql as $$
begin
    insert into search_outbox (innovation_id) values (coalesce(new.id, old.id));
    return null;
end $$;

create trigger innovation_changed after insert or update or delete on innovation
    for each row execute function search_outbox_innovation();

create function search_outbox_innovation_theme() returns trigger language plpgsql as $$
begin
    insert into search_outbox (innovation_id) values (coalesce(new.innovation_id, old.innovation_id));
    return null;
end $$;

create trigger innovation_theme_changed after insert or update or delete on innovation_theme
    for each row execute function search_outbox_innovation_theme();

-- Replication counts and best status are part of an innovation's search document.
create function search_outbox_replication() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        insert into search_outbox (innovation_id) values (old.source_innovation_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.source_innovation_id <> old.source_innovation_id) then
        insert into search_outbox (innovation_id) values (new.source_innovation_id);
    end if;
    return null;
end $$;

create trigger replication_changed after insert or update or delete on replication
    for each row execute function search_outbox_replication();
