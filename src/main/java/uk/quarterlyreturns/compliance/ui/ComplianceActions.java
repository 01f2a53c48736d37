package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.mail.MailServer;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.cycle.ChaseDefaults;
import uk.quarterlyreturns.chasing.ChaseArrivals;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.chasing.CycleDateChanges;
import uk.quarterlyreturns.chasing.DeadlineExtensions;
import uk.quarterlyreturns.compliance.ComplianceFigures;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.compliance.StoppedSteps;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.cycle.ui.OpenCycleDialog;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.BulkAcceptance;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.TrailTable;

/**
 * What the compliance view does beyond showing figures: bulk acceptance, the curve's history, opening a cycle, the
 * returns' history for an auditor.
 */
@Component
public class ComplianceActions {

    private static final int EARLIER_CYCLES = 4;

    private final ComplianceService compliance;
    private final CycleService cycles;
    private final ReturnRepository returns;
    private final Chasing chasing;
    private final PeopleService people;
    private final YearRepository years;
    private final ChaseDefaults chaseDefaults;
    private final BulkAcceptance acceptance;
    private final MailServer mailServer;
    private final ChaseArrivals arrivals;
    private final ReturnTrail trail;
    private final ReportApproval approval;
    private final DeadlineExtensions extensions;
    private final CycleDateChanges dateChanges;
    private final StoppedSteps stoppedSteps;

    ComplianceActions(ComplianceService compliance, CycleService cycles, ReturnRepository returns,
            Chasing chasing, PeopleService people, YearRepository years, ChaseDefaults chaseDefaults,
            BulkAcceptance acceptance, MailServer mailServer, ChaseArrivals arrivals, ReturnTrail trail,
            ReportApproval approval, DeadlineExtensions extensions, CycleDateChanges dateChanges,
            StoppedSteps stoppedSteps) {
        this.stoppedSteps = stoppedSteps;
        this.extensions = extensions;
        this.dateChanges = dateChanges;
        this.approval = approval;
        this.arrivals = arrivals;
        this.trail = trail;
        this.acceptance = acceptance;
        this.mailServer = mailServer;
        this.compliance = compliance;
        this.cycles = cycles;
        this.returns = returns;
        this.chasing = chasing;
        this.people = people;
        this.years = years;
        this.chaseDefaults = chaseDefaults;
    }

    StoppedSteps stoppedSteps() {
        return stoppedSteps;
    }

    DeadlineExtensions extensions() {
        return extensions;
    }

    CycleDateChanges dateChanges() {
        return dateChanges;
    }

    MailServer mailServer() {
        return mailServer;
    }

    Person person(String username) {
        return people.find(username).orElseThrow();
    }

    /** Someone as they are now, if they still have an account. */
    Optional<Person> find(String username) {
        return people.find(username);
    }

    Chasing chasing() {
        return chasing;
    }

    ChaseArrivals arrivals() {
        return arrivals;
    }

    BulkAcceptance acceptance() {
        return acceptance;
    }

    /**
     * Every return's history of the cycle in one file (the API's too), for an auditor: read when the link is followed,
     * and refused (403) from a page left open by someone no longer in the performance team.
     */
    Anchor historyExport(Cycle c, String username) {
        return Downloads.refusableLink("Export every return's history (CSV)", TrailTable.quarterFileName(c) + ".csv",
                "text/csv", () -> find(username).filter(p -> p.enabled() && p.has(Role.PERFORMANCE_TEAM))
                        .map(p -> TrailTable.quarterCsv(trail.forCycle(c.id()))));
    }

    /**
     * This cycle's curve (to today, or to its close) against up to four earlier cycles' curves, for the same
     * audience (null: the whole organisation, else one directorate).
     */
    CompletenessFigure completeness(Cycle current, CycleCompliance figures, Long directorateId) {
        List<Cycle> all = cycles.all();
        Map<String, CycleCompliance> earlier = new LinkedHashMap<>();
        all.stream().skip(all.stream().map(Cycle::id).toList().indexOf(current.id()) + 1L).limit(EARLIER_CYCLES)
                .forEach(c -> earlier.put(c.shortName(), compliance.forCycle(c.id(), directorateId)));
        List<CompletenessChart.Series> series = CompletenessChart.series(current.shortName(), figures, earlier);
        int lastDay = series.stream().flatMap(s -> s.points().stream())
                .mapToInt(ComplianceFigures.CurvePoint::day).max().orElse(35);
        return new CompletenessFigure(series, Math.max(35, lastDay));
    }

    /** Why nobody can approve the cycle's report now waiting for approval; empty when someone may, or none waits. */
    Optional<String> whyNobodyApproves(Cycle c) {
        return c.status() == CycleStatus.AWAITING_APPROVAL ? approval.whyNobodyApproves(c.id()) : Optional.empty();
    }

    OpenCycleDialog openCycleDialog(Person me, Consumer<Cycle> opened) {
        OpenCycleDialog dialog = new OpenCycleDialog(cycles, years, chaseDefaults.current(), me.username(), opened);
        if (approval.whyNobodyApproves().isPresent()) {
            dialog.warnNobodyApproves();
        }
        return dialog;
    }
}
