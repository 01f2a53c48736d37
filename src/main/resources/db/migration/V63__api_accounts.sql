-- An account an administrator marked as another system's (a values feed, a monitoring check) rather than a
-- person's. With the council's accounts alone (QUARTERLY_SSO_LOCAL_PASSWORDS=false) people have no password here,
-- and HTTP Basic on the API takes only such an account's. Nobody is marked at first: the administrator marks them.
alter table app_user add column api_account boolean not null default false;
