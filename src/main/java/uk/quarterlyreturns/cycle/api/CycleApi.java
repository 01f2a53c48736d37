package uk.quarterlyreturns.cycle.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.ConfirmationRequiredException;
import uk.quarterlyreturns.base.api.NotFoundException;
import uk.quarterlyreturns.base.api.StrictJson;
import uk.quarterlyreturns.cycle.ChaseDefaults;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.cycle.SuggestedDates;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;

/**
 * Opening a quarter's cycle and reading where it is, for scripts and other systems. The same checks as the
 * open-cycle dialog: only the performance team opens (an administrator may read), the compilation date after
 * the deadline, one cycle per quarter, the reminder schedule by ChasePolicy's rules, and a quarter not yet ended or
 * a deadline already past only when the caller says so. Its answer carries the dialog's warnings too.
 */
@RestController
@RequestMapping("/api/years/{year}/quarters/{quarter}/cycle")
@PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'ADMIN')")
class CycleApi {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

    private final CycleService cycleService;
    private final CycleRepository cycles;
    private final YearRepository years;
    private final ChaseDefaults chaseDefaults;
    private final ObjectMapper json;
    private final ReportApproval approval;

    CycleApi(CycleService cycleService, CycleRepository cycles, YearRepository years, ChaseDefaults chaseDefaults,
            ObjectMapper json, ReportApproval approval) {
        this.approval = approval;
        this.json = StrictJson.of(json);
        this.cycleService = cycleService;
        this.cycles = cycles;
        this.years = years;
        this.chaseDefaults = chaseDefaults;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Opened; warnings lists what the open-cycle dialog would warn"
            + " of, such as dates past the end of the bank holiday calendar")
    @ApiResponse(responseCode = "409", description = "Already open; or a quarter not yet ended or a deadline already"
            + " past that the body did not confirm, each listed in toConfirm with what to send; nothing opened")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OpenCycleJson.class)))
    ResponseEntity<CycleJson> open(@PathVariable String year, @PathVariable int quarter,
            @RequestBody(required = false) String text, Authentication user) {
        ReportingYear y = existing(year);
        ReportingYear.requireQuarter(quarter);
        // an administrator reads, and is told no before anything about the body: no answer to it would open it
        cycleService.requireOpener(user.getName());
        OpenCycleJson body = OpenCycleJson.read(json, text);
        Instant deadline = body.deadlineInstant();
        Instant compilation = body.compilationInstant();
        ChasePolicy policy = body.policy(chaseDefaults.current());
        CycleService.requireDatesInOrder(deadline, compilation); // bad dates first: no question would mend them
        cycleService.requireNotOpen(y, quarter);
        requireConfirmed(body, y, quarter, deadline, compilation);
        Cycle cycle = cycleService.open(y.label(), quarter, deadline, compilation, policy, user.getName());
        return ResponseEntity.created(URI.create("/api/years/" + y.label() + "/quarters/" + quarter + "/cycle"))
                .body(json(cycle));
    }

    /**
     * What the open-cycle dialog asks before opening, an API caller says in the body: each unsaid is a line of the
     * 409, naming what to send to go ahead.
     */
    private void requireConfirmed(OpenCycleJson body, ReportingYear y, int quarter, Instant deadline,
            Instant compilation) {
        List<String> unsaid = new ArrayList<>();
        if (!body.opensBeforeQuarterEnds() && !cycleService.ended(y, quarter)) {
            // its returns would ask the services for figures not yet known
            SuggestedDates.YearQuarter last = cycleService.lastEndedQuarter();
            unsaid.add(y.quarterName(quarter) + " does not end until " + DAY.format(y.quarterEnd(quarter))
                    + "; the quarter that ended last is Q" + last.quarter() + " " + last.yearLabel().replace('-', '/')
                    + ". To open it now, send \"beforeQuarterEnds\": true");
        }
        if (!body.opensWithDeadlinePassed() && cycleService.passed(deadline)) {
            // easily a slip of the year or month: every return would be chased and escalated at once
            unsaid.add("The deadline, " + WHEN.format(deadline.atZone(ReportingYear.LONDON)) + " (London time), has"
                    + " already passed: every return would be overdue as soon as it is issued, and the overdue notices"
                    + " and escalations would go out straight away. " + (cycleService.passed(compilation)
                    ? CycleService.compiledAtOnce(WHEN.format(compilation.atZone(ReportingYear.LONDON))) + " " : "")
                    + "To open it so, send \"deadlinePassed\": true");
        }
        if (!unsaid.isEmpty()) {
            throw new ConfirmationRequiredException(String.join(" ", unsaid), "toConfirm", unsaid);
        }
    }

    @GetMapping
    CycleJson state(@PathVariable String year, @PathVariable int quarter) {
        return json(QuarterInPath.cycle(cycles, existing(year), quarter));
    }

    /**
     * The cycle with what the open-cycle dialog would warn of: its dates past the bank holiday calendar, and no chief
     * executive to approve its report while that is still to come.
     */
    private CycleJson json(Cycle cycle) {
        List<String> warnings = new ArrayList<>(cycleService.beyondTheCalendar(cycle).stream().toList());
        if (cycle.status() != CycleStatus.PUBLISHED) {
            approval.nobodyToApproveYet().ifPresent(warnings::add);
        }
        return CycleJson.of(cycle, warnings);
    }

    private ReportingYear existing(String label) {
        ReportingYear.startOf(label);
        return years.find(label).orElseThrow(() -> new NotFoundException(
                "There is no framework for " + label + ": import its measures first"));
    }
}
