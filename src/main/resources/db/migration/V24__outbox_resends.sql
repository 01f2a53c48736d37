-- Each "Send again" an administrator pressed: who and when, so that an auditor sees why a mail went twice.
create table outbox_resend (
    id         bigserial primary key,
    message_id bigint       not null references outbox_message (id),
    resent_by  varchar(100) not null references app_user (username),
    resent_at  timestamptz  not null
);
create index outbox_resend_message on outbox_resend (message_id);
