-- Why a published report is being corrected: printed as the next version's change note.
alter table cycle add column pending_change_note text;
