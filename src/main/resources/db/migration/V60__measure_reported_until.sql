-- The last quarter a measure is reported in its year (a collection withdrawn mid-year); null for the whole year.
alter table measure add column reported_until smallint check (reported_until between 1 and 4);
