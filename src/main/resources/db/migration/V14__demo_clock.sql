-- The demo's moved clock is part of its data: where the demo's time stood when the application last ran,
-- so that a restart carries on from there instead of jumping to today and firing years of timers.
create table demo_clock (
    id       smallint primary key default 1 check (id = 1),
    demo_now timestamptz not null,
    saved_at timestamptz not null
);
