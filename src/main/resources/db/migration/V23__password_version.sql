-- Moves on with every change of a user's password. A session remembers the version its user signed in with
-- and ends at its next request once the two differ, on every instance, since each request reads the user.
alter table app_user add column password_version integer not null default 0;
