-- A later return accepted after the earlier figure was corrected in its own return applied nothing: its word on the
-- figure is kept for the trail, but it is no revision, and reports must not print the figure "r".
alter table earlier_figure add column changed_meanwhile boolean not null default false;
