-- Lumbung schema. PostgreSQL is the source of truth; the search index (later) is derived from it.
-- Controlled vocabularies are CHECK constraints so bad values cannot enter even through SQL.

create table region (
    code        varchar(20)  primary key,               -- Kemendagri code, e.g. 33.14
    name        varchar(200) not null,                  -- as in idn-area-data (provinces without "Provinsi")
    type        varchar(20)  not null check (type in ('provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa')),
    parent_code varchar(20)  references region (code),
    check ((type = 'provinsi') = (parent_code is null))
);
create index region_parent_idx on region (parent_code);
create index region_type_idx on region (type);

create table region_alias (
    id          bigserial    primary key,
    region_code varchar(20)  not null references region (code) on delete cascade,
    alias       varchar(200) not null,
    normalized  varchar(200) not null,                  -- lower case, punctuation folded: the lookup key
    kind        varchar(20)  not null check (kind in ('singkatan', 'varian', 'sebutan')),
    unique (region_code, normalized)
);
create index region_alias_normalized_idx on region_alias (normalized);

create table region_indicator (
    id          bigserial    primary key,
    region_code varchar(20)  references region (code) on delete cascade, -- null: Indonesia as a whole
    indicator   varchar(60)  not null,
    period      varchar(60)  not null,
    value       numeric(18, 4) not null,
    source      text
);
create unique index region_indicator_key on region_indicator (coalesce(region_code, ''), indicator, period);

create table theme (
    code  varchar(60)  primary key,
    label varchar(200) not null
);

create table innovation (
    id                 bigserial    primary key,
    slug               varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name               varchar(300) not null,
    acronym            varchar(100),
    aliases            jsonb        not null default '[]',
    region_code        varchar(20)  references region (code),
    owner_name         varchar(300),                    -- owner when it is not a region (a ministry)
    agency             varchar(300),                    -- initiating OPD
    level              varchar(20)  not null check (level in ('desa', 'kecamatan', 'kabupaten', 'kota', 'provinsi', 'nasional')),
    year_started       integer      check (year_started between 1945 and 2100),
    tahapan            varchar(20)  check (tahapan in ('inisiatif', 'uji_coba', 'penerapan')),
    jenis              varchar(20)  check (jenis in ('digital', 'non_digital')),
    bentuk             varchar(30)  check (bentuk in ('tata_kelola', 'pelayanan_publik', 'lainnya')),
    urusan             varchar(100),
    sdg_goals          jsonb        not null default '[]',
    summary            text         not null,
    problem            text,
    approach           text,
    goals              text,
    benefits           text,
    outcomes           text,
    outcome_indicators jsonb        not null default '[]',
    legal_basis        text,
    cost_estimate      text,
    replication_kit    jsonb,
    contacts           jsonb        not null default '[]',
    awards             jsonb        not null default '[]',
    evidence_sources   jsonb        not null default '[]',
    running_status     varchar(20)  not null default 'tidak_diketahui'
                                    check (running_status in ('berjalan', 'terhenti', 'tidak_diketahui')),
    last_confirmed_on  date,
    status             varchar(20)  not null default 'draft'
                                    check (status in ('draft', 'in_review', 'published', 'archived')),
    language           varchar(10)  not null default 'id',
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    check (region_code is not null or owner_name is not null)
);
create index innovation_region_idx on innovation (region_code);
create index innovation_status_idx on innovation (status);

create table innovation_theme (
    innovation_id bigint      not null references innovation (id) on delete cascade,
    theme_code    varchar(60) not null references theme (code),
    primary key (innovation_id, theme_code)
);
create index innovation_theme_theme_idx on innovation_theme (theme_code);

create table learning_event (
    id                bigserial    primary key,
    slug              varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name              varchar(400) not null,
    event_date        date         not null,
    place             varchar(300),
    host_region_code  varchar(20)  references region (code),
    programme         varchar(300),
    summary           text,
    participants_note text,
    source_urls       jsonb        not null default '[]',
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0
);

create table learning_event_innovation (
    learning_event_id bigint not null references learning_event (id) on delete cascade,
    innovation_id     bigint not null references innovation (id) on delete cascade,
    primary key (learning_event_id, innovation_id)
);

create table learning_event_region (
    learning_event_id bigint      not null references learning_event (id) on delete cascade,
    region_code       varchar(20) not null references region (code),
    primary key (learning_event_id, region_code)
);

create table replication (
    id                     bigserial    primary key,
    source_innovation_id   bigint       not null references innovation (id) on delete cascade,
    adopter_region_code    varchar(20)  references region (code),
    adopter_name           varchar(300),               -- adopters that are not Indonesian regions
    adopter_country        char(2)      not null default 'ID',
    derived_innovation_id  bigint       references innovation (id) on delete set null,
    learning_event_id      bigint       references learning_event (id) on delete set null,
    status                 varchar(20)  not null check (status in
                               ('minat', 'studi_tiru', 'kesepakatan', 'uji_coba', 'diterapkan', 'dilembagakan', 'dihentikan')),
    year                   integer      check (year between 1945 and 2100),
    notes                  text,
    source_urls            jsonb        not null default '[]',
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0,
    check (adopter_region_code is not null or adopter_name is not null)
);
create index replication_source_idx on replication (source_innovation_id);
create index replication_adopter_idx on replication (adopter_region_code);

-- Append-only: history is never rewritten.
create table replication_status_change (
    id             bigserial    primary key,
    replication_id bigint       not null references replication (id) on delete cascade,
    status         varchar(20)  not null,
    occurred_on    date,                                -- null when the source gives no date
    note           text,
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz  not null
);
create index replication_status_change_idx on replication_status_change (replication_id, id);

create table app_user (
    id            bigserial    primary key,
    username      varchar(100) not null unique,
    password_hash varchar(200) not null,
    role          varchar(20)  not null check (role in ('curator', 'reviewer', 'admin')),
    created_at    timestamptz  not null
);

-- One replication record per source innovation and adopter; a restart continues the same record.
create unique index replication_natural_key
    on replication (source_innovation_id, coalesce(adopter_region_code, ''), coalesce(adopter_name, ''));
