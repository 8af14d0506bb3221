-- Innovation ids are allocated 50 at a time (Hibernate's pooled sequence optimizer), so bulk imports can
-- batch their INSERTs; identity columns would force one round trip per row.
alter sequence innovation_id_seq increment by 50;
