-- Recommendations take the strongest published innovations of a group (replicated, on a needed theme, in the
-- province) by awards, tahapan penerapan and id. In this index's order the database walks them and stops at the
-- limit, instead of sorting the whole catalogue on every region page (decision 194).
create index innovation_strength_idx on innovation
    ((jsonb_array_length(awards)) desc, ((tahapan = 'penerapan')) desc, id) where status = 'published';
