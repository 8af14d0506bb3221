-- Search analytics for curators (issue 22): counters per ISO week and normalised query, and clicks per week, query
-- and result. No personal data: no IP address, user, session or time finer than the week is stored, and the query
-- is normalised (lower case, digits runs and e-mail addresses masked) before it is counted.
create table search_query_week (
    week         date         not null,
    query        varchar(200) not null,
    searches     integer      not null default 0 check (searches >= 0),
    zero_results integer      not null default 0 check (zero_results >= 0),
    primary key (week, query)
);

create table search_click_week (
    week   date         not null,
    query  varchar(200) not null,
    slug   varchar(120) not null,
    clicks integer      not null default 0 check (clicks >= 0),
    primary key (week, query, slug)
);
create index search_click_week_query_idx on search_click_week (week, query);
