package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
     * unseen. A return not yet submitted is rated by the new rule when it is; a published report keeps what it printed,
     * and so, until it is accepted, does a return it printed as submitted (see {@link #printedRatingsRefusal}).
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
        Map<Long, List<Integer>> recorded = recordedQuarters.orSaidOf(changing.keySet());
        Map<Integer, ImportError> errors = new TreeMap<>();
        SignedQuarters.of(changing, recorded, unpublished.get(), SignedQuarters.lockedIn(signed))
                .forEach((i, quarters) -> errors.put(i, new ImportError(rows.get(i).rowNumber(),
                        columns.get(i).get(0), signedRatingsRefusal(stored.get(i), columns.get(i), quarters))));
        Map<Integer, Set<Long>> printed = locks.printedAwaitingAcceptance(year.id(), changing.keySet());
        SignedQuarters.of(changing, recorded, new ArrayList<>(new TreeSet<>(printed.keySet())),
                SignedQuarters.lockedIn(printed))
                .forEach((i, quarters) -> errors.putIfAbsent(i, new ImportError(rows.get(i).rowNumber(),
                        columns.get(i).get(0), printedRatingsRefusal(stored.get(i), columns.get(i), quarters))));
        return new ArrayList<>(errors.values());
    }

    /**
     * Nor, once the quarter's report is published, while its figures are in a return that report prints as submitted
     * and that is not yet accepted: the change would re-rate what Cabinet read with no correction to say so, and the
     * director would sign off RAGs other than those submitted and printed, in a return they may no longer change. Once
     * accepted as it stands, it is an accepted return's figure: the change applies from then on, and a correction of
     * the quarter prints it marked "t".
     */
    private static String printedRatingsRefusal(Measure before, List<String> columns, List<Integer> quarters) {
        String named = FrameworkRemoval.quarterList(quarters);
        boolean one = quarters.size() == 1;
        return before.code() + "'s figures for " + named + " are in " + before.definition().service() + "'s "
                + (one ? "return" : "returns") + ", which the published " + named + (one ? " report prints" : " reports"
                + " print") + " as submitted and which " + (one ? "is" : "are") + " not yet accepted: changing its "
                + FrameworkRemoval.listed(columns) + " would change " + (columns.stream().allMatch(RatingRule::isRange)
                        ? "where the figures stand against the expected range printed there" : "the RAGs printed there")
                + ", with no correction to say so. Have the " + (one ? "return accepted as it stands" : "returns accepted as they stand")
                + " (signed off first, where not yet), then make the change";
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
