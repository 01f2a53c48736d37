-- A measure reported a quarter in arrears: each quarter's return gives the figure for the quarter before, because
-- the data is not ready at the return's deadline. Every measure stored so far is not.
alter table measure add column in_arrears boolean not null default false;
