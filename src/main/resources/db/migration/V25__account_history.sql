-- Each change to a person's account (created, roles, place, email, name, disabled or enabled, password reset),
-- written in the transaction of the change: who could do what, since when, and who gave them the right.
-- Never a password or its hash. Kept as written: the database refuses to change or remove an event.
create table account_event (
    id         bigserial primary key,
    username   varchar(100) not null,
    kind       varchar(40)  not null,
    from_value text,
    to_value   text,
    changed_by varchar(100) not null,
    changed_at timestamptz  not null,
    way        varchar(20)  not null
);
create index account_event_username on account_event (username, changed_at);

create function account_event_kept() returns trigger language plpgsql as $$
begin
    raise exception 'Account history is kept as written: an event cannot be changed or removed';
end $$;

create trigger account_event_kept before update or delete on account_event
    for each row execute function account_event_kept();
create trigger account_event_no_truncate before truncate on account_event
    for each statement execute function account_event_kept();
