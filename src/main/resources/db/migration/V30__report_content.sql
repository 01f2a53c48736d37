-- The compiled report as the API gives it, kept as it was compiled beside its PDF and spreadsheet: compiling the
-- stored input again with a later release's wording would make an approved version's API answer differ from the
-- files that were published. Versions compiled before this column have none and are compiled again when read.
-- The V10 trigger freezes the whole row of an approved version, this column with it.
alter table report_version add column content_json text;
