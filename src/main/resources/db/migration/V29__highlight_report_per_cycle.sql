-- Which services give a highlight report is chosen for a quarter's cycle: a choice made for a later quarter leaves
-- an earlier quarter's report, and a correction of it, as that quarter asked. The service's own flag stays as the
-- choice a new cycle starts from (the latest made). Cycles already run keep what they printed: today's flags.
alter table service_return add column highlight_wanted boolean not null default false;
update service_return r set highlight_wanted = true from service s where s.id = r.service_id and s.highlight_report;
