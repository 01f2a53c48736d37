package uk.quarterlyreturns.framework;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.api.NotFoundException;

/**
 * Takes a measure or key action out of a year, for one imported by mistake (a mistyped code, the wrong
 * service): until then every return asks for it and every report counts it Missing. Only one with nothing
 * recorded for the year may go; one with figures or statuses is part of the year's record and stays.
 */
@Service
public class FrameworkRemoval {

    private static final Logger LOG = LoggerFactory.getLogger(FrameworkRemoval.class);

    /** What went: the item, and the earlier years' outturns and quarters kept for its trend. */
    public record Removed(String code, String title, int historyRows) {
    }

    private final JdbcClient jdbc;
    private final MeasureRepository measures;
    private final RecordedQuarters recordedQuarters;
    private final KeyActionRepository actions;
    private final ApplicationEventPublisher events;
    private final FrameworkHistory history;

    FrameworkRemoval(JdbcClient jdbc, MeasureRepository measures, RecordedQuarters recordedQuarters,
            KeyActionRepository actions, ApplicationEventPublisher events, FrameworkHistory history) {
        this.history = history;
        this.events = events;
        this.jdbc = jdbc;
        this.measures = measures;
        this.recordedQuarters = recordedQuarters;
        this.actions = actions;
    }

    /** What removing the measure would take with it, or why it may not go; nothing changes. */
    public Removed previewMeasure(ReportingYear year, String code) {
        Item m = measure(year, code, false);
        refuseIfMeasureRecorded(m);
        return new Removed(m.code(), m.title(), historyRows(m.id()));
    }

    @Transactional
    public Removed removeMeasure(ReportingYear year, String code, String by) {
        return removeMeasure(year, code, new FrameworkEdit(by, FrameworkWay.SCREEN, null));
    }

    /** Removes the measure, the removal kept in the year's history (with its title) as the edit says. */
    @Transactional
    public Removed removeMeasure(ReportingYear year, String code, FrameworkEdit edit) {
        String by = edit.by();
        measures.lockYear(year.id()); // not while an import of the year is reading its measures
        Item m = measure(year, code, true);
        refuseIfMeasureRecorded(m);
        Removed removed = new Removed(m.code(), m.title(), historyRows(m.id()));
        FrameworkTrail trail = new FrameworkTrail();
        trail.removed(measures.find(m.id()).orElseThrow()); // with its rule, read before it goes
        jdbc.sql("delete from measure where id = :id").param("id", m.id()).update();
        history.write(year, trail, edit);
        LOG.info("Measure {} ({}) removed from {} by {}, with {} history rows", m.code(), m.title(), year.display(),
                by, removed.historyRows());
        events.publishEvent(new FrameworkChanged(year.id(), by));
        return removed;
    }

    @Transactional
    public Removed removeKeyAction(ReportingYear year, String code, String by) {
        return removeKeyAction(year, code, new FrameworkEdit(by, FrameworkWay.SCREEN, null));
    }

    @Transactional
    public Removed removeKeyAction(ReportingYear year, String code, FrameworkEdit edit) {
        String by = edit.by();
        measures.lockYear(year.id());
        Item a = item("key_action", "key action", year, code, true);
        refuseIfRecorded(a, "statuses", actions.recordedQuarters(List.of(a.id())).getOrDefault(a.id(), List.of()));
        jdbc.sql("delete from key_action where id = :id").param("id", a.id()).update();
        removed(year, FrameworkEvent.Kind.KEY_ACTION, a, edit);
        LOG.info("Key action {} ({}) removed from {} by {}", a.code(), a.title(), year.display(), by);
        events.publishEvent(new FrameworkChanged(year.id(), by));
        return new Removed(a.code(), a.title(), 0);
    }

    private void removed(ReportingYear year, FrameworkEvent.Kind kind, Item item, FrameworkEdit edit) {
        FrameworkTrail trail = new FrameworkTrail();
        trail.removed(kind, item.code(), item.title());
        history.write(year, trail, edit);
    }

    private record Item(long id, String code, String title, String what, ReportingYear year) {
    }

    private Item measure(ReportingYear year, String code, boolean lock) {
        return item("measure", "measure", year, code, lock);
    }

    /** Found regardless of the code's letters, as imports find codes; locked so no figure lands meanwhile. */
    private Item item(String table, String what, ReportingYear year, String code, boolean lock) {
        String c = code == null ? "" : code.trim();
        // a year stored before codes were compared in any letters may hold two: the exact spelling is meant
        return jdbc.sql("select id, code, title from " + table + " where year_id = :y and lower(code) = lower(:c)"
                        + " order by code = :c desc, id limit 1" + (lock ? " for update" : ""))
                .param("y", year.id()).param("c", c)
                .query((rs, n) -> new Item(rs.getLong("id"), rs.getString("code"), rs.getString("title"), what, year))
                .optional()
                .orElseThrow(() -> new NotFoundException("There is no " + what + " " + c + " in " + year.display()));
    }

    /** The quarters holding anything a return recorded: a figure, a reason, a note, an override. */
    /**
     * Figures, or evidence kept for a figure still to come, even a file since removed from its return (audit's record
     * of the year too, not to go with it).
     */
    private void refuseIfMeasureRecorded(Item m) {
        refuseIfRecorded(m, "figures", recordedQuarters.of(List.of(m.id())).getOrDefault(m.id(), List.of()));
        refuseIfRecorded(m, "evidence files", evidenceQuarters(m, false));
        refuseIfRecorded(m, "evidence files (removed from its return, kept for audit)", evidenceQuarters(m, true));
    }

    private List<Integer> evidenceQuarters(Item m, boolean removed) {
        return jdbc.sql("select distinct quarter from measure_evidence where measure_id = :id"
                        + " and (removed_at is not null) = :removed order by quarter")
                .param("id", m.id()).param("removed", removed).query(Integer.class).list();
    }

    private int historyRows(long measureId) {
        return jdbc.sql("select count(*) from measure_history where measure_id = :id").param("id", measureId)
                .query(Integer.class).single();
    }

    private static void refuseIfRecorded(Item item, String what, List<Integer> quarters) {
        if (!quarters.isEmpty()) {
            throw new IllegalStateException(item.code() + " has " + what + " for " + quarterList(quarters) + " of "
                    + item.year().display() + ", so it stays in the year: only a " + item.what()
                    + " with nothing recorded for the year can be removed.");
        }
    }

    static String quarterList(List<Integer> quarters) {
        return listed(quarters.stream().map(q -> "Q" + q).toList());
    }

    /** "a", "a and b", "a, b and c". */
    static String listed(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
