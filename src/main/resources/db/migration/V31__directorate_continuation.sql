-- A restructure that renames a directorate: from the year named, the earlier directorate continues as one of that
-- year's. Its strategic directors move to it when the year begins (at once when it already has); earlier years
-- keep their own directorates and reports under the old name.
create table directorate_continuation (
    year_id         bigint       not null references reporting_year (id),
    directorate_id  bigint       not null references directorate (id),
    continues_as_id bigint       not null references directorate (id),
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null,
    applied_at      timestamptz,  -- when its strategic directors were moved; null until the year begins
    primary key (year_id, directorate_id),
    check (directorate_id <> continues_as_id)
);
