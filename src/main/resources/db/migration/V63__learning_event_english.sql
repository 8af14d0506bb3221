-- Optional English versions of a learning event's texts, as innovations have (decision 223).
alter table learning_event
    add column name_en              varchar(400),
    add column summary_en           text,
    add column participants_note_en text;
