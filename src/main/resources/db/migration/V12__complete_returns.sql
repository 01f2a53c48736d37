-- A figure that cannot be given this quarter is marked not available, with the reason the report prints.
alter table measure_value add column not_available_reason text;

-- A key action at Amber or worse is explained like a measure: reasons for performance, actions planned.
alter table key_action_status add column reasons text;
alter table key_action_status add column actions_planned text;

-- The director's note for the performance team, written at sign-off.
alter table service_return add column sign_off_note text;
