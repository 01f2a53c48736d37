-- One row per outbound message; the key makes sending idempotent.
create table outbox_message (
    id           bigserial primary key,
    message_key  varchar(300) not null unique,
    kind         varchar(40)  not null,
    recipient    varchar(320) not null,
    subject      varchar(500) not null,
    body_text    text         not null,
    body_html    text,
    cycle_id     bigint,
    return_id    bigint,
    created_at   timestamptz  not null default now(),
    status       varchar(20)  not null default 'PENDING',
    delivered_at timestamptz,
    attempts     int          not null default 0,
    last_error   text
);
create index outbox_message_return on outbox_message (return_id);
create index outbox_message_created on outbox_message (created_at);
