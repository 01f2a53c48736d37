-- The organisation: directorates own services; each service has one director.
create table directorate (
    id   bigserial primary key,
    name varchar(200) not null unique
);

create table service (
    id             bigserial primary key,
    name           varchar(200) not null unique,
    directorate_id bigint       not null references directorate (id)
);

create table theme (
    id   bigserial primary key,
    name varchar(200) not null unique
);

create table app_user (
    username       varchar(100) primary key,
    display_name   varchar(200) not null,
    email          varchar(320),
    password_hash  varchar(100) not null,
    service_id     bigint references service (id),
    directorate_id bigint references directorate (id),
    enabled        boolean      not null default true,
    demo           boolean      not null default false,
    daily_digest   boolean      not null default false,
    created_at     timestamptz  not null default now()
);

create table user_role (
    username varchar(100) not null references app_user (username) on delete cascade,
    role     varchar(40)  not null,
    primary key (username, role)
);
create index user_role_role on user_role (role);
