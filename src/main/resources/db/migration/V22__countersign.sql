-- A strategic director's countersignature of a signed-off return: optional, once per sign-off. It names the
-- trail's record of the sign-off it countersigns, so a return sent back or reopened and signed off again needs
-- a new one, while the earlier one stays on record.
create table countersignature (
    id               bigserial primary key,
    return_id        bigint       not null references service_return (id),
    sign_off_event   bigint       not null unique references return_event (id),
    countersigned_by varchar(100) not null,
    countersigned_at timestamptz  not null,
    comment          text
);
create index countersignature_return on countersignature (return_id);
