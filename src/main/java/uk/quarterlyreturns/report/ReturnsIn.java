package uk.quarterlyreturns.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.returns.DirectorsWhenDue;
import uk.quarterlyreturns.returns.Highlight;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.ReturnStatus;

/** What the report reads of the quarter's returns: which are in, and compliance's own figures about them. */
@Component
class ReturnsIn {

    /** Why a sent-back return's items are Missing, printed after "Missing: ". */
    static final String BEING_REWORKED = "sent back for rework, not yet submitted again";
    /** Why a version prints a reopened return's items as Missing, after "Missing: ". */
    static final String BEING_CORRECTED = "reopened for correction, not yet accepted again";
    /** Why a draft prints a return's items as Missing while its agreed extension still runs, before the date. */
    static final String NOT_YET_DUE = "not yet due, its deadline extended to ";
    /** Why a highlight report asked for is not printed, after "Missing: ": its return is not in, or it is empty. */
    static final String HIGHLIGHT_NOT_IN = "asked for, but the service's return is not in";
    static final String HIGHLIGHT_NOT_GIVEN = "asked for, but the service's return gives none";

    /** What is being compiled: a draft prints a reopened return's figures mid-edit (and marks them), a version not. */
    enum Compiling {
        DRAFT, VERSION
    }

    /**
     * The cycle's returns as compliance counts them; the services whose return is not in, and of those, why, when it
     * is not simply that nothing came in (sent back for rework, reopened for correction, or in a draft an agreed
     * extension still running: not ones the service failed to make). By return: who of its own service first signed
     * it off, and its service's directors when it fell due (DirectorsWhenDue).
     */
    record OfCycle(CycleCompliance returns, Set<Long> notIn, Map<Long, String> why, Map<Long, String> signedOffBy,
            Map<Long, String> directorsWhenDue) {

        /** Why a service's items print as Missing, when it is not simply that nothing came in; or null. */
        String missingReason(long serviceId) {
            return why.get(serviceId);
        }
    }

    private final ComplianceService compliance;
    private final CycleRepository cycles;
    private final JdbcClient jdbc;
    private final DirectorsWhenDue whenDue;

    ReturnsIn(ComplianceService compliance, CycleRepository cycles, JdbcClient jdbc, DirectorsWhenDue whenDue) {
        this.compliance = compliance;
        this.whenDue = whenDue;
        this.cycles = cycles;
        this.jdbc = jdbc;
    }

    OfCycle of(Cycle cycle, Compiling compiling) {
        CycleCompliance returns = compliance.forCycle(cycle.id());
        Set<Long> notIn = returns.returns().stream().filter(r -> !printed(r, compiling))
                .map(ReturnCompliance::serviceId).collect(Collectors.toSet());
        Map<Long, String> why = new HashMap<>();
        for (ReturnCompliance r : returns.returns()) {
            if (r.notYetDue(returns.until())) {
                why.put(r.serviceId(), NOT_YET_DUE + ReportDates.deadline(r.extendedTo()));
            }
            String notPrinted = whyNotPrinted(r, compiling);
            if (notPrinted != null) {
                why.put(r.serviceId(), notPrinted);
            }
        }
        return new OfCycle(returns, notIn, why, signedOffBy(cycle.id()), whenDue.ofCycle(cycle.id()));
    }

    /**
     * Who first signed each of the cycle's returns off, by return, from its own trail: the director who answered for
     * it when it came in, late or not, whoever holds the post when a later version is compiled. A deputy's sign-off
     * (another service's director, a strategic director) is not counted: the service's own director answered for it
     * and was chased, so the table names whoever held the post when it fell due.
     */
    private Map<Long, String> signedOffBy(long cycleId) {
        Map<Long, String> by = new HashMap<>();
        jdbc.sql("""
                select distinct on (e.return_id) e.return_id, u.display_name as name
                from return_event e join service_return r on r.id = e.return_id
                    join app_user u on u.username = e.actor and u.service_id = r.service_id
                where r.cycle_id = :c and e.kind = 'STATUS' and e.new_value = 'SIGNED_OFF'
                order by e.return_id, e.at, e.id""").param("c", cycleId)
                .query(rs -> {
                    by.put(rs.getLong("return_id"), rs.getString("name"));
                });
        return by;
    }

    /**
     * The services whose return of an earlier quarter of the year was never submitted, or is being reworked; none
     * without its cycle. A return of an earlier quarter reopened for correction (after that quarter's report was
     * published) still counts as in, as on the return's form (QuarterMeasures.earlierIn): its correction is published
     * as that quarter's next version.
     */
    Set<Long> earlierNotIn(ReportingYear year, int quarter) {
        return cycles.find(year.id(), quarter).map(c -> compliance.forCycle(c.id()).returns().stream()
                .filter(r -> !r.reported()).map(ReturnCompliance::serviceId).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /**
     * Whether the report prints what the return holds: it is in and not sent back for rework; and in a version, not
     * reopened for correction either, as what it holds then is being edited and nobody has accepted it again (a
     * version compiled after publication waits for that; one compiled on the compilation date does not).
     */
    static boolean printed(ReturnCompliance r, Compiling compiling) {
        return r.reported() && (compiling == Compiling.DRAFT || r.status() != ReturnStatus.REOPENED);
    }

    /** The services whose items the report prints Missing as being corrected, by name, in order. */
    static List<String> beingCorrected(ReportInput input) {
        return missingAs(input, BEING_CORRECTED);
    }

    /** The services whose items the report prints Missing for one of these reasons, by name, in order. */
    static List<String> missingAs(ReportInput input, String... reasons) {
        Set<String> why = Set.of(reasons);
        return Stream.concat(input.measures().stream().map(m -> Map.entry(m.service(), nonNull(m.missingReason()))),
                input.actions().stream().map(a -> Map.entry(a.service(), nonNull(a.missingReason()))))
                .filter(e -> why.contains(e.getValue())).map(Map.Entry::getKey).distinct().sorted()
                .toList();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String whyNotPrinted(ReturnCompliance r, Compiling compiling) {
        if (r.status().beingReworked()) {
            return BEING_REWORKED;
        }
        return r.reported() && !printed(r, compiling) ? BEING_CORRECTED : null;
    }

    /**
     * Compliance's own figures, so the report prints the numbers the compliance screen shows; beside each return, the
     * director who signed it off (one never signed off by its own service: its service's directors when it fell due).
     */
    static ComplianceFacts facts(OfCycle of) {
        CycleCompliance c = of.returns();
        Integer atThreeWeeks = c.figures().inAtThreeWeeksPct();
        int chases = c.returns().stream().mapToInt(r -> r.remindersSent() + r.escalations()).sum();
        return new ComplianceFacts(c.due(), c.inOnTime(), c.inLate(), c.missing(), c.daysTo95(),
                c.returns().stream().map(r -> new ServiceCompliance(r.service(), answeredBy(of, r.returnId()),
                        r.status().label(), r.firstSubmittedAt(), r.onTime(), r.remindersSent(), r.escalations(),
                        r.extendedTo())).toList(),
                c.deadline(), atThreeWeeks, chases, c.until(), c.figures().extended());
    }

    /** Who answered for the return: its own service's first signer, or failing one its directors when it fell due. */
    private static String answeredBy(OfCycle of, long returnId) {
        return of.signedOffBy().containsKey(returnId) ? of.signedOffBy().get(returnId)
                : of.directorsWhenDue().get(returnId);
    }

    /**
     * A service's highlight report as the report prints it: what its return gave, once the return is in; otherwise,
     * or when it gave nothing, the words saying so, rather than empty headings.
     */
    static HighlightLine highlightLine(HighlightReports.ServiceHighlight h, ReturnCompliance r, Compiling compiling) {
        Highlight given = h.highlight();
        if (r != null && !printed(r, compiling)) {
            String why = whyNotPrinted(r, compiling);
            return new HighlightLine(h.service(), h.directorate(), null, null, null, "Missing: " + (why == null
                    ? HIGHLIGHT_NOT_IN : why));
        }
        return new HighlightLine(h.service(), h.directorate(), given.currentIssues(), given.improvements(),
                given.narrative(), given.isBlank() ? "Missing: " + HIGHLIGHT_NOT_GIVEN : null);
    }
}
