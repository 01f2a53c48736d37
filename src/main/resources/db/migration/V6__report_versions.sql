-- Each compiled report version of a cycle. An approved version is frozen: its files, their hashes and
-- the data they were made from never change; a correction makes the next version.
create table report_version (
    id            bigserial primary key,
    cycle_id      bigint      not null references cycle (id),
    version       int         not null,
    status        varchar(30) not null default 'DRAFT', -- DRAFT, AWAITING_APPROVAL, APPROVED, SUPERSEDED
    compiled_at   timestamptz not null,
    input_json    text        not null,
    html          text        not null,
    pdf           bytea       not null,
    xlsx          bytea       not null,
    pdf_sha256    varchar(64) not null,
    xlsx_sha256   varchar(64) not null,
    change_note   text,
    decided_by    varchar(100),
    decided_at    timestamptz,
    decision_note text,
    unique (cycle_id, version)
);

-- The performance team's commentary for the executive summary.
alter table cycle add column commentary text;

-- An approved version is never changed; refuse it in the database too.
create function report_version_frozen() returns trigger language plpgsql as $$
begin
    if old.status = 'APPROVED' and (new.html is distinct from old.html or new.pdf is distinct from old.pdf
            or new.xlsx is distinct from old.xlsx or new.input_json is distinct from old.input_json
            or new.status not in ('APPROVED', 'SUPERSEDED')) then
        raise exception 'Report version % of cycle % is approved and cannot be changed', old.version, old.cycle_id;
    end if;
    return new;
end $$;
create trigger report_version_frozen before update on report_version
    for each row execute function report_version_frozen();
create rule report_version_no_delete as on delete to report_version where old.status = 'APPROVED' do instead nothing;
