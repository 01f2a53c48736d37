package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.Numbered;

/** A measure's rating rule may not change under RAGs already signed off. */
@Component
class SignedRatingChanges {

    private final RecordedQuarters recordedQuarters;
    private final ReturnLocks locks;

    SignedRatingChanges(RecordedQuarters recordedQuarters, ReturnLocks locks) {
        this.recordedQuarters = recordedQuarters;
        this.locks = locks;
    }

    /**
     * A measure's rating rule (see {@link RatingRule}) may not change while its figures are in a return already
     * submitted, signed off or accepted for a quarter whose report is not yet published: the RAGs its director signed
     * off, and the reasons and actions they gave for those at Amber or worse (or did not need to give), would change
     * unseen. A return not yet submitted is rated by the new rule when it is; a published report keeps what it printed.
     *
     * @param stored each row's stored measure, or null for a new one
     */
    List<ImportError> changingSignedRatings(ReportingYear year, List<Numbered<FrameworkRow>> rows,
            List<Measure> stored, Supplier<List<Integer>> unpublished) {
        Map<Long, Integer> changing = new LinkedHashMap<>();
        Map<Integer, List<String>> columns = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Measure before = stored.get(i);
            List<String> changed = before == null ? List.of()
                    : RatingRule.changedColumns(before.definition(), MeasureRepository.normalised(rows.get(i).row()));
            changed = changed.stream().filter(c -> !RatingRule.isPeriod(c)).toList(); // see FigurePeriodChanges
            if (!changed.isEmpty()) {
                changing.put(before.id(), i);
                columns.put(i, changed);
            }
        }
        if (changing.isEmpty()) {
            return List.of(); // most files: no cycle to read
        }
        // Locked before they are read, returns first and then cycles (as a submission or a reopening takes them), so
        // that none is submitted, signed off or reopened between this check and the save.
        Map<Integer, Set<Long>> signed = locks.lockedMeasuresByQuarter(year.id(), changing.keySet());
        List<ImportError> errors = new ArrayList<>();
        SignedQuarters.of(changing, recordedQuarters.orSaidOf(changing.keySet()), unpublished.get(),
                SignedQuarters.lockedIn(signed))
                .forEach((i, quarters) -> errors.add(
                        new ImportError(rows.get(i).rowNumber(), columns.get(i).get(0),
                                signedRatingsRefusal(stored.get(i), columns.get(i), quarters))));
        return errors;
    }

    private static String signedRatingsRefusal(Measure before, List<String> columns, List<Integer> quarters) {
        String named = FrameworkRemoval.quarterList(quarters);
        boolean one = quarters.size() == 1;
        String returns = one ? "return" : "returns";
        String signed = columns.stream().allMatch(RatingRule::isRange)
                ? "the expected range they were signed off against" : "the RAGs that were signed off";
        return before.code() + "'s figures for " + named + " are in " + before.definition().service() + "'s "
                + returns + ", already submitted: changing its " + FrameworkRemoval.listed(columns)
                + " would change " + signed + ". Have the " + returns + " sent back first (or"
                + " reopened, once accepted), or make the change once the " + named
                + (one ? " report is" : " reports are") + " published";
    }
}
