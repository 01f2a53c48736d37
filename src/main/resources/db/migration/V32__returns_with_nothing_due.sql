-- A return withdrawn in an open cycle because every measure and key action it asked for moved to other services
-- (a restructure mid-year) is no longer owed: returns.ReturnStatus.WITHDRAWN, "Nothing due".
alter table service_return drop constraint service_return_status_known;
alter table service_return add constraint service_return_status_known
    check (status in ('NOT_STARTED', 'DRAFT', 'SENT_BACK', 'SUBMITTED', 'SIGNED_OFF', 'ACCEPTED',
                      'REOPENED', 'WITHDRAWN')); -- returns.ReturnStatus
