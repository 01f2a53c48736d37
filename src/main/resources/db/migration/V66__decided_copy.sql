-- The copy of a version the chief executive decided on. Publication prints the approved version again (its cover
-- names who approved it and when), so pdf_sha256 and xlsx_sha256 become those of the published files; these keep the
-- hashes and compile time of the files as they were put before the chief executive, copied from the row itself
-- when the decision is recorded and cleared when the version is compiled again. A version decided before this has
-- none, and as the V10 trigger freezes an approved row, none can be filled in.
alter table report_version
    add column decided_pdf_sha256  varchar(64),
    add column decided_xlsx_sha256 varchar(64),
    add column decided_compiled_at timestamptz;

-- A version the chief executive approved before this whose publication has not run yet (its step queued, or failing
-- and to be tried again): its files are still the ones decided on, so they are its decided copy, without which the
-- trigger below would refuse its publication for good.
update report_version set decided_pdf_sha256 = pdf_sha256, decided_xlsx_sha256 = xlsx_sha256,
    decided_compiled_at = compiled_at
where status = 'AWAITING_APPROVAL' and decided_by is not null;

-- A version is approved only as it was decided on: its decided copy kept, and its files still the ones the decision
-- was made on when publication replaces them. Named to fire after V10's trigger (PostgreSQL fires them in name
-- order), so that an approval without the chief executive's decision is refused as that.
create function report_version_published_as_read() returns trigger language plpgsql as $$
begin
    if old.status = 'AWAITING_APPROVAL' and new.status = 'APPROVED' and (old.decided_pdf_sha256 is null
            or old.decided_xlsx_sha256 is null or old.decided_compiled_at is null
            or new.decided_pdf_sha256 is distinct from old.decided_pdf_sha256
            or new.decided_xlsx_sha256 is distinct from old.decided_xlsx_sha256
            or new.decided_compiled_at is distinct from old.decided_compiled_at
            or old.pdf_sha256 <> old.decided_pdf_sha256 or old.xlsx_sha256 <> old.decided_xlsx_sha256
            or old.compiled_at <> old.decided_compiled_at or new.compiled_at <> old.compiled_at) then
        raise exception 'Report version % of cycle % is approved only as the chief executive decided on it',
            old.version, old.cycle_id;
    end if;
    return new;
end $$;
create trigger report_version_published_as_read before update on report_version
    for each row execute function report_version_published_as_read();
