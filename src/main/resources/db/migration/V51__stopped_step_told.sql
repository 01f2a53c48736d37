-- Each stopped step the performance team were mailed about, by the engine's incident: told once, by whichever node
-- of a cluster recorded it first.
create table stopped_step_told (
    incident_id varchar(64) primary key,
    told_at     timestamptz not null
);
