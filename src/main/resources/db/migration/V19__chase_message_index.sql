-- A chase is recorded once per outbox message: recording one first looks for an earlier record of that message,
-- which without this index read the whole chase history, a table that grows every quarter.
create index chase_outbox_message on chase (outbox_message_id);
