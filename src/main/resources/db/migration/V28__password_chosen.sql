-- False while a user's password is one an administrator set for them (a new account's, or a reset): signed in
-- with it, they choose their own before anything else, so that only they know the password they go on with.
-- Everyone's password from before this rule stands as chosen.
alter table app_user add column password_chosen boolean not null default true;
