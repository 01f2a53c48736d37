-- A provisional figure of an earlier quarter, confirmed final or revised in a later quarter's return of the same
-- service; the earlier figure is changed only when that return is accepted (applied_at), once.
create table earlier_figure (
    return_id       bigint       not null references service_return (id) on delete cascade,
    measure_id      bigint       not null references measure (id) on delete cascade,
    earlier_quarter smallint     not null check (earlier_quarter between 1 and 3),
    reported        numeric      not null,
    decision        varchar(20)  not null check (decision in ('CONFIRMED', 'REVISED')),
    revised         numeric,
    reason          text,
    updated_by      varchar(100) not null,
    updated_at      timestamptz  not null default now(),
    version         integer      not null default 1,
    applied_at      timestamptz,
    primary key (return_id, measure_id, earlier_quarter)
);
create index earlier_figure_measure on earlier_figure (measure_id);
