-- The service whose return held a measure's figure for a quarter, where that is not the measure's service now: kept
-- when a restructure moves a measure after that quarter's returns stopped following the framework (its report
-- published), as the figure stayed in the return that gave it. Whether such a figure is in is judged by that return,
-- not by the new service's return of the quarter. Moves made before this table have no row: judged as before.
create table measure_quarter_service (
    measure_id bigint   not null references measure (id) on delete cascade,
    quarter    smallint not null check (quarter between 1 and 4),
    service_id bigint   not null references service (id),
    primary key (measure_id, quarter)
);
