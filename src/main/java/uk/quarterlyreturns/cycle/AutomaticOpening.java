package uk.quarterlyreturns.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.calendar.WorkingDays;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.base.QuarterlySettings;

/**
 * Opens a quarter's cycle by itself a set number of days after quarter end, when the performance team
 * has not opened it already: deadline N working days later at 17:00, compilation some days after that
 * (moved on to a working day, as the open-cycle dialog suggests it), chased on the stored reminder schedule defaults.
 * Off unless quarterly.cycle.auto-open-days is set. A refusal is told to the performance team (OpeningRefusals), not
 * only logged: otherwise they would learn weeks late that no returns went out.
 */
@Component
class AutomaticOpening {

    private static final Logger log = LoggerFactory.getLogger(AutomaticOpening.class);
    /** A quarter more than this many days past its opening day is history, not a cycle to open now. */
    private static final int WINDOW_DAYS = 7;

    private final YearRepository years;
    private final CycleRepository cycles;
    private final CycleService service;
    private final ChaseDefaults chaseDefaults;
    private final WorkingDays workingDays;
    private final SuggestedDates suggestedDates;
    private final OpeningRefusals refusals;
    private final Clock clock;
    private final int daysAfterQuarterEnd;
    private final int deadlineWorkingDays;
    private final int compilationDaysAfterDeadline;

    AutomaticOpening(YearRepository years, CycleRepository cycles, CycleService service, ChaseDefaults chaseDefaults,
            WorkingDays workingDays, OpeningRefusals refusals, Clock clock, QuarterlySettings settings) {
        this.refusals = refusals;
        this.years = years;
        this.cycles = cycles;
        this.service = service;
        this.chaseDefaults = chaseDefaults;
        this.workingDays = workingDays;
        this.suggestedDates = new SuggestedDates(workingDays);
        this.clock = clock;
        this.daysAfterQuarterEnd = settings.cycle().autoOpenDays();
        this.deadlineWorkingDays = settings.cycle().deadlineWorkingDays();
        this.compilationDaysAfterDeadline = settings.cycle().compilationDaysAfterDeadline();
    }

    @Scheduled(cron = "0 5 * * * *", zone = "Europe/London")
    void hourly() {
        openDueCycles();
    }

    /** Opens every quarter whose opening day has come (within a week) and has no cycle; returns them. */
    List<Cycle> openDueCycles() {
        List<Cycle> opened = new ArrayList<>();
        if (daysAfterQuarterEnd <= 0) {
            return opened;
        }
        LocalDate today = LocalDate.now(clock);
        for (ReportingYear year : years.all()) {
            for (int q = 1; q <= 4; q++) {
                LocalDate opening = year.quarterEnd(q).plusDays(daysAfterQuarterEnd);
                if (today.isAfter(opening.plusDays(WINDOW_DAYS))) {
                    refusals.stopTrying(year, q, clock.instant()); // only a quarter refused before, and still unopened
                    continue;
                }
                if (today.isBefore(opening) || cycles.find(year.id(), q).isPresent()) {
                    continue;
                }
                LocalDate deadlineDay = workingDays.plusWorkingDays(today, deadlineWorkingDays);
                var deadline = deadlineDay.atTime(LocalTime.of(17, 0)).atZone(ReportingYear.LONDON);
                var compilation = suggestedDates.compilation(deadline.toLocalDateTime(), compilationDaysAfterDeadline)
                        .atZone(ReportingYear.LONDON);
                try {
                    Cycle cycle = service.openAs(year.label(), q, deadline.toInstant(), compilation.toInstant(),
                            chaseDefaults.current(), "timer");
                    opened.add(cycle);
                    log.info("Opened the {} cycle automatically, deadline {}", year.quarterName(q), deadline);
                    // nobody saw the dialog's warning: said here, and on the cycle's compliance screen
                    String name = year.quarterName(q);
                    service.beyondTheCalendar(cycle).ifPresent(warning -> log.warn("The {} cycle opened"
                            + " automatically: {}", name, warning));
                } catch (IllegalStateException | IllegalArgumentException refused) {
                    // the next hourly run tries again once the performance team has put it right
                    log.warn("The {} cycle was not opened automatically: {}", year.quarterName(q),
                            refused.getMessage());
                    if (cycles.find(year.id(), q).isEmpty()) { // not merely opened meanwhile, by hand or the other node
                        refusals.refused(year, q, refused.getMessage(), clock.instant());
                    }
                }
            }
        }
        return opened;
    }
}
