-- A strategic director's cover receives the directorate's escalation: their record says for whom (usernames, by
-- commas), so the chief executive's escalation names them as cover whatever their mail said.
alter table chase add column covering_for text;
-- Covers' escalations sent before were told only by their mail's opening words, as they read until now: whom they
-- covered is found from the cover named for that day, or left empty when it is gone.
update chase c set covering_for = coalesce((select string_agg(distinct d.named_for, ',' order by d.named_for)
        from delegation d where d.directorate_id is not null and d.deputy = c.recipient
        and (c.sent_at at time zone 'Europe/London')::date between d.starts_on and d.ends_on), '')
    from outbox_message m
    where m.id = c.outbox_message_id and c.kind = 'ESCALATION_STRATEGIC'
    and position('You receive this escalation as cover for ' in m.body_text) > 0;
