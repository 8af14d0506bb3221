-- Synonym rules curators add at run time (Solr format), beside the curated files shipped with the service.
-- padanan: equivalents at nearly full weight; tesaurus: concepts at a lower weight.
create table search_synonym (
    id         bigserial    primary key,
    rule       varchar(1000) not null unique,
    kind       varchar(20)  not null check (kind in ('padanan', 'tesaurus')),
    created_by varchar(100) not null,
    created_at timestamptz  not null default now()
);
