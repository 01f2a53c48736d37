-- The last day a deputy or cover was named to, kept when the delegation is ended early: the end then moves to the
-- day before it ended, and the account history's "named" entry still gives the period as it was named. Null while
-- never ended early, and for delegations ended before this column (their named end is not known).
alter table delegation add column named_ends_on date;
