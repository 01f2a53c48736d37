-- Units are free text as the council writes them (1-40 characters); the former closed list becomes words.
alter table measure alter column unit type varchar(40);
update measure set unit = case unit
    when 'PERCENT' then '%'
    when 'COUNT' then 'count'
    when 'NUMBER' then 'number'
    when 'GBP' then '£'
    when 'DAYS' then 'days'
    when 'RATE_PER_10K' then 'rate per 10k'
    when 'RATE_PER_100K' then 'rate per 100k'
    else unit end;

-- The organisation per reporting year: councils restructure, so each year places its services in its own
-- directorates, under the name that year uses. service.name and service.directorate_id are the current
-- placement (of the reporting year under way), which people and their duties follow.
create table service_placement (
    year_id        bigint       not null references reporting_year (id),
    service_id     bigint       not null references service (id),
    directorate_id bigint       not null references directorate (id),
    name           varchar(200) not null,
    service_code   varchar(30),  -- the service's identity across years when its name changes
    primary key (year_id, service_id),
    unique (year_id, name),
    unique (year_id, service_code)
);

-- Until now the structure was the same for all years: every year keeps the one it had.
insert into service_placement (year_id, service_id, directorate_id, name)
select y.id, s.id, s.directorate_id, s.name from reporting_year y cross join service s;
