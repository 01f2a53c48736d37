-- An extension is agreed for a reason, which the service is told and auditors read: the database refuses one
-- without, whatever writes it.
alter table service_return add constraint service_return_extension_has_reason
    check (extended_to is null or coalesce(length(btrim(extension_reason)), 0) > 0);
