-- An approved report version is frozen whole: no column of its row changes, it is never deleted, and a
-- row only becomes APPROVED through approval (from AWAITING_APPROVAL, with the chief executive's decision
-- recorded), never by an insert. V6 froze only the files and turned a delete into nothing.
drop rule if exists report_version_no_delete on report_version;
drop trigger if exists report_version_frozen on report_version;
drop function if exists report_version_frozen();

create function report_version_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.status not in ('DRAFT', 'AWAITING_APPROVAL') then
            raise exception 'A report version is inserted as a draft; it is approved only by the chief executive';
        end if;
        return new;
    end if;
    if old.status in ('APPROVED', 'SUPERSEDED') then
        if tg_op = 'DELETE' then
            raise exception 'Report version % of cycle % is approved and cannot be deleted', old.version, old.cycle_id;
        end if;
        if new is distinct from old then
            raise exception 'Report version % of cycle % is approved and cannot be changed', old.version, old.cycle_id;
        end if;
        return new;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    if new.status in ('APPROVED', 'SUPERSEDED') and (old.status <> 'AWAITING_APPROVAL'
            or new.decided_by is null or new.decided_at is null
            or new.decided_by is distinct from old.decided_by or new.decided_at is distinct from old.decided_at
            or new.id <> old.id or new.cycle_id <> old.cycle_id or new.version <> old.version
            or not exists (select 1 from user_role r where r.username = new.decided_by and r.role = 'CHIEF_EXECUTIVE')) then
        raise exception 'Report version % of cycle % can only be approved by the chief executive''s recorded decision',
            old.version, old.cycle_id;
    end if;
    return new;
end $$;

create trigger report_version_frozen before insert or update or delete on report_version
    for each row execute function report_version_frozen();

create function report_version_no_truncate() returns trigger language plpgsql as $$
begin
    if exists (select 1 from report_version where status in ('APPROVED', 'SUPERSEDED')) then
        raise exception 'Approved report versions cannot be removed';
    end if;
    return null;
end $$;

create trigger report_version_no_truncate before truncate on report_version
    for each statement execute function report_version_no_truncate();
