-- A region's published innovations in slug order (the region page, /api/v1/innovations?region=): one range of this
-- index and a sort of that region's rows, instead of walking the whole catalogue in slug order until enough of them
-- turn up (17-25 ms at a million innovations, decision 206).
create index innovation_published_region_slug_idx on innovation (region_code varchar_pattern_ops, slug)
    where status = 'published';
