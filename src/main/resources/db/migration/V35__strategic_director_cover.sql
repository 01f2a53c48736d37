-- A strategic director names cover for a period: another strategic director who receives the escalations of their
-- directorate meanwhile. It is a delegation of the directorate rather than of a service; named_for is the strategic
-- director covered.
alter table delegation alter column service_id drop not null;
alter table delegation add column directorate_id bigint references directorate (id);
alter table delegation add constraint delegation_of_a_service_or_a_directorate
    check ((service_id is null) <> (directorate_id is null));
create index delegation_named_for on delegation (named_for) where directorate_id is not null;
