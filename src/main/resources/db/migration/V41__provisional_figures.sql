-- A quarter's figure may be given before it is final; the report marks it so Cabinet can tell it from a final one.
alter table measure_value add column provisional boolean not null default false;
