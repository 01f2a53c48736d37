-- A quarter the timer could not open, and why: the compliance screen says so to the performance team until the
-- quarter's cycle opens (on whichever node of a cluster asks), and each reason is mailed to them once.
create table automatic_opening_refusal (
    year_id           bigint      not null references reporting_year (id) on delete cascade,
    quarter           smallint    not null check (quarter between 1 and 4),
    reason            text        not null,
    first_tried_at    timestamptz not null,
    last_tried_at     timestamptz not null,
    stopped_trying_at timestamptz,
    primary key (year_id, quarter)
);
