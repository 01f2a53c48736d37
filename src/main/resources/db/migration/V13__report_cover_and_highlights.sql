-- The cover report that goes to Cabinet with a quarter's corporate performance report: entered by the
-- performance team for each cycle and printed before the report itself.
create table report_cover (
    cycle_id             bigint       primary key references cycle (id),
    meeting              varchar(200),
    meeting_date         date,
    title                varchar(300),
    purpose              text,
    key_decision         boolean,
    recommendations      text,
    reasons              text,
    cabinet_member       varchar(300),
    director_responsible varchar(300),
    contact_officer      varchar(500),
    updated_by           varchar(100) not null,
    updated_at           timestamptz  not null
);

-- Highlight reports (current issues, improvements, the head of service's narrative): an optional part
-- of a service's return, asked of the services the performance team chooses, compiled after the themes.
alter table service add column highlight_report boolean not null default false;

create table return_highlight (
    return_id      bigint       primary key references service_return (id),
    current_issues text,
    improvements   text,
    narrative      text,
    updated_by     varchar(100) not null,
    updated_at     timestamptz  not null
);
