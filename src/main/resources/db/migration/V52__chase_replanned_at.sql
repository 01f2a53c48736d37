-- When a return's chase was last planned again (its deadline extended, the extension withdrawn, or its cycle's dates
-- changed): a reminder the new plan had due before then is not sent straight after the service was told of the change.
alter table service_return add column chase_replanned_at timestamptz;
