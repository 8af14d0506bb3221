-- Region filters match a code and everything below it (region_code like '35.03.%', '35%'). A plain btree
-- serves LIKE prefixes only under the C collation; varchar_pattern_ops serves them under any.
create index innovation_region_prefix_idx on innovation (region_code varchar_pattern_ops);
create index replication_adopter_prefix_idx on replication (adopter_region_code varchar_pattern_ops);
