-- Each change to a year's framework (a measure's or key action's column, one added or removed, a framework setting
-- of the year), written in the transaction of the change: who changed what, when, by which way, and why when they
-- said. The year's label and the item's code are kept as written, with no key to the measure or key action (nor to
-- the year), so that the record outlives a removal. Kept as written: the database refuses to change or remove a row.
create table framework_event (
    id         bigserial primary key,
    year_id    bigint       not null,
    year_label varchar(7)   not null,
    kind       varchar(20)  not null,
    code       text         not null,
    what       varchar(40)  not null,
    from_value text,
    to_value   text,
    changed_by varchar(100) not null,
    changed_at timestamptz  not null,
    way        varchar(30)  not null,
    reason     text,
    constraint framework_event_kind_known check (kind in ('MEASURE', 'KEY_ACTION', 'YEAR')),
    constraint framework_event_way_known check (way in ('FILE_ON_SCREEN', 'API_FILE', 'FORM', 'SCREEN', 'API',
        'ROLLOVER', 'FILE'))
);
create index framework_event_year on framework_event (year_id, changed_at, id);

create function framework_event_kept() returns trigger language plpgsql as $$
begin
    raise exception 'The framework''s history is kept as written: a change cannot be altered or removed';
end $$;

create trigger framework_event_kept before update or delete on framework_event
    for each row execute function framework_event_kept();
create trigger framework_event_no_truncate before truncate on framework_event
    for each statement execute function framework_event_kept();
