-- A reporting year's framework: measures and key actions, their history and quarterly values.
create table reporting_year (
    id         bigserial primary key,
    label      varchar(7)  not null unique,          -- 2017-18
    starts_on  date        not null,                 -- 1 April
    band_edges varchar(50) not null default '5;10;15' -- FIVE_POINT edges e1;e2;e3 (percent shortfall)
);

create table measure (
    id              bigserial primary key,
    year_id         bigint       not null references reporting_year (id),
    code            varchar(30)  not null,
    title           varchar(500) not null,
    service_id      bigint       not null references service (id),
    theme_id        bigint       not null references theme (id),
    outcome         varchar(500),
    source          varchar(500),
    unit            varchar(20)  not null,
    polarity        varchar(20)  not null,
    frequency       varchar(20)  not null,
    due_quarter     smallint     not null default 4 check (due_quarter between 1 and 4),
    aggregation     varchar(20)  not null,
    target_kind     varchar(10)  not null,
    target          numeric,
    floor           numeric,
    tolerance_pct   numeric,
    rag_scheme      varchar(20)  not null,
    profile_q1      numeric      not null default 25,
    profile_q2      numeric      not null default 50,
    profile_q3      numeric      not null default 75,
    profile_q4      numeric      not null default 100,
    lower_threshold numeric,
    upper_threshold numeric,
    decimals        smallint,
    row_order       int          not null default 0,
    unique (year_id, code)
);
create index measure_service on measure (service_id);

create table key_action (
    id         bigserial primary key,
    year_id    bigint       not null references reporting_year (id),
    code       varchar(30)  not null,
    title      varchar(500) not null,
    service_id bigint       not null references service (id),
    theme_id   bigint       not null references theme (id),
    outcome    varchar(500),
    row_order  int          not null default 0,
    unique (year_id, code)
);

-- Outturns of earlier years (quarter null) and earlier quarters' own values, for trends.
create table measure_history (
    id          bigserial primary key,
    measure_id  bigint     not null references measure (id) on delete cascade,
    period_year varchar(7) not null,
    quarter     smallint check (quarter between 1 and 4),
    value       numeric    not null
);
create unique index measure_history_period on measure_history (measure_id, period_year, coalesce(quarter, 0));

-- This year's quarter values: one row per measure and quarter, whoever entered it.
create table measure_value (
    id                     bigserial primary key,
    measure_id             bigint      not null references measure (id) on delete cascade,
    quarter                smallint    not null check (quarter between 1 and 4),
    value                  numeric,
    note                   varchar(2000),
    numerator              numeric,
    denominator            numeric,
    reasons                text,
    actions_planned        text,
    query_explanation      text,
    rag_override           varchar(20),
    override_by            varchar(100),
    override_at            timestamptz,
    override_justification text,
    updated_by             varchar(100),
    updated_at             timestamptz not null default now(),
    version                int         not null default 0,
    unique (measure_id, quarter)
);

create table key_action_status (
    id         bigserial primary key,
    action_id  bigint      not null references key_action (id) on delete cascade,
    quarter    smallint    not null check (quarter between 1 and 4),
    status     varchar(20),
    commentary text,
    updated_by varchar(100),
    updated_at timestamptz not null default now(),
    version    int         not null default 0,
    unique (action_id, quarter)
);
