-- A year's fourth quarter has no later quarter in its year: next year's first return confirms or revises its
-- provisional figures. Such a row names last year's measure, so earlier_quarter 4 is always last year's Q4.
alter table earlier_figure drop constraint earlier_figure_earlier_quarter_check;
alter table earlier_figure add constraint earlier_figure_earlier_quarter_check check (earlier_quarter between 1 and 4);
