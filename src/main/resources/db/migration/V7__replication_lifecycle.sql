-- Replication tracking: what the adopter changed (adaptation), what the copy achieved (outcomes in the
-- adopter region), structured evidence documents, the adopter's legal basis, and since when the current
-- status holds (the stalled list reads it).
alter table replication
    add column adaptation   jsonb,
    add column outcomes     jsonb not null default '[]',
    add column evidence     jsonb not null default '[]',
    add column legal_basis  jsonb,
    add column status_since date;

-- The source data's plain URL list becomes evidence documents, not yet verified.
update replication
   set evidence = coalesce((select jsonb_agg(jsonb_build_object('url', u, 'title', null, 'verified', false))
                              from jsonb_array_elements_text(source_urls) as u), '[]'::jsonb),
       status_since = coalesce((select max(coalesce(c.occurred_on, c.recorded_at::date))
                                  from replication_status_change c where c.replication_id = replication.id),
                               created_at::date);
alter table replication drop column source_urls;
alter table replication alter column status_since set not null;

create index replication_derived_idx on replication (derived_innovation_id) where derived_innovation_id is not null;
create index replication_stalled_idx on replication (status_since) where status not in ('dilembagakan', 'dihentikan');

-- History is appended, never rewritten: steps cannot be changed, and cannot be removed while their
-- replication exists (deleting a whole replication, an admin's correction, still cascades).
create function replication_history_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' or exists (select 1 from replication where id = old.replication_id) then
        raise exception 'replication history is append-only (step %)', old.id using errcode = 'integrity_constraint_violation';
    end if;
    return old;
end $$;

create trigger replication_history_append_only before update or delete on replication_status_change
    for each row execute function replication_history_append_only();
