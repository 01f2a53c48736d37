-- A measure moved mid-quarter takes into its new return's history, field by field, whoever last stored each field in
-- a return of the quarter: read by the measure's code and the field, not by scanning every return of the cycle.
create index return_event_item on return_event (item, kind, at);
