-- A past year's outturn may have been published in another unit than this year's measure
-- (a percentage outturn for a measure now counted in tonnes): print it as it was published.
alter table measure_history add column unit varchar(40);
alter table measure_history add constraint measure_history_unit_only_for_outturns
    check (unit is null or quarter is null);
