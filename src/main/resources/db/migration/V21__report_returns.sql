-- Each time the chief executive returns the report, with the comments. A revised report is the same version
-- compiled again and awaits a new decision, so the comments are kept here rather than only on the version.
create table report_return (
    id          bigserial primary key,
    cycle_id    bigint       not null references cycle (id),
    version     int          not null,
    returned_by varchar(100) not null,
    returned_at timestamptz  not null,
    comment     text         not null
);
create index report_return_cycle on report_return (cycle_id);
