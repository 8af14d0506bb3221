-- Replications go through review like innovations (decision 130): a replication recorded or changed by a curator is
-- not public until a reviewer or an admin publishes it. Replications recorded so far were recorded by reviewers and
-- admins (decision 59), so they stay published.
alter table replication add column publication varchar(20) not null default 'published'
    check (publication in ('draft', 'in_review', 'published'));
-- A writer that forgot the column would make a replication public unreviewed; the default is the safe state instead.
alter table replication alter column publication set default 'in_review';
alter table replication_audit add column publication varchar(20);
create index replication_under_review on replication (publication) where publication <> 'published';

-- What the public sees of replications, stated once: published replications of published innovations. Every public
-- read goes through this view (native SQL directly, JPQL through the PublicReplication entity mapped onto it).
create view public_replication as
    select r.*
      from replication r
      join innovation i on i.id = r.source_innovation_id
     where r.publication = 'published' and i.status = 'published';
