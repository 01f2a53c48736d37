package uk.quarterlyreturns.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.calendar.WorkingDays;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.framework.YearStructure;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.base.security.Role;

/** Opens a quarter's cycle (by the performance team, or by the timer) and answers its process's questions. */
@Service(CycleService.BEAN)
public class CycleService {

    /** The name quarterlyCycle's expressions calls this bean by. */
    public static final String BEAN = "cycles";

    private final CycleRepository cycles;
    private final YearRepository years;
    private final PeopleService people;
    private final RuntimeService runtime;
    private final Clock clock;
    private final YearStructure structure;
    private final SuggestedDates suggestedDates;

    CycleService(CycleRepository cycles, YearRepository years, PeopleService people, RuntimeService runtime,
            Clock clock, YearStructure structure, WorkingDays workingDays) {
        this.structure = structure;
        this.suggestedDates = new SuggestedDates(workingDays);
        this.cycles = cycles;
        this.years = years;
        this.people = people;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Refused to anyone but the performance team, before any question about the quarter is answered. */
    public void requireOpener(String user) {
        if (!people.find(user).map(p -> p.has(Role.PERFORMANCE_TEAM)).orElse(false)) {
            throw new NotAllowedException("Only the performance team opens a cycle");
        }
    }

    /** The performance team opens the quarter: a deadline for returns, and a date to compile with what is in. */
    @Transactional
    public Cycle open(String yearLabel, int quarter, Instant deadline, Instant compilationDate, ChasePolicy policy,
            String user) {
        requireOpener(user);
        return openAs(yearLabel, quarter, deadline, compilationDate, policy, user);
    }

    /**
     * Refused before anything is asked about the quarter (a colleague opened it from another tab, or a script ran
     * twice); checked again under the quarter's lock as it opens.
     */
    public void requireNotOpen(ReportingYear year, int quarter) {
        if (cycles.find(year.id(), quarter).isPresent()) {
            throw new IllegalStateException("The " + year.quarterName(quarter) + " cycle is already open");
        }
    }

    /** Said before anything is asked about the dates: answering a question would not make them right. */
    public static void requireDatesInOrder(Instant deadline, Instant compilationDate) {
        if (!compilationDate.isAfter(deadline)) {
            throw new IllegalArgumentException("The compilation date must come after the submission deadline");
        }
    }

    /**
     * A warning while the cycle's dates run past the end of the bank holiday calendar, as the open-cycle dialog
     * gives it: however the cycle was opened (the dialog, the API, the timer), its chase counts bank holidays after
     * that end as working days.
     */
    public Optional<String> beyondTheCalendar(Cycle cycle) {
        return suggestedDates.beyondTheCalendar(LocalDateTime.ofInstant(cycle.compilationDate(), ReportingYear.LONDON));
    }

    /**
     * Said with the question about a deadline already past when the compilation date has gone by too: the report
     * would then be compiled at once from nothing, and sent for approval.
     */
    public static String compiledAtOnce(String compilationDate) {
        return "The compilation date, " + compilationDate + ", has gone by too: the report will be compiled at once,"
                + " every return Missing, and sent to the chief executive for approval.";
    }

    /** Whether a deadline has gone by: a cycle opened with it has every return overdue from the start. */
    public boolean passed(Instant deadline) {
        return !deadline.isAfter(clock.instant());
    }

    /** Whether the quarter is over (London time): a cycle is almost always opened for one that is. */
    public boolean ended(ReportingYear year, int quarter) {
        return !clock.instant().isBefore(year.quarterClose(quarter).toInstant());
    }

    /** Opening by the timer (see AutomaticOpening), recorded as opened by "timer". */
    @Transactional
    public Cycle openAs(String yearLabel, int quarter, Instant deadline, Instant compilationDate, ChasePolicy policy,
            String openedBy) {
        ReportingYear.requireQuarter(quarter);
        ReportingYear year = years.find(yearLabel).orElseThrow(() -> new IllegalArgumentException(
                "There is no framework for " + yearLabel + ": import its measures first"));
        cycles.lockQuarter(year.id(), quarter);
        requireNotOpen(year, quarter);
        requireDatesInOrder(deadline, compilationDate);
        List<String> directorless = structure.withoutDirector(year.id(), quarter).stream()
                .map(YearStructure.PlacedService::name).toList();
        if (!directorless.isEmpty()) {
            throw new IllegalStateException("These services owe a Q" + quarter + " return but have no service director,"
                    + " so nobody could sign it off: " + String.join(", ", directorless)
                    + ". Name a director (or a deputy) for each, then open the cycle.");
        }
        long id = cycles.insert(year.id(), quarter, deadline, compilationDate, openedBy, clock.instant(), policy);
        String instance = runtime.startProcessInstanceByKey(CycleProcess.PROCESS_ID, CycleProcess.businessKey(id),
                Map.of(CycleProcess.VAR_CYCLE_ID, id)).getId();
        cycles.setProcessInstance(id, instance);
        return cycles.find(id).orElseThrow();
    }

    public Date compilationDate(long cycleId) {
        return Date.from(cycles.find(cycleId).orElseThrow().compilationDate());
    }

    /** The quarter that ended last, today: the one the open-cycle dialog starts from. */
    public SuggestedDates.YearQuarter lastEndedQuarter() {
        return SuggestedDates.lastEnded(LocalDate.now(clock));
    }

    /** What the open-cycle dialog proposes, on the working-day calendar. */
    public SuggestedDates suggestedDates() {
        return suggestedDates;
    }

    public List<Cycle> all() {
        return cycles.all();
    }

    public Optional<Cycle> find(long id) {
        return cycles.find(id);
    }
}
