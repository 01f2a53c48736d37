-- One cycle per quarter; one return per service in it.
create table cycle (
    id                  bigserial primary key,
    year_id             bigint       not null references reporting_year (id),
    quarter             smallint     not null check (quarter between 1 and 4),
    status              varchar(30)  not null default 'OPEN',
    submission_deadline timestamptz  not null,
    compilation_date    timestamptz  not null,
    opened_by           varchar(100),
    opened_at           timestamptz  not null default now(),
    process_instance_id varchar(64),
    unique (year_id, quarter)
);

create table service_return (
    id                  bigserial primary key,
    cycle_id            bigint      not null references cycle (id),
    service_id          bigint      not null references service (id),
    status              varchar(30) not null default 'NOT_STARTED',
    first_submitted_at  timestamptz,
    submitted_at        timestamptz,
    submitted_by        varchar(100),
    signed_off_at       timestamptz,
    signed_off_by       varchar(100),
    accepted_at         timestamptz,
    accepted_by         varchar(100),
    sent_back_comment   text,
    process_instance_id varchar(64),
    version             int         not null default 0,
    unique (cycle_id, service_id)
);
create index service_return_status on service_return (status);
