-- The search outbox is written once per statement instead of once per row (decision 197): a bulk import's
-- multi-row INSERTs ran the PL/pgSQL trigger and a one-row INSERT into the outbox for every innovation and every
-- theme row. Statement triggers see the statement's rows as transition tables and write their outbox rows with
-- one INSERT ... SELECT. Every changed innovation still gets an outbox row in the transaction that changed it (the
-- indexer reads distinct ids per transaction), so every node's indexer reads the outbox as before. PostgreSQL
-- allows transition tables on single-event triggers only, hence one trigger per event.
drop trigger innovation_changed on innovation;
drop trigger innovation_theme_changed on innovation_theme;

create function search_outbox_innovation_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into search_outbox (innovation_id) select id from new_rows;
    elsif tg_op = 'UPDATE' then
        insert into search_outbox (innovation_id) select id from new_rows union all select id from old_rows where id not in (select id from new_rows);
    else
        insert into search_outbox (innovation_id) select id from old_rows;
    end if;
    return null;
end $$;

create trigger innovation_inserted after insert on innovation referencing new table as new_rows
    for each statement execute function search_outbox_innovation_rows();
create trigger innovation_updated after update on innovation referencing new table as new_rows old table as old_rows
    for each statement execute function search_outbox_innovation_rows();
create trigger innovation_deleted after delete on innovation referencing old table as old_rows
    for each statement execute function search_outbox_innovation_rows();

-- Theme rows add an outbox row only for innovations whose own row this transaction has not written: then the
-- innovation's trigger has written one for this transaction already (an import writes an innovation and its themes
-- together). A row written in a subtransaction has that one's id and gets its outbox row: one too many, never one
-- too few.
create function search_outbox_innovation_theme_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into search_outbox (innovation_id)
        select distinct n.innovation_id from new_rows n
         where not exists (select 1 from innovation i where i.id = n.innovation_id and i.xmin = pg_current_xact_id()::xid);
    elsif tg_op = 'UPDATE' then
        insert into search_outbox (innovation_id)
        select c.innovation_id from (select innovation_id from new_rows union select innovation_id from old_rows) c
         where not exists (select 1 from innovation i where i.id = c.innovation_id and i.xmin = pg_current_xact_id()::xid);
    else
        insert into search_outbox (innovation_id)
        select distinct o.innovation_id from old_rows o
         where not exists (select 1 from innovation i where i.id = o.innovation_id and i.xmin = pg_current_xact_id()::xid);
    end if;
    return null;
end $$;

create trigger innovation_theme_inserted after insert on innovation_theme referencing new table as new_rows
    for each statement execute function search_outbox_innovation_theme_rows();
create trigger innovation_theme_updated after update on innovation_theme
    referencing new table as new_rows old table as old_rows
    for each statement execute function search_outbox_innovation_theme_rows();
create trigger innovation_theme_deleted after delete on innovation_theme referencing old table as old_rows
    for each statement execute function search_outbox_innovation_theme_rows();

drop function search_outbox_innovation();
drop function search_outbox_innovation_theme();
