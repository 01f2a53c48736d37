package uk.quarterlyreturns.framework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.quarterlyreturns.framework.io.KeyActionRow;

@Repository
public class KeyActionRepository {

    private static final String SELECT = """
            select a.id, a.year_id, a.service_id, a.code, a.title, d.name as directorate,
                   coalesce(p.name, s.name) as service, t.name as theme, a.outcome, a.reported_from
            from key_action a join service s on s.id = a.service_id
                 left join service_placement p on p.year_id = a.year_id and p.service_id = a.service_id
                 join directorate d on d.id = coalesce(p.directorate_id, s.directorate_id)
                 join theme t on t.id = a.theme_id""";

    private final JdbcClient jdbc;

    KeyActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<KeyAction> forYear(long yearId) {
        return jdbc.sql(SELECT + " where a.year_id = :y order by a.row_order, a.id").param("y", yearId)
                .query(this::map).list();
    }

    public Optional<KeyAction> find(long yearId, String code) {
        return jdbc.sql(SELECT + " where a.year_id = :y and a.code = :c").param("y", yearId).param("c", code)
                .query(this::map).optional();
    }

    /** The year's key actions by code, with their places in the year's order. */
    public Map<String, Integer> rowOrders(long yearId) {
        return YearOrder.stored(jdbc, "key_action", yearId);
    }

    /**
     * Inserts or updates by code, at this place in the year's order; returns true when anything changed. A new key
     * action is reported from the quarter after the last whose report is published, as a new measure is: that
     * quarter's returns, and any correction of them, were never asked for it. From Q1 (null) while none is.
     */
    public boolean save(long yearId, long serviceId, long themeId, KeyActionRow row, int rowOrder) {
        Optional<KeyAction> existing = find(yearId, row.code());
        KeyActionRow normal = new KeyActionRow(row.code(), row.title(), row.directorate(), row.service(), row.theme(),
                MeasureRepository.blankToNull(row.outcome()));
        if (existing.isPresent() && existing.get().definition().equals(normal)
                && rowOrder(existing.get().id()) == rowOrder) {
            return false;
        }
        jdbc.sql("""
                insert into key_action (year_id, code, title, service_id, theme_id, outcome, row_order, reported_from)
                values (:y, :c, :t, :s, :th, :o, :r, (%s))
                on conflict (year_id, code) do update set title = excluded.title, service_id = excluded.service_id,
                    theme_id = excluded.theme_id, outcome = excluded.outcome, row_order = excluded.row_order
                """.formatted(ReportedFromChecks.ADDED_NOW)).param("y", yearId).param("c", row.code())
                .param("t", row.title()).param("s", serviceId)
                .param("th", themeId).param("o", normal.outcome()).param("r", rowOrder).update();
        return true;
    }

    /** Gives a key action its code as a file now spells it (the same code in other letters). */
    public void respell(long yearId, String code, String spelling) {
        jdbc.sql("update key_action set code = :n where year_id = :y and code = :c").param("n", spelling)
                .param("y", yearId).param("c", code).update();
    }

    private int rowOrder(long actionId) {
        return jdbc.sql("select row_order from key_action where id = :id").param("id", actionId)
                .query(Integer.class).single();
    }

    /** For each key action, the quarters with anything recorded: a status, commentary, reasons or actions planned. */
    public Map<Long, List<Integer>> recordedQuarters(java.util.Collection<Long> actionIds) {
        Map<Long, List<Integer>> out = new java.util.HashMap<>();
        if (actionIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select action_id, quarter from key_action_status where action_id = any(:ids) and (status is not null
                    or nullif(trim(commentary), '') is not null or nullif(trim(reasons), '') is not null
                    or nullif(trim(actions_planned), '') is not null) order by quarter""")
                .param("ids", actionIds.toArray(Long[]::new))
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getInt(2));
                });
        return out;
    }

    public void saveStatus(long actionId, int quarter, Rag status, String commentary, String by) {
        saveStatus(actionId, quarter, new ActionEntry(status, commentary, null, null), by);
    }

    /** Saves a status with its words as given, whatever was there (the values feed and the demo). */
    public void saveStatus(long actionId, int quarter, ActionEntry entry, String by) {
        jdbc.sql("""
                insert into key_action_status (action_id, quarter, status, commentary, reasons, actions_planned,
                    updated_by)
                values (:a, :q, :s, :c, :r, :p, :by)
                on conflict (action_id, quarter) do update set status = excluded.status,
                    commentary = excluded.commentary, reasons = excluded.reasons,
                    actions_planned = excluded.actions_planned, updated_by = excluded.updated_by,
                    updated_at = now(), version = key_action_status.version + 1
                """).param("a", actionId).param("q", quarter)
                .param("s", entry.status() == null ? null : entry.status().name()).param("c", entry.commentary())
                .param("r", entry.reasons()).param("p", entry.actionsPlanned()).param("by", by).update();
    }

    /** A key action's status in one quarter. */
    public record Status(long actionId, int quarter, Rag status, String commentary, String reasons,
            String actionsPlanned) {
    }

    public List<Status> statusesForYear(long yearId) {
        return jdbc.sql("""
                select s.action_id, s.quarter, s.status, s.commentary, s.reasons, s.actions_planned
                from key_action_status s join key_action a on a.id = s.action_id where a.year_id = :y""")
                .param("y", yearId)
                .query((rs, n) -> new Status(rs.getLong(1), rs.getInt(2),
                        rs.getString(3) == null ? null : Rag.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    public List<KeyAction> forService(long yearId, long serviceId) {
        return jdbc.sql(SELECT + " where a.year_id = :y and a.service_id = :s order by a.row_order, a.id")
                .param("y", yearId).param("s", serviceId).query(this::map).list();
    }

    /**
     * The service's key actions whose status its return of the quarter asks for: not one added since that quarter's
     * report was published (KeyAction.reportedIn).
     */
    public List<KeyAction> forReturn(long yearId, long serviceId, int quarter) {
        return forService(yearId, serviceId).stream().filter(a -> a.reportedIn(quarter)).toList();
    }

    /** A key action's status in one quarter as a return's form edits it: with who saved it and its version. */
    public record StatusEntry(long actionId, int quarter, Rag status, String commentary, String reasons,
            String actionsPlanned, String updatedBy, Instant updatedAt, int version) {

        public ActionEntry words() {
            return new ActionEntry(status, commentary, reasons, actionsPlanned);
        }
    }

    public Optional<StatusEntry> findStatus(long actionId, int quarter) {
        return jdbc.sql("select * from key_action_status where action_id = :a and quarter = :q")
                .param("a", actionId).param("q", quarter).query(this::mapEntry).optional();
    }

    public List<StatusEntry> statusEntries(long yearId, int quarter) {
        return jdbc.sql("""
                select s.* from key_action_status s join key_action a on a.id = s.action_id
                where a.year_id = :y and s.quarter = :q""").param("y", yearId).param("q", quarter)
                .query(this::mapEntry).list();
    }

    /** One service's key action statuses in one quarter. */
    public List<StatusEntry> statusEntries(long yearId, int quarter, long serviceId) {
        return jdbc.sql("""
                select s.* from key_action_status s join key_action a on a.id = s.action_id
                where a.year_id = :y and s.quarter = :q and a.service_id = :s""").param("y", yearId)
                .param("q", quarter).param("s", serviceId).query(this::mapEntry).list();
    }

    /**
     * Saves a status, commentary and narrative only if the row is still at the version the form read
     * ({@code expectedVersion} null: no row yet). Returns the new version.
     *
     * @throws SavedMeanwhileException when someone saved it meanwhile; nothing is changed
     */
    public int saveStatus(long actionId, int quarter, Integer expectedVersion, ActionEntry entry, String by) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("status", entry.status() == null ? null : entry.status().name())
                .addValue("commentary", entry.commentary()).addValue("reasons", entry.reasons())
                .addValue("actions_planned", entry.actionsPlanned()).addValue("updated_by", by);
        return new VersionedRow(jdbc, "key_action_status", "action_id")
                .save(actionId, quarter, expectedVersion, params, "status", "commentary", "reasons",
                        "actions_planned", "updated_by")
                .orElseThrow(() -> {
                    Optional<StatusEntry> now = findStatus(actionId, quarter);
                    return new SavedMeanwhileException("This key action",
                            now.map(StatusEntry::updatedBy).orElse(null), now.map(StatusEntry::updatedAt).orElse(null));
                });
    }

    private StatusEntry mapEntry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String status = rs.getString("status");
        return new StatusEntry(rs.getLong("action_id"), rs.getInt("quarter"),
                status == null ? null : Rag.valueOf(status), rs.getString("commentary"), rs.getString("reasons"),
                rs.getString("actions_planned"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }

    private KeyAction map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new KeyAction(rs.getLong("id"), rs.getLong("year_id"), rs.getLong("service_id"),
                new KeyActionRow(rs.getString("code"), rs.getString("title"), rs.getString("directorate"),
                        rs.getString("service"), rs.getString("theme"), rs.getString("outcome")),
                (Integer) rs.getObject("reported_from", Integer.class));
    }
}
