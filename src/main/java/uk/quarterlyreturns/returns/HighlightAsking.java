package uk.quarterlyreturns.returns;

import static uk.quarterlyreturns.returns.HighlightReports.ASKED_KIND;
import static uk.quarterlyreturns.returns.HighlightReports.TRAIL_ITEM;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.ReportCommentary;

/** The performance team asking a service's return for a highlight report, or no longer (HighlightReports' choice). */
@Component
class HighlightAsking {

    private final JdbcClient jdbc;
    private final ReturnPermissions permissions;
    private final ReturnTrail trail;
    private final ReportCommentary commentary;
    private final CycleRepository cycles;

    HighlightAsking(JdbcClient jdbc, ReturnPermissions permissions, ReturnTrail trail, ReportCommentary commentary,
            CycleRepository cycles) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.permissions = permissions;
        this.trail = trail;
        this.commentary = commentary;
    }

    /**
     * Asks the service's return in this cycle for a highlight report, or no longer, and makes it the choice the next
     * cycles start from. Only while the cycle's report is still to be compiled: the choice is read then. Not of a
     * return already signed off or accepted: nobody may change it any more, so the report it asks for could never be
     * written (a submitted one's director writes it before signing off, as the checks then ask); nor of a return
     * withdrawn with nothing due, which nobody writes.
     */
    @Transactional
    public void setWanted(long cycleId, long serviceId, boolean wanted, String user) {
        if (!permissions.isPerformanceTeam(user)) {
            throw new NotAllowedException("Only the performance team chooses which services give a highlight report");
        }
        // the return's row is locked first, so a sign-off under way either sees the ask or is seen by it
        Optional<Asked> now = jdbc.sql("""
                select r.id, r.highlight_wanted, r.status, coalesce(p.name, s.name) as name
                from service_return r join service s on s.id = r.service_id join cycle cy on cy.id = r.cycle_id
                left join service_placement p on p.year_id = cy.year_id and p.service_id = r.service_id
                where r.cycle_id = :c and r.service_id = :s for update of r""")
                .param("c", cycleId).param("s", serviceId)
                .query((rs, n) -> new Asked(rs.getLong("id"), rs.getBoolean("highlight_wanted"),
                        ReturnStatus.valueOf(rs.getString("status")), rs.getString("name"))).optional();
        // then the cycle's (return before cycle, as everywhere): a compilation under way either finds this choice
        // when it checks again under the lock, or has sent its report on and this finds it compiled
        cycles.lock(cycleId);
        if (!commentary.editable(cycleId)) {
            throw new IllegalStateException("The report is compiled: highlight report choices can no longer change");
        }
        now.filter(a -> wanted && !a.wanted() && a.status() == ReturnStatus.WITHDRAWN).ifPresent(a -> {
            throw new IllegalStateException(a.service() + "'s return has nothing due this quarter (its measures and key"
                    + " actions moved to other services), so nobody would write its highlight report: ask from next"
                    + " quarter");
        });
        now.filter(a -> wanted && !a.wanted() && ReturnStatus.SIGNED_OFF_NOW.contains(a.status())).ifPresent(a -> {
            throw new IllegalStateException(a.service() + "'s return is already " + a.status().label().toLowerCase()
                    + ", so nobody can write its highlight report now: " + (a.status() == ReturnStatus.ACCEPTED
                    ? "reopen it" : "send it back to the service") + " first, or ask from next quarter");
        });
        // who asked for it, or stopped asking, and when: the return's history shows it beside the service's own work
        now.filter(a -> a.wanted() != wanted).ifPresent(a -> trail.record(a.returnId(), user, ASKED_KIND, TRAIL_ITEM,
                asked(!wanted), asked(wanted), null));
        jdbc.sql("update service_return set highlight_wanted = :w where cycle_id = :c and service_id = :s")
                .param("w", wanted).param("c", cycleId).param("s", serviceId).update();
        jdbc.sql("update service set highlight_report = :w where id = :id").param("w", wanted).param("id", serviceId)
                .update();
    }

    /** The return's asking as it stands, under its lock. */
    private record Asked(long returnId, boolean wanted, ReturnStatus status, String service) {
    }

    private static String asked(boolean wanted) {
        return wanted ? "Asked for" : "Not asked for";
    }
}
