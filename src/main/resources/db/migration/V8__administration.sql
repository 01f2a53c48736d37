-- A delegation ended early, or withdrawn before it began, keeps its row: who named and who ended the
-- deputy stay on record.
alter table delegation add column ended_by varchar(100);
alter table delegation add column ended_at timestamptz;
alter table delegation add column withdrawn boolean not null default false;

-- The reminder schedule a new cycle starts from; one row at most (none: the built-in schedule).
create table chase_defaults (
    id                             int          primary key check (id = 1),
    reminder_days                  varchar(200) not null,
    reminder_time                  time         not null,
    grace_working_days             int          not null,
    second_escalation_working_days int          not null,
    changed_by                     varchar(100) not null,
    changed_at                     timestamptz  not null
);

-- Who last changed a user's details, roles, password or status.
alter table app_user add column changed_by varchar(100);
alter table app_user add column changed_at timestamptz;
