-- "Forgot your password?": each request, with the client address that made it (to throttle it), and, when it
-- matched someone, the link sent to them. Only a SHA-256 hash of the link's token is kept: what the database holds
-- cannot be turned back into a working link. A link works once, until it expires or a newer one or a reset ends it.
-- Requests are kept a day (for the hourly throttles), then removed.
create table password_reset (
    id             bigserial primary key,
    requested_at   timestamptz  not null,
    client_address varchar(64)  not null,
    username       varchar(100) references app_user (username),
    token_hash     char(64) unique,
    expires_at     timestamptz,
    used_at        timestamptz,
    ended_at       timestamptz
);
create index password_reset_requested on password_reset (requested_at);
create index password_reset_client on password_reset (client_address, requested_at);
create index password_reset_username on password_reset (username, requested_at);
