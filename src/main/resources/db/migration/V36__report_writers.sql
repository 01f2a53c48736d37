-- Every save that changed a report's cover report for Cabinet or its commentary for the executive summary: who and
-- when. report_cover keeps only the last writer, and the commentary none, yet nobody who wrote any version may approve
-- the report. Kept as written: the database refuses to change or remove a row.
create table report_writing (
    id         bigserial primary key,
    cycle_id   bigint       not null references cycle (id),
    part       varchar(20)  not null check (part in ('COVER', 'COMMENTARY')),
    written_by varchar(100) not null,
    written_at timestamptz  not null
);
create index report_writing_cycle on report_writing (cycle_id, written_at);

-- The last writer of each cover report saved so far; earlier ones, and the commentary's, were never kept.
insert into report_writing (cycle_id, part, written_by, written_at)
select cycle_id, 'COVER', updated_by, updated_at from report_cover;

create function report_writing_kept() returns trigger language plpgsql as $$
begin
    raise exception 'Who wrote the report is kept as written: a row cannot be changed or removed';
end $$;

create trigger report_writing_kept before update or delete on report_writing
    for each row execute function report_writing_kept();
create trigger report_writing_no_truncate before truncate on report_writing
    for each statement execute function report_writing_kept();
