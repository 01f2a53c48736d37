package uk.quarterlyreturns.framework;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The year's key actions in one quarter: each with its status and words as entered so far, as the measures are. */
@Service
public class QuarterKeyActions {

    private final KeyActionRepository actions;
    private final FiguresNotIn notIn;
    private final Deadlines deadlines;

    QuarterKeyActions(KeyActionRepository actions, FiguresNotIn notIn, Deadlines deadlines) {
        this.actions = actions;
        this.notIn = notIn;
        this.deadlines = deadlines;
    }

    /**
     * One key action in a quarter.
     *
     * @param status      the status given; MISSING when none was given by its return's deadline; null before it
     * @param entry       what was entered for the quarter, or null when nothing was
     * @param returnNotIn its service's return of the quarter is not in (never submitted, or sent back and not
     *                    submitted again): the report prints it as Missing
     */
    public record InQuarter(KeyAction action, Rag status, KeyActionRepository.StatusEntry entry, boolean returnNotIn) {
    }

    public List<InQuarter> forQuarter(ReportingYear year, int quarter) {
        ReportingYear.requireQuarter(quarter);
        Map<Long, KeyActionRepository.StatusEntry> entries = actions.statusEntries(year.id(), quarter).stream()
                .collect(Collectors.toMap(KeyActionRepository.StatusEntry::actionId, Function.identity()));
        Set<Long> servicesNotIn = notIn.servicesNotIn(year.id(), quarter);
        LongPredicate passed = deadlines.passedByService(year, quarter);
        return actions.forYear(year.id()).stream().map(a -> {
            KeyActionRepository.StatusEntry entry = entries.get(a.id());
            Rag given = entry == null ? null : entry.status();
            Rag status = given != null ? given : passed.test(a.serviceId()) ? Rag.MISSING : null;
            return new InQuarter(a, status, entry, servicesNotIn.contains(a.serviceId()));
        }).toList();
    }
}
