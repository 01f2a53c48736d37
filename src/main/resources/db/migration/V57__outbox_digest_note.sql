-- What a person typed into a message held for someone's daily digest (the words of a chase by hand): the digest
-- lists each held message by its subject, and these words would otherwise reach nobody.
alter table outbox_message add column digest_note text;
