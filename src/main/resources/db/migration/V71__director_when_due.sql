-- The directors a service had when each of its returns fell due (its deadline, or its agreed extension): who answered
-- for a return its own director never signed off. Kept just before any change to people, for each return whose
-- deadline had passed by then, so the names are those in post at the deadline however the post has changed since;
-- due_at is the deadline they were kept for (a deadline moved later makes them stale). directors: their names, as
-- the compliance screen lists them; null when the service had none.
create table return_director_when_due (
    return_id bigint      primary key references service_return (id),
    due_at    timestamptz not null,
    directors text
);
