-- Each stopped step of a cycle (its own, or one of its returns') that the performance team asked to be tried again:
-- which, what it had failed with, who asked and when, so that an auditor sees why a notice went late or a report
-- compiled a day after its date.
create table step_retry (
    id         bigserial primary key,
    cycle_id   bigint       not null references cycle (id),
    return_id  bigint       references service_return (id),
    step       varchar(100) not null,
    failure    text,
    retried_by varchar(100) not null references app_user (username),
    retried_at timestamptz  not null
);
create index step_retry_cycle on step_retry (cycle_id);
