-- When a return's chase was last planned: when it was issued, or planned again when its deadline moved (V52). A
-- reminder due before then is not sent straight after the service was told of the return or of the change: a cycle
-- opened at 10:00 sends its issue notice, not also the "7 days to go" reminder its plan had at 09:00.
alter table service_return rename column chase_replanned_at to chase_planned_at;
update service_return r set chase_planned_at = c.opened_at
from cycle c where c.id = r.cycle_id and r.chase_planned_at is null;
