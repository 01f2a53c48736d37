-- Sign-in attempts per username (lower case, trimmed), counted in the database so that every instance of a
-- cluster counts the same attempts and a restart forgets none: the recent failures' times and, once too many
-- came within the window, until when the username is locked. A row goes when its sign-in succeeds, or when it
-- has been quiet longer than a window and a lock together.
create table sign_in_attempt (
    username_key varchar(200) primary key,
    failures     timestamptz[] not null,
    locked_until timestamptz,
    updated_at   timestamptz  not null
);
create index sign_in_attempt_updated on sign_in_attempt (updated_at);
