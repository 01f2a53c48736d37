package uk.quarterlyreturns.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.quarterlyreturns.framework.NextYearHistory;

@Repository
public class ReturnRepository {

    private static final String SELECT = """
            select r.*, coalesce(p.name, s.name) as service_name, d.id as directorate_id, d.name as directorate_name
            from service_return r join service s on s.id = r.service_id join cycle cy on cy.id = r.cycle_id
                 left join service_placement p on p.year_id = cy.year_id and p.service_id = r.service_id
                 join directorate d on d.id = coalesce(p.directorate_id, s.directorate_id)""";

    private final JdbcClient jdbc;
    private final NextYearHistory nextYear;
    private final Clock clock;

    ReturnRepository(JdbcClient jdbc, NextYearHistory nextYear, Clock clock) {
        this.jdbc = jdbc;
        this.nextYear = nextYear;
        this.clock = clock;
    }

    public Optional<ServiceReturn> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(this::map).optional();
    }

    /** These returns, by id; one statement however many. */
    public Map<Long, ServiceReturn> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " where r.id in (:ids)").param("ids", ids).query(this::map).list().stream()
                .collect(Collectors.toMap(ServiceReturn::id, r -> r));
    }

    /** The return, its row locked until the transaction ends: submissions and chases of it queue here. */
    public ServiceReturn lock(long id) {
        jdbc.sql("select id from service_return where id = :id for update").param("id", id).query(Long.class)
                .optional().orElseThrow(() -> new IllegalArgumentException("No return " + id));
        return find(id).orElseThrow();
    }

    /**
     * The return, its row share-locked until the transaction ends: a step that locks it (a submission, a reopening)
     * waits meanwhile, and one under way is waited for; others share-locking it go on alongside.
     */
    public ServiceReturn lockShared(long id) {
        jdbc.sql("select id from service_return where id = :id for share").param("id", id).query(Long.class)
                .optional().orElseThrow(() -> new IllegalArgumentException("No return " + id));
        return find(id).orElseThrow();
    }

    public List<ServiceReturn> forCycle(long cycleId) {
        return jdbc.sql(SELECT + " where r.cycle_id = :c order by d.name, coalesce(p.name, s.name)").param("c", cycleId)
                .query(this::map).list();
    }

    /** The process instances of a service's returns still on their way to acceptance. */
    public List<String> openProcessInstances(long serviceId) {
        return openProcessInstances(serviceId, "");
    }

    /**
     * The same, the returns share-locked (in id order) until the transaction ends, as {@link #lockShared}: their steps
     * stay as they are read meanwhile.
     */
    public List<String> lockOpenProcessInstances(long serviceId) {
        return openProcessInstances(serviceId, " order by id for share");
    }

    private List<String> openProcessInstances(long serviceId, String lock) {
        return jdbc.sql("""
                select process_instance_id from service_return
                where service_id = :s and status not in ('ACCEPTED', 'WITHDRAWN') and process_instance_id is not null"""
                + lock).param("s", serviceId).query(String.class).list();
    }

    /**
     * Every return of the cycle locked, in id order, until the transaction ends: for a change to the whole cycle,
     * which takes them before the cycle's own lock, as a step on one return takes it before its cycle's.
     */
    public void lockAll(long cycleId) {
        jdbc.sql("select id from service_return where cycle_id = :c order by id for update").param("c", cycleId)
                .query(Long.class).list();
    }

    /** The returns run by these process instances, by instance id: one query however many. */
    public Map<String, ServiceReturn> byProcessInstance(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " where r.process_instance_id in (:ids)").param("ids", processInstanceIds)
                .query((rs, n) -> Map.entry(rs.getString("process_instance_id"), map(rs, n))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The returns of these services signed off and waiting for the quality check, oldest cycle first. */
    public List<ServiceReturn> signedOff(Collection<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.service_id in (:s) and r.status = 'SIGNED_OFF' order by r.cycle_id, r.id")
                .param("s", serviceIds).query(this::map).list();
    }

    public Optional<ServiceReturn> find(long cycleId, long serviceId) {
        return jdbc.sql(SELECT + " where r.cycle_id = :c and r.service_id = :s").param("c", cycleId)
                .param("s", serviceId).query(this::map).optional();
    }

    /**
     * The cycle's return holding the measure's figure of its quarter: its service's, unless the
     * measure moved after that quarter was published, when the figure stayed in the return it was given in.
     */
    public Optional<ServiceReturn> holding(long cycleId, long measureId) {
        return jdbc.sql(SELECT + " where r.id = (select r.id from measure m join cycle c on c.id = :c "
                + EarlierQuartersHeld.RETURN_HOLDING + " where m.id = :m)").param("c", cycleId).param("m", measureId)
                .query(this::map).optional();
    }

    /**
     * A new return for each of these services, in one statement: each service's return id. Each asks for a highlight
     * report when its service was last asked for one, and has its chase planned now (no reminder due before it is
     * issued goes: the issue notice says the deadline).
     */
    public Map<Long, Long> insert(long cycleId, List<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> issued = jdbc.sql("""
                insert into service_return (cycle_id, service_id, highlight_wanted, chase_planned_at)
                select :c, s.id, s.highlight_report, :now from unnest(:s) as u(id) join service s on s.id = u.id
                returning service_id, id""").param("c", cycleId).param("s", serviceIds.toArray(Long[]::new))
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // figures fed before the cycle opened are not in until the returns are
        Quarter q = jdbc.sql("select year_id, quarter from cycle where id = :c").param("c", cycleId)
                .query((rs, n) -> new Quarter(rs.getLong(1), rs.getInt(2))).single();
        nextYear.follow(q.yearId(), q.quarter(), serviceIds);
        return issued;
    }

    /** Each return's process instance, by return id, in one statement. */
    public void setProcessInstances(Map<Long, String> instances) {
        if (instances.isEmpty()) {
            return;
        }
        List<Map.Entry<Long, String>> pairs = List.copyOf(instances.entrySet());
        jdbc.sql("""
                update service_return r set process_instance_id = v.instance
                from unnest(:ids, :instances) as v(id, instance) where r.id = v.id""")
                .param("ids", pairs.stream().map(Map.Entry::getKey).toArray(Long[]::new))
                .param("instances", pairs.stream().map(Map.Entry::getValue).toArray(String[]::new)).update();
    }

    /** Returns still on their way to acceptance; one withdrawn with nothing due is waited for no more. */
    public long countNotAccepted(long cycleId) {
        return jdbc.sql("""
                select count(*) from service_return
                where cycle_id = :c and status not in ('ACCEPTED', 'WITHDRAWN')""")
                .param("c", cycleId).query(Long.class).single();
    }

    /** The return's process instance, if it has one. */
    public Optional<String> processInstance(long id) {
        return jdbc.sql("select process_instance_id from service_return where id = :id").param("id", id)
                .query(String.class).optional();
    }

    /** The process instance a return runs in, and whether it was withdrawn and issued again (issueAfresh). */
    public record Issue(String processInstance, boolean again) {
    }

    public Optional<Issue> issue(long id) {
        return jdbc.sql("""
                select process_instance_id, chases_after is not null from service_return
                where id = :id and process_instance_id is not null""").param("id", id)
                .query((rs, n) -> new Issue(rs.getString(1), rs.getBoolean(2))).optional();
    }

    public void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update service_return set process_instance_id = :p where id = :id").param("p", processInstanceId)
                .param("id", id).update();
    }

    public void setStatus(long id, ReturnStatus status) {
        // a return never submitted is not in before or after, so next year's history has nothing to follow (and
        // issuing a cycle's returns reads no more for it)
        boolean wasIn = jdbc.sql("""
                update service_return set status = :s, version = version + 1 where id = :id
                returning first_submitted_at is not null""")
                .param("s", status.name()).param("id", id).query(Boolean.class).optional().orElse(false);
        if (wasIn) {
            historyFollows(id);
        }
    }

    /**
     * A withdrawn return issued again: owed as a new one, not started and not in, whatever it went through before it
     * was withdrawn. Its first submission, its steps and any comment it was sent back (or reopened) with are cleared,
     * as they would otherwise count it in (on time or late), keep it from being chased, and have the report print
     * what nobody has submitted; its history keeps each of them. The chases sent before stay in its record, but its
     * new plan's steps are sent again (chases_after).
     */
    public void issueAfresh(long id) {
        boolean wasIn = jdbc.sql("""
                update service_return r set status = 'NOT_STARTED', first_submitted_at = null, submitted_at = null,
                    submitted_by = null, signed_off_at = null, signed_off_by = null, sign_off_note = null,
                    accepted_at = null, accepted_by = null, sent_back_comment = null, version = r.version + 1,
                    chase_planned_at = :now, chased_until = null,
                    chases_after = (select max(c.id) from chase c where c.return_id = r.id)
                from service_return prior where r.id = :id and prior.id = r.id
                returning prior.first_submitted_at is not null""")
                .param("id", id).param("now", Timestamp.from(clock.instant())).query(Boolean.class).optional()
                .orElse(false);
        if (wasIn) {
            historyFollows(id); // its figures leave next year's history until it is submitted again
        }
    }

    /**
     * Next year's history takes this year's figures as the report prints them, once their return is in: each move of
     * a return that may put it in or take it out (issued, submitted, sent back, withdrawn…) carries its figures there,
     * or takes them out again. A sign-off, an acceptance or a reopening leaves a return in, so its figures where they
     * are (a correction reaches history as it is saved).
     */
    void historyFollows(long id) {
        jdbc.sql("""
                select c.year_id, c.quarter, r.service_id from service_return r join cycle c on c.id = r.cycle_id
                where r.id = :id""").param("id", id)
                .query((rs, n) -> Map.entry(new Quarter(rs.getLong(1), rs.getInt(2)), rs.getLong(3))).optional()
                .ifPresent(r -> nextYear.follow(r.getKey().yearId(), r.getKey().quarter(), List.of(r.getValue())));
    }

    /** A cycle's year and quarter. */
    private record Quarter(long yearId, int quarter) {
    }

    private ServiceReturn map(ResultSet rs, int n) throws SQLException {
        return new ServiceReturn(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("service_id"),
                rs.getString("service_name"), rs.getLong("directorate_id"), rs.getString("directorate_name"),
                ReturnStatus.valueOf(rs.getString("status")), instant(rs, "first_submitted_at"),
                instant(rs, "submitted_at"), rs.getString("submitted_by"), instant(rs, "signed_off_at"),
                rs.getString("signed_off_by"), instant(rs, "accepted_at"), rs.getString("accepted_by"),
                rs.getString("sent_back_comment"), rs.getInt("version"), rs.getString("sign_off_note"),
                instant(rs, "chased_until"), instant(rs, "extended_to"), rs.getString("extension_reason"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
