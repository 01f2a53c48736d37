-- A file removed from a return's evidence belongs to the return it was removed from, whatever happens to its measure
-- afterwards: a measure moved to another service mid-quarter takes its figure and the files still kept into the new
-- service's return, never the files removed before it went. The audit pack files each removed file by this return.
alter table measure_evidence add column removed_from_return bigint references service_return (id),
    add constraint measure_evidence_removed_from check (removed_from_return is null or removed_at is not null);
-- Files removed before now: the return whose history records the removal (the entry written with it, naming the file
-- by its name and the start of its SHA-256). One no history records is filed, as before, by its measure's return.
update measure_evidence f set removed_from_return = (
    select ev.return_id from measure m
    join cycle c on c.year_id = m.year_id and c.quarter = f.quarter
    join service_return r on r.cycle_id = c.id
    join return_event ev on ev.return_id = r.id and ev.item = m.code and ev.kind = 'EVIDENCE_REMOVED'
      and ev.at >= f.removed_at and ev.actor = f.removed_by
    where m.id = f.measure_id and left(ev.old_value, length(f.file_name) + 2) = f.file_name || ' ('
      and right(ev.old_value, 21) = 'SHA-256 ' || left(f.sha256, 12) || ')'
    order by ev.at, ev.id limit 1)
where f.removed_at is not null;
create index measure_evidence_removed_from on measure_evidence (removed_from_return)
    where removed_from_return is not null;
