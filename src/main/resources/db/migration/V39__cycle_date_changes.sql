-- A cycle's deadline and compilation date changed after it opened (a typo mended, say): who, when, from, to and
-- why, shown on the compliance screen.
create table cycle_date_change (
    id                  bigserial primary key,
    cycle_id            bigint       not null references cycle (id) on delete cascade,
    changed_by          varchar(100) not null,
    changed_at          timestamptz  not null,
    old_deadline        timestamptz  not null,
    new_deadline        timestamptz  not null,
    old_compilation     timestamptz  not null,
    new_compilation     timestamptz  not null,
    reason              varchar(2000) not null
);
create index cycle_date_change_cycle on cycle_date_change (cycle_id);
