-- Status columns accept only the values the application knows (the Java enums named beside each), so a
-- typo in SQL or a hand edit fails at once instead of leaving a row no screen can read.
alter table cycle add constraint cycle_status_known
    check (status in ('OPEN', 'COMPILED', 'AWAITING_APPROVAL', 'RETURNED', 'PUBLISHED')); -- cycle.CycleStatus
alter table service_return add constraint service_return_status_known
    check (status in ('NOT_STARTED', 'DRAFT', 'SENT_BACK', 'SUBMITTED', 'SIGNED_OFF', 'ACCEPTED',
                      'REOPENED')); -- returns.ReturnStatus
alter table report_version add constraint report_version_status_known
    check (status in ('DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'SUPERSEDED')); -- report.ReportStatus (+ V6's SUPERSEDED)
alter table outbox_message add constraint outbox_message_status_known
    check (status in ('PENDING', 'DELIVERED', 'NOT_SENT', 'HELD', 'DIGESTED')); -- base.mail.OutboxEntry.Status
alter table key_action_status add constraint key_action_status_rag_known
    check (status is null or status in ('GREEN', 'AMBER_GREEN', 'AMBER', 'RED_AMBER', 'RED', 'NOT_DUE', 'MISSING',
                                        'NONE')); -- framework.Rag

-- The outbox's scans: the administrator's view by status and time, and the 07:00 digest reading what is held,
-- recipient by recipient, oldest first.
create index outbox_message_status on outbox_message (status, created_at);
create index outbox_message_held on outbox_message (recipient, created_at, id) where status = 'HELD';

-- A message names the cycle and return it is about; neither is ever deleted, so the keys only refuse
-- a message about something that does not exist.
alter table outbox_message add constraint outbox_message_cycle foreign key (cycle_id) references cycle (id);
alter table outbox_message add constraint outbox_message_return foreign key (return_id) references service_return (id);
create index outbox_message_cycle on outbox_message (cycle_id);
