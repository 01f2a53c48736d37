-- A return withdrawn and then due again is owed as a new one and chased as one: the chases sent before it was issued
-- again stay in its record (and the compliance counts) but do not count as its new plan's steps sent. The last chase
-- of the return before it was issued again; null when it never was.
alter table service_return add column chases_after bigint;
