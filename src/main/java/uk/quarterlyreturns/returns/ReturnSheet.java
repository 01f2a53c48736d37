package uk.quarterlyreturns.returns;

import java.util.List;
import java.util.Map;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.framework.HistoryEntry;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository.StatusEntry;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.ReportingYear;

/**
 * Everything a return's form shows, read at one moment: the return, its quarter, each measure as it
 * stands with its history, and the service's key actions with their statuses for the quarter.
 */
public record ReturnSheet(ServiceReturn serviceReturn, Cycle cycle, ReportingYear year, boolean deadlinePassed,
        List<MeasureStatus> measures, Map<Long, List<HistoryEntry>> history, List<KeyAction> actions,
        Map<Long, StatusEntry> actionStatuses, Names names) {

    public int quarter() {
        return cycle.quarter();
    }

    public List<HistoryEntry> historyOf(long measureId) {
        return history.getOrDefault(measureId, List.of());
    }

    /** The three years before this one, oldest first, labelled like 2014-15. */
    public List<String> outturnYears() {
        int first = year.startsOn().getYear();
        return List.of(ReportingYear.labelOf(first - 3), ReportingYear.labelOf(first - 2),
                ReportingYear.labelOf(first - 1));
    }

    /** A past year's outturn of a measure (with the unit it was published in, when not the measure's), or null. */
    public HistoryEntry outturn(long measureId, String yearLabel) {
        return historyOf(measureId).stream()
                .filter(h -> h.year().equals(yearLabel) && h.quarter() == null && h.value() != null)
                .findFirst().orElse(null);
    }
}
