-- An extension of one return's deadline agreed by the performance team: the return is due then, not at the
-- cycle's deadline. Null: due at the cycle's deadline. The trail keeps every extension and who agreed it.
alter table service_return add column extended_to timestamptz, add column extension_reason varchar(2000);
