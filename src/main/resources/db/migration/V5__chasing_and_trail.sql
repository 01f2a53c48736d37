-- How each cycle chases: reminder days before the deadline, their time, and the escalation periods.
alter table cycle add column reminder_days varchar(100) not null default '7, 2';
alter table cycle add column reminder_time time not null default '09:00';
alter table cycle add column grace_working_days int not null default 5;
alter table cycle add column second_escalation_working_days int not null default 5;

-- Every reminder, overdue notice, escalation and manual chase, one row per recipient.
create table chase (
    id                bigserial primary key,
    return_id         bigint       not null references service_return (id),
    step              varchar(60)  not null, -- REMINDER_7, OVERDUE, ESCALATION_STRATEGIC, ESCALATION_CHIEF_EXECUTIVE, MANUAL
    kind              varchar(40)  not null,
    sent_at           timestamptz  not null,
    sent_by           varchar(100),
    recipient         varchar(320) not null,
    outbox_message_id bigint references outbox_message (id)
);
create index chase_return on chase (return_id);

-- What happened to a return, by whom: the audit trail.
create table return_event (
    id        bigserial primary key,
    return_id bigint       not null references service_return (id),
    at        timestamptz  not null,
    actor     varchar(100) not null,
    kind      varchar(40)  not null,
    item      varchar(60),
    old_value text,
    new_value text,
    comment   text
);
create index return_event_return on return_event (return_id, at);

-- A director's deputy for a period: may prepare and sign off the service's return.
create table delegation (
    id         bigserial primary key,
    service_id bigint       not null references service (id),
    deputy     varchar(100) not null references app_user (username),
    starts_on  date         not null,
    ends_on    date         not null,
    created_by varchar(100) not null,
    created_at timestamptz  not null default now(),
    check (ends_on >= starts_on)
);

-- How far the automatic chasing of a return has got: steps due up to this time are done.
alter table service_return add column chased_until timestamptz;

-- Messages a person asked to receive as one daily digest wait here until it goes.
alter table outbox_message add column held_for_digest boolean not null default false;
