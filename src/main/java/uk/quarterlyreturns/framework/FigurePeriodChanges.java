package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.Numbered;

/**
 * A measure's figures belong to quarters (or, in arrears, the quarters before): a change to when it is due may not
 * leave figures already given with no return or quarter to show them in.
 */
@Component
class FigurePeriodChanges {

    private final RecordedQuarters recordedQuarters;

    FigurePeriodChanges(RecordedQuarters recordedQuarters) {
        this.recordedQuarters = recordedQuarters;
    }

    /**
     * A changed frequency or due quarter may not leave a quarter that already has figures not due: its return would
     * show them nowhere, and the report would count the measure Not due there.
     *
     * @param stored each row's stored measure, or null for a new one
     */
    List<ImportError> hidingFigures(ReportingYear year, List<Numbered<FrameworkRow>> rows, List<Measure> stored) {
        Map<Integer, Measure> changed = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Measure before = stored.get(i);
            FrameworkRow row = rows.get(i).row();
            if (before != null && (before.definition().frequency() != row.frequency()
                    || before.definition().dueQuarter() != row.dueQuarter())) {
                changed.put(i, before.withDefinition(row));
            }
        }
        Map<Long, List<Integer>> recorded = recordedQuarters.of(changed.values().stream().map(Measure::id)
                .toList());
        List<ImportError> errors = new ArrayList<>();
        changed.forEach((i, after) -> {
            List<Integer> hidden = recorded.getOrDefault(after.id(), List.of()).stream()
                    .filter(q -> !QuarterFigureRule.isDue(after, q)).toList();
            if (!hidden.isEmpty()) {
                FrameworkRow row = after.definition();
                errors.add(new ImportError(rows.get(i).rowNumber(),
                        row.frequency() == stored.get(i).definition().frequency() ? "due_quarter" : "frequency",
                        after.code() + " already has figures for " + FrameworkRemoval.quarterList(hidden) + " of "
                                + year.display() + ", which " + (row.frequency() == Frequency.ANNUAL
                                ? "an annual measure reported in Q" + row.dueQuarter() : "it") + " would show"
                                + " nowhere: keep its frequency and due quarter for this year, or make the change"
                                + " in next year's framework"));
            }
        });
        return errors;
    }

    /**
     * Nor may a measure go into or out of arrears once it has figures in the year: they were given for one period
     * (their own quarter, or the one before) and the next return's would be for the other, so one quarter's figure
     * would be given twice (in arrears from Q2: Q1's in the Q1 and the Q2 return) or by no return at all. Signed off
     * or not, published or not: the change waits for next year's framework.
     *
     * @param stored each row's stored measure, or null for a new one
     */
    List<ImportError> switchingArrearsMidYear(ReportingYear year, List<Numbered<FrameworkRow>> rows,
            List<Measure> stored) {
        Map<Long, Integer> switching = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Measure before = stored.get(i);
            if (before != null && before.definition().inArrears() != rows.get(i).row().inArrears()) {
                switching.put(before.id(), i);
            }
        }
        Map<Long, List<Integer>> recorded = recordedQuarters.of(switching.keySet());
        List<ImportError> errors = new ArrayList<>();
        switching.forEach((id, i) -> {
            List<Integer> quarters = recorded.getOrDefault(id, List.of());
            if (quarters.isEmpty()) {
                return;
            }
            Measure before = stored.get(i);
            boolean into = rows.get(i).row().inArrears();
            errors.add(new ImportError(rows.get(i).rowNumber(), "in_arrears", before.code() + " already has figures"
                    + " for " + FrameworkRemoval.quarterList(quarters) + " of " + year.display() + ", each given for "
                    + (into ? "its own quarter: in arrears, the next return would give the last quarter's figure"
                    + " again" : "the quarter before: out of arrears, the next return would give its own quarter's,"
                    + " and no return the quarter between") + ". Keep it " + (into ? "as it is" : "in arrears")
                    + " for " + year.display() + ", and make the change in next year's framework"));
        });
        return errors;
    }
}
