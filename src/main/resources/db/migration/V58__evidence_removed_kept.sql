-- A file removed from a return's evidence is kept, marked removed by whom and when: a return reopened after its
-- quarter was published may lose a file behind the figure Cabinet was given, and the quarter's audit pack must still
-- hold it. The return's form, its counts and the API leave removed files out; nothing stops the same name coming back.
alter table measure_evidence add column removed_by varchar(100), add column removed_at timestamptz,
    add constraint measure_evidence_removed_both check ((removed_by is null) = (removed_at is null));
