package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.KeyActionRow;
import uk.quarterlyreturns.framework.io.Numbered;

/** A measure or key action may not move out of a return already submitted: it takes what was signed off with it. */
@Component
class SignedFigureMoves {

    private static final List<Integer> ALL_QUARTERS = List.of(1, 2, 3, 4);

    private final RecordedQuarters recordedQuarters;
    private final KeyActionRepository actions;
    private final ReturnLocks locks;

    SignedFigureMoves(RecordedQuarters recordedQuarters, KeyActionRepository actions, ReturnLocks locks) {
        this.recordedQuarters = recordedQuarters;
        this.actions = actions;
        this.locks = locks;
    }

    /**
     * A measure may not move to another service while figures of it are in a return already submitted, signed off
     * or accepted: they would leave what its director signed off and appear in a return nobody signed off with them.
     *
     * @param stored   each row's stored measure, or null for a new one
     * @param services each row's service in the file (a new one provisional), or empty when it could not be placed
     */
    List<ImportError> movingSignedFigures(ReportingYear year, List<Numbered<FrameworkRow>> rows, List<Measure> stored,
            List<Optional<Long>> services) {
        Map<Long, Integer> moving = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Measure before = stored.get(i);
            if (before != null && services.get(i).filter(s -> s != before.serviceId()).isPresent()) {
                moving.put(before.id(), i);
            }
        }
        // Locked before the figures are read, so that none is typed and submitted between this check and the move.
        Map<Integer, Set<Long>> signed = locks.lockedMeasuresByQuarter(year.id(), moving.keySet());
        List<ImportError> errors = new ArrayList<>();
        SignedQuarters.of(moving, recordedQuarters.orSaidOf(moving.keySet()), ALL_QUARTERS,
                SignedQuarters.lockedIn(signed))
                .forEach((i, quarters) -> {
                    Measure before = stored.get(i);
                    errors.add(new ImportError(rows.get(i).rowNumber(), "service", before.code() + "'s figures for "
                            + FrameworkRemoval.quarterList(quarters) + " are in " + before.definition().service()
                            + "'s " + (quarters.size() == 1 ? "return" : "returns") + ", already submitted: moving it"
                            + " to " + rows.get(i).row().service() + " would change what was signed off. Keep it in "
                            + before.definition().service() + " for " + year.display() + ", or move it in next"
                            + " year's framework"));
                });
        return errors;
    }

    /**
     * As {@link #movingSignedFigures} for a key action: its status and commentary belong to the return its
     * director signed off.
     *
     * @param stored   each row's stored key action, or null for a new one
     * @param services each row's service in the file, or empty when it could not be placed
     */
    List<ImportError> movingSignedStatuses(ReportingYear year, List<Numbered<KeyActionRow>> rows,
            List<KeyAction> stored, List<Optional<Long>> services) {
        Map<Long, Integer> moving = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            KeyAction before = stored.get(i);
            if (before != null && services.get(i).filter(s -> s != before.serviceId()).isPresent()) {
                moving.put(before.id(), i);
            }
        }
        if (!moving.isEmpty()) {
            // Locked before the statuses are read, so that none is given and submitted between this check and the move.
            locks.lockYearsReturns(year.id());
        }
        List<ImportError> errors = new ArrayList<>();
        SignedQuarters.of(moving, actions.recordedQuarters(moving.keySet()), ALL_QUARTERS,
                (q, ids) -> locks.lockedKeyActions(year.id(), q, ids)).forEach((i, quarters) -> {
                    KeyAction before = stored.get(i);
                    boolean one = quarters.size() == 1;
                    errors.add(new ImportError(rows.get(i).rowNumber(), "service", before.code() + "'s "
                            + (one ? "status" : "statuses") + " for " + FrameworkRemoval.quarterList(quarters)
                            + (one ? " is" : " are") + " in " + before.definition().service() + "'s "
                            + (one ? "return" : "returns") + ", already submitted: moving it to "
                            + rows.get(i).row().service() + " would change what was signed off. Keep it in "
                            + before.definition().service() + " for " + year.display() + ", or move it in next"
                            + " year's key actions"));
                });
        return errors;
    }
}
