-- Optional English versions of an innovation's name and long texts (issue 22): shown on English pages,
-- indexed and searched with English analysis. Absent means "not translated": pages fall back to Indonesian.
alter table innovation
    add column name_en     varchar(300),
    add column summary_en  text,
    add column problem_en  text,
    add column approach_en text,
    add column goals_en    text,
    add column benefits_en text,
    add column outcomes_en text;

alter table innovation_audit
    add column name_en     varchar(300),
    add column summary_en  text,
    add column problem_en  text,
    add column approach_en text,
    add column goals_en    text,
    add column benefits_en text,
    add column outcomes_en text;
