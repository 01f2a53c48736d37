-- The files behind a quarter's figure (the system extract, the calculation, the count sheet), kept for internal
-- audit beside the figure: by measure and quarter, as measure_value keeps the figure, so they go where it goes.
create table measure_evidence (
    id          bigserial    primary key,
    measure_id  bigint       not null references measure (id) on delete cascade,
    quarter     smallint     not null check (quarter between 1 and 4),
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  int          not null check (size_bytes between 1 and 10485760),
    sha256      char(64)     not null,
    content     bytea        not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamptz  not null
);
create index measure_evidence_measure on measure_evidence (measure_id, quarter);
-- Most evidence (PDF, Office files, images) is compressed already: not worth compressing again.
alter table measure_evidence alter column content set storage external;
