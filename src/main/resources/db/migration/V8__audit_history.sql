-- Audit history through Hibernate Envers: one revision per transaction (who and when), and per audited
-- table a copy of each changed row with the revision and the kind of change (0 add, 1 modify, 2 delete).
-- Versions and timestamps of the rows themselves are not copied: the revision has them.
create table audit_revision (
    id       bigserial    primary key,
    at_millis bigint      not null,        -- epoch milliseconds
    username varchar(100) not null
);

create table innovation_audit (
    id                 bigint       not null,
    rev                bigint       not null references audit_revision (id),
    revtype            smallint,
    slug               varchar(120),
    name               varchar(300),
    acronym            varchar(100),
    aliases            jsonb,
    region_code        varchar(20),
    owner_name         varchar(300),
    agency             varchar(300),
    level              varchar(20),
    year_started       integer,
    tahapan            varchar(20),
    jenis              varchar(20),
    bentuk             varchar(30),
    urusan             varchar(100),
    sdg_goals          jsonb,
    summary            text,
    problem            text,
    approach           text,
    goals              text,
    benefits           text,
    outcomes           text,
    outcome_indicators jsonb,
    legal_basis        text,
    cost_estimate      text,
    replication_kit    jsonb,
    contacts           jsonb,
    awards             jsonb,
    evidence_sources   jsonb,
    running_status     varchar(20),
    last_confirmed_on  date,
    status             varchar(20),
    language           varchar(10),
    primary key (id, rev)
);
create index innovation_audit_slug_idx on innovation_audit (slug);

create table innovation_theme_audit (
    rev           bigint      not null references audit_revision (id),
    revtype       smallint,
    innovation_id bigint      not null,
    theme_code    varchar(60) not null,
    primary key (rev, innovation_id, theme_code)
);

create table replication_audit (
    id                    bigint       not null,
    rev                   bigint       not null references audit_revision (id),
    revtype               smallint,
    source_innovation_id  bigint,
    adopter_region_code   varchar(20),
    adopter_name          varchar(300),
    adopter_country       char(2),
    derived_innovation_id bigint,
    learning_event_id     bigint,
    status                varchar(20),
    year                  integer,
    notes                 text,
    status_since          date,
    adaptation            jsonb,
    outcomes              jsonb,
    evidence              jsonb,
    legal_basis           jsonb,
    primary key (id, rev)
);

create table region_audit (
    code        varchar(20)  not null,
    rev         bigint       not null references audit_revision (id),
    revtype     smallint,
    name        varchar(200),
    type        varchar(20),
    parent_code varchar(20),
    primary key (code, rev)
);

create table region_alias_audit (
    id          bigint       not null,
    rev         bigint       not null references audit_revision (id),
    revtype     smallint,
    region_code varchar(20),
    alias       varchar(200),
    normalized  varchar(200),
    kind        varchar(20),
    primary key (id, rev)
);

create table region_indicator_audit (
    id          bigint         not null,
    rev         bigint         not null references audit_revision (id),
    revtype     smallint,
    region_code varchar(20),
    indicator   varchar(60),
    period      varchar(60),
    value       numeric(18, 4),
    source      text,
    primary key (id, rev)
);
