-- A replication's status_since is the date of its latest step, or unknown. It used to fall back on the day the
-- step was recorded (for the demo catalogue: the day it was loaded), which made undated steps look recent and
-- hid them from the stalled list. Dates the sources do not give stay unknown; a year alone is kept in "year".
alter table replication alter column status_since drop not null;

update replication r
   set status_since = (select c.occurred_on
                         from replication_status_change c
                        where c.replication_id = r.id
                        order by c.id desc
                        limit 1);
