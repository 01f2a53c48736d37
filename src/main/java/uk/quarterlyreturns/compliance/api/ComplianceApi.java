package uk.quarterlyreturns.compliance.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.api.NotFoundException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.compliance.ComplianceFigures;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.compliance.StoppedSteps;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.OpeningRefusals;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.PeopleService;

/**
 * A quarter's compliance figures. They come from the same {@link ComplianceService} call as the compliance
 * view, so the numbers are the screen's by construction: the whole organisation's for the performance team and
 * administrators (or one directorate's, when they name it), a strategic director's own directorate's only.
 */
@RestController
@PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'ADMIN', 'STRATEGIC_DIRECTOR')")
class ComplianceApi {

    /**
     * The figures of one cycle, as the compliance screen's tiles show them: returns due, in (on time and late),
     * missing (not yet in) and how many of those are overdue, sent back, accepted, days to 95% in, and the share in
     * at three weeks after quarter end as the curve and the report print it (null until the figures reach that day);
     * of one directorate's returns, or of the whole organisation's when directorate is null. The services whose
     * return was withdrawn with nothing due are named apart, in no figure. Each return is counted against its own
     * deadline (an agreed extension, or the cycle's deadline); extended: how many had an agreed extension.
     * stoppedSteps: the cycle's steps that failed each time they were tried and wait to be tried again, as the
     * performance team's screen says them (empty when none; null for a strategic director, who cannot act on them).
     */
    record ComplianceJson(String year, int quarter, String directorate, Instant quarterClose, Instant deadline,
            int due, int in, int inOnTime, int inLate, int missing, int overdue, int sentBack, int accepted,
            Integer daysTo95, Integer inAtThreeWeeksPct, List<ServiceJson> returns, List<String> nothingDue,
            int extended, List<StoppedStepJson> stoppedSteps) {
    }

    /**
     * A stopped step: its id (to try it again: POST .../stopped-steps/{id}/try-again), the step in words, its return's
     * service (null for the cycle's own), when it last failed and with what.
     */
    record StoppedStepJson(String id, String step, String service, Instant failedAt, String failure) {

        static StoppedStepJson of(StoppedSteps.StoppedStep s) {
            return new StoppedStepJson(s.incidentId(), s.words(), s.service(), s.failedAt(), s.failure());
        }
    }

    /**
     * One service's return as compliance sees it; chaseable: not in yet, or sent back or reopened and not resubmitted;
     * owedLate: chaseable and past the deadline, what the screen's "Late only" lists and "Chase all late" chases;
     * lastActivity: the screen's and its spreadsheet's "last activity"; returnId, for an extension of its deadline;
     * extendedTo and extensionReason: the extension agreed for it, or null. directorNow: the service's director now
     * (names in order when more than one; null for none), whom to chase, as the screen's "Director now" says: not who
     * answered for the return (the report's compliance table names them); director: the same, kept for those who read
     * it before directorNow.
     */
    record ServiceJson(String service, String directorate, String directorNow, String director, String status,
            Instant firstSubmittedAt, boolean in, boolean onTime, boolean overdue, boolean chaseable, boolean owedLate,
            int remindersSent, int escalations, Instant lastChased, Instant lastActivity, long returnId,
            Instant extendedTo, String extensionReason) {

        static ServiceJson of(ReturnCompliance r) {
            return new ServiceJson(r.service(), r.directorate(), r.director(), r.director(), r.status().name(),
                    r.firstSubmittedAt(), r.isIn(), r.onTime(), r.overdue(), r.chaseable(), r.owedLate(),
                    r.remindersSent(), r.escalations(), r.lastChased(), r.lastActivity(), r.returnId(), r.extendedTo(),
                    r.extensionReason());
        }
    }

    private final ComplianceService compliance;
    private final CycleRepository cycles;
    private final YearRepository years;
    private final PeopleService people;
    private final Organisation organisation;
    private final OpeningRefusals refusals;
    private final StoppedSteps stopped;

    ComplianceApi(ComplianceService compliance, CycleRepository cycles, YearRepository years, PeopleService people,
            Organisation organisation, OpeningRefusals refusals, StoppedSteps stopped) {
        this.stopped = stopped;
        this.refusals = refusals;
        this.compliance = compliance;
        this.cycles = cycles;
        this.years = years;
        this.people = people;
        this.organisation = organisation;
    }

    @GetMapping("/api/years/{year}/quarters/{quarter}/compliance")
    @ApiResponse(responseCode = "404", description = "No such year or directorate, or no cycle opened for the quarter;"
            + " for the performance team, a quarter the timer could not open carries openingRefused, as the compliance"
            + " screen says it: lastTriedAt, reason, automaticTriesEnded and stoppedTryingAt (null while it is still"
            + " tried every hour)")
    ComplianceJson compliance(@PathVariable String year, @PathVariable int quarter,
            @RequestParam(required = false) String directorate, Authentication user) {
        Long directorateId = directorate(user.getName(), directorate);
        ReportingYear.startOf(year);
        ReportingYear.requireQuarter(quarter);
        ReportingYear y = years.find(year)
                .orElseThrow(() -> new NotFoundException("There is no framework for " + year));
        Cycle cycle = cycles.find(y.id(), quarter).orElseThrow(() -> notOpened(user.getName(), y, quarter));
        CycleCompliance c = compliance.forCycle(cycle.id(), directorateId);
        ComplianceFigures f = c.figures();
        String directorateName = directorateId == null ? null : organisation.directorates().stream()
                .filter(d -> d.id() == directorateId).map(Organisation.Directorate::name).findFirst().orElseThrow();
        return new ComplianceJson(y.label(), quarter, directorateName, c.quarterClose(), c.deadline(), f.due(), f.in(),
                f.onTime(), f.late(), f.missing(), f.overdue(), f.sentBack(), f.accepted(), f.daysTo95(),
                f.inAtThreeWeeksPct(), c.returns().stream().map(ServiceJson::of).toList(), c.nothingDue(), f.extended(),
                toldOfStoppedSteps(user.getName())
                        ? stopped.of(cycle.id()).stream().map(StoppedStepJson::of).toList() : null);
    }

    /**
     * A quarter the timer could not open, as the compliance screen says it to the performance team: when it was last
     * tried, why, and whether its week of automatic tries has ended (stoppedTryingAt, null while it is still tried).
     */
    record OpeningRefusedJson(Instant lastTriedAt, String reason, boolean automaticTriesEnded,
            Instant stoppedTryingAt) {
    }

    /** Told of stopped steps: the performance team, who run the quarter, and administrators, who run the server. */
    private boolean toldOfStoppedSteps(String username) {
        return people.find(username).map(p -> p.has(Role.PERFORMANCE_TEAM) || p.has(Role.ADMIN)).orElse(false);
    }

    /** The quarter has no cycle; the performance team, who open it, are told when the timer could not. */
    private NotFoundException notOpened(String username, ReportingYear y, int quarter) {
        String none = "No cycle has been opened for " + y.quarterName(quarter);
        boolean performanceTeam = people.find(username).map(p -> p.has(Role.PERFORMANCE_TEAM)).orElse(false);
        return refusals.standing().stream().filter(r -> performanceTeam && r.year().id() == y.id()
                        && r.quarter() == quarter).findFirst()
                .map(r -> new NotFoundException(r.notice(), Map.of("openingRefused", new OpeningRefusedJson(
                        r.lastTriedAt(), r.reason(), r.stoppedTryingAt() != null, r.stoppedTryingAt()))))
                .orElseGet(() -> new NotFoundException(none));
    }

    /**
     * Whose figures: null for the whole organisation. The performance team and administrators see the whole
     * organisation or any one directorate; a strategic director their own directorate only, as on the screen.
     */
    private Long directorate(String username, String named) {
        if (named != null && named.isBlank()) {
            throw new IllegalArgumentException("directorate is empty: name one, such as Children and Families, or leave"
                    + " it out for the whole organisation");
        }
        Person me = people.find(username).orElseThrow(() -> new NotAllowedException("Your account is not known"));
        if (me.has(Role.PERFORMANCE_TEAM) || me.has(Role.ADMIN)) {
            return named == null ? null : organisation.findDirectorate(named)
                    .orElseThrow(() -> new NotFoundException("There is no directorate named " + named));
        }
        if (me.directorateId() == null) {
            throw new NotAllowedException("Your account names no directorate: ask an administrator to set yours");
        }
        if (named != null && !organisation.findDirectorate(named).equals(Optional.of(me.directorateId()))) {
            throw new NotAllowedException("A strategic director reads the compliance figures of their own"
                    + " directorate only");
        }
        return me.directorateId();
    }
}
