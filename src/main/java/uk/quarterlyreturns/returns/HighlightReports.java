package uk.quarterlyreturns.returns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.framework.SavedMeanwhileException;

/**
 * Highlight reports: the performance team chooses which services give one in a quarter; the service writes it in its
 * return, on the same terms as the rest of the return (while it is with the service, by its preparers, and at
 * sign-off by its director; a save over someone else's newer one is refused; each change is in the return's
 * trail).
 */
@Service
public class HighlightReports {

    public static final int MOST_CHARACTERS = 4000;
    /** The return's trail entry for the performance team asking for its highlight report, or no longer. */
    public static final String ASKED_KIND = "ASKED_FOR_HIGHLIGHT";

    /** The item of the highlight report's entries in the return's trail (a return has one report). */
    public static final String TRAIL_ITEM = "Highlight report";

    private final JdbcClient jdbc;
    private final ReturnEditing editing;
    private final ReturnTrail trail;
    private final HighlightAsking asking;
    private final Clock clock;

    HighlightReports(JdbcClient jdbc, ReturnEditing editing, ReturnTrail trail, HighlightAsking asking, Clock clock) {
        this.jdbc = jdbc;
        this.editing = editing;
        this.trail = trail;
        this.asking = asking;
        this.clock = clock;
    }

    /** A service of the cycle, with its name that year, and whether its return asks for a highlight report. */
    public record ServiceChoice(long serviceId, String service, boolean wanted) {
    }

    /** One service's highlight report in a cycle, for the compiled report. */
    public record ServiceHighlight(String service, String directorate, Highlight highlight) {
    }

    /** The cycle's services, by name, each with whether its return asks for a highlight report. */
    public List<ServiceChoice> choices(long cycleId) {
        return jdbc.sql("""
                select s.id, coalesce(p.name, s.name) as name, r.highlight_wanted
                from service_return r join service s on s.id = r.service_id join cycle cy on cy.id = r.cycle_id
                left join service_placement p on p.year_id = cy.year_id and p.service_id = r.service_id
                where r.cycle_id = :c order by 2""").param("c", cycleId)
                .query((rs, n) -> new ServiceChoice(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    /** Whether the return asks for a highlight report. */
    public boolean wanted(long returnId) {
        return jdbc.sql("select highlight_wanted from service_return where id = :id").param("id", returnId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Asks the service's return in this cycle for a highlight report, or no longer, on HighlightAsking's terms. */
    public void setWanted(long cycleId, long serviceId, boolean wanted, String user) {
        asking.setWanted(cycleId, serviceId, wanted, user);
    }

    /** A return's highlight report as its form edits it: with who saved it last and its version. */
    public record Stored(Highlight highlight, String updatedBy, Instant updatedAt, int version) {
    }

    public Optional<Highlight> find(long returnId) {
        return stored(returnId).map(Stored::highlight);
    }

    public Optional<Stored> stored(long returnId) {
        return jdbc.sql("select * from return_highlight where return_id = :r").param("r", returnId)
                .query((rs, n) -> new Stored(new Highlight(rs.getString("current_issues"),
                        rs.getString("improvements"), rs.getString("narrative")), rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"))).optional();
    }

    /**
     * Saves the report as the form holds it, only if nobody saved it since the form read {@code expectedVersion}
     * (null: the form saw no report yet), and records each changed field in the return's trail. Returns the new
     * version.
     *
     * @throws SavedMeanwhileException when someone saved it meanwhile; nothing is changed
     */
    @Transactional
    public int save(long returnId, String user, Integer expectedVersion, Highlight h) {
        ServiceReturn r = editing.lockToSave(returnId, user);
        if (!wanted(returnId)) {
            throw new NotAllowedException(r.serviceName() + " has not been asked for a highlight report");
        }
        StringBuilder problems = new StringBuilder();
        tooLong(problems, "Current issues", h.currentIssues());
        tooLong(problems, "Improvements", h.improvements());
        tooLong(problems, "Head of service's narrative", h.narrative());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.toString().strip());
        }
        Highlight before = stored(returnId).map(Stored::highlight).orElse(Highlight.EMPTY);
        int version = write(returnId, user, expectedVersion, h).orElseThrow(() -> {
            Optional<Stored> now = stored(returnId);
            return new SavedMeanwhileException("This highlight report", now.map(Stored::updatedBy).orElse(null),
                    now.map(Stored::updatedAt).orElse(null));
        });
        TrailChanges changes = new TrailChanges(trail, returnId, user);
        changes.change("HIGHLIGHT_CURRENT_ISSUES", TRAIL_ITEM, before.currentIssues(), h.currentIssues());
        changes.change("HIGHLIGHT_IMPROVEMENTS", TRAIL_ITEM, before.improvements(), h.improvements());
        changes.change("HIGHLIGHT_NARRATIVE", TRAIL_ITEM, before.narrative(), h.narrative());
        return version;
    }

    /**
     * Writes the report only if it is still at the version the form read ({@code expectedVersion} null: the
     * form saw none yet); empty when someone saved it meanwhile. The return is locked, so saves queue here.
     */
    private Optional<Integer> write(long returnId, String user, Integer expectedVersion, Highlight h) {
        String sql = expectedVersion == null ? """
                insert into return_highlight (return_id, current_issues, improvements, narrative, updated_by, updated_at)
                values (:r, :i, :m, :n, :by, :at) on conflict (return_id) do nothing returning version"""
                : """
                update return_highlight set current_issues = :i, improvements = :m, narrative = :n, updated_by = :by,
                    updated_at = :at, version = version + 1
                where return_id = :r and version = :expected returning version""";
        return jdbc.sql(sql).param("r", returnId).param("i", h.currentIssues()).param("m", h.improvements())
                .param("n", h.narrative()).param("by", user).param("at", Timestamp.from(clock.instant()))
                .param("expected", expectedVersion).query(Integer.class).optional();
    }

    /**
     * The cycle's highlight reports from the services asked for one, in service order; each service named and placed
     * as the cycle's year has it (a later restructure leaves an earlier year's report as it was). A return withdrawn
     * with nothing due keeps its ask, should it become due again, but nobody writes its report meanwhile.
     */
    public List<ServiceHighlight> forCycle(long cycleId) {
        return jdbc.sql("""
                select coalesce(p.name, s.name) as service, d.name as directorate, h.current_issues, h.improvements,
                       h.narrative
                from service_return r join service s on s.id = r.service_id join cycle cy on cy.id = r.cycle_id
                left join service_placement p on p.year_id = cy.year_id and p.service_id = r.service_id
                join directorate d on d.id = coalesce(p.directorate_id, s.directorate_id)
                left join return_highlight h on h.return_id = r.id
                where r.cycle_id = :c and r.highlight_wanted and r.status <> 'WITHDRAWN' order by d.name, 1""")
                .param("c", cycleId).query((rs, n) -> new ServiceHighlight(rs.getString("service"),
                        rs.getString("directorate"), new Highlight(rs.getString("current_issues"),
                                rs.getString("improvements"), rs.getString("narrative")))).list();
    }

    private static void tooLong(StringBuilder out, String name, String value) {
        if (value != null && value.length() > MOST_CHARACTERS) {
            out.append(name).append(" is ").append(value.length()).append(" characters long: at most ")
                    .append(MOST_CHARACTERS).append(" fit. ");
        }
    }
}
