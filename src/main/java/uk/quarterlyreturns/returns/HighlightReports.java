package uk.quarterlyreturns.returns;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;

/**
 * Highlight reports: the performance team chooses which services give one; the service writes it in its
 * return, on the same terms as the rest of the return (while it is with the service, by its preparers).
 */
@Service
public class HighlightReports {

    public static final int MOST_CHARACTERS = 4000;

    private final JdbcClient jdbc;
    private final ReturnRepository returns;
    private final ReturnPermissions permissions;
    private final Clock clock;

    HighlightReports(JdbcClient jdbc, ReturnRepository returns, ReturnPermissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.returns = returns;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** A service asked for a highlight report, with its name. */
    public record ServiceChoice(long serviceId, String service, boolean wanted) {
    }

    /** One service's highlight report in a cycle, for the compiled report. */
    public record ServiceHighlight(String service, String directorate, Highlight highlight) {
    }

    public List<ServiceChoice> choices() {
        return jdbc.sql("select id, name, highlight_report from service order by name")
                .query((rs, n) -> new ServiceChoice(rs.getLong("id"), rs.getString("name"),
                        rs.getBoolean("highlight_report"))).list();
    }

    public boolean wanted(long serviceId) {
        return jdbc.sql("select highlight_report from service where id = :id").param("id", serviceId)
                .query(Boolean.class).optional().orElse(false);
    }

    @Transactional
    public void setWanted(long serviceId, boolean wanted, String user) {
        if (!permissions.isPerformanceTeam(user)) {
            throw new NotAllowedException("Only the performance team chooses which services give a highlight report");
        }
        jdbc.sql("update service set highlight_report = :w where id = :id").param("w", wanted).param("id", serviceId)
                .update();
    }

    public Optional<Highlight> find(long returnId) {
        return jdbc.sql("select current_issues, improvements, narrative from return_highlight where return_id = :r")
                .param("r", returnId).query((rs, n) -> new Highlight(rs.getString("current_issues"),
                        rs.getString("improvements"), rs.getString("narrative"))).optional();
    }

    @Transactional
    public void save(long returnId, String user, Highlight h) {
        ServiceReturn r = returns.lock(returnId);
        permissions.requirePrepare(user, r);
        if (!ReturnEditing.isEditable(r)) {
            throw new IllegalStateException(r.serviceName() + "'s return is " + r.status().label().toLowerCase()
                    + ": it can no longer be changed");
        }
        if (!wanted(r.serviceId())) {
            throw new NotAllowedException(r.serviceName() + " has not been asked for a highlight report");
        }
        StringBuilder problems = new StringBuilder();
        tooLong(problems, "Current issues", h.currentIssues());
        tooLong(problems, "Improvements", h.improvements());
        tooLong(problems, "Head of service's narrative", h.narrative());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.toString().strip());
        }
        jdbc.sql("""
                insert into return_highlight (return_id, current_issues, improvements, narrative, updated_by, updated_at)
                values (:r, :i, :m, :n, :by, :at)
                on conflict (return_id) do update set current_issues = excluded.current_issues,
                    improvements = excluded.improvements, narrative = excluded.narrative,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("r", returnId).param("i", h.currentIssues()).param("m", h.improvements())
                .param("n", h.narrative()).param("by", user).param("at", Timestamp.from(clock.instant())).update();
    }

    /** The cycle's highlight reports from the services asked for one, in service order. */
    public List<ServiceHighlight> forCycle(long cycleId) {
        return jdbc.sql("""
                select s.name as service, d.name as directorate, h.current_issues, h.improvements, h.narrative
                from service_return r join service s on s.id = r.service_id join directorate d on d.id = s.directorate_id
                left join return_highlight h on h.return_id = r.id
                where r.cycle_id = :c and s.highlight_report order by d.name, s.name""")
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
