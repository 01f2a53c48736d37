-- A deputy covers the service's director in post when they were named (by that director or an administrator; none
-- when the post was empty). When that director leaves the post (replaced, moved, the role taken away, disabled) the
-- deputies named for them end: the new director chooses their own. The delegation keeps why it ended and the way in.
alter table delegation add column named_for varchar(100);
alter table delegation add column end_reason text;
alter table delegation add column ended_way varchar(20);

-- Deputies under way or to come were named for the director in post now, as far as anyone can tell.
update delegation d set named_for = (
    select u.username from app_user u join user_role r on r.username = u.username and r.role = 'SERVICE_DIRECTOR'
    where u.service_id = d.service_id and u.enabled order by u.username limit 1)
where not d.withdrawn and d.ends_on >= current_date;
