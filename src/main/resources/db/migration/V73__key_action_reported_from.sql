-- The first quarter a key action is reported in its year, as a measure's (V67): one added once a quarter's report is
-- published is not owed by that quarter's returns (nor a correction of them), and its reports print it Not due. Null
-- for the whole year (from Q1); 5 for one added once Q4's report is published, which no return of the year asks for.
alter table key_action add column reported_from smallint check (reported_from between 1 and 5);

-- Existing key actions: from the quarter after the last one whose report was published when the framework's history
-- records the key action added (its latest "added" entry); none recorded, from Q1.
update key_action a set reported_from = added.quarter
from (select a2.id, (select max(c.quarter) + 1 from cycle c join report_version v on v.cycle_id = c.id
                     where c.year_id = a2.year_id and v.status in ('APPROVED', 'SUPERSEDED')
                       and v.decided_at <= e.added_at) as quarter
      from key_action a2
      join lateral (select max(changed_at) as added_at from framework_event
                    where year_id = a2.year_id and kind = 'KEY_ACTION' and what = 'added'
                      and lower(code) = lower(a2.code)) e on e.added_at is not null) added
where added.id = a.id and added.quarter is not null;
