-- A highlight report is saved like the measures and key actions of a return: each save names the version
-- its page read, so one preparer's words are never overwritten by another's unknowingly.
alter table return_highlight add column version int not null default 0;
