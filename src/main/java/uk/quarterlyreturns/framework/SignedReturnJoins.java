package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.KeyActionRow;
import uk.quarterlyreturns.framework.io.Numbered;

/**
 * A measure or key action may not join a return already submitted, moved or new: it would be reported there unseen by
 * whoever signed it off.
 */
@Component
class SignedReturnJoins {

    private final ReturnLocks locks;

    SignedReturnJoins(ReturnLocks locks) {
        this.locks = locks;
    }

    /**
     * Nor may a measure move into a service whose return, for a quarter the measure is due in and whose report is not
     * yet published, is already submitted, signed off or accepted: it would join a return after its director signed
     * it off, reported Missing there, or with a figure they never saw. As for a changed rating rule, the return is
     * sent back (or reopened) first, or the move waits for the report. A return still with the service takes the
     * measure and its figure, which is kept by measure and quarter, whichever service gave it. A new measure may not
     * be added to such a return either, where it is due: it would join it with no figure, Missing under a return its
     * director signed off.
     *
     * @param stored   each row's stored measure, or null for a new one
     * @param services each row's service in the file (a new one provisional), or empty when it could not be placed
     */
    List<ImportError> joiningSignedReturns(ReportingYear year, List<Numbered<FrameworkRow>> rows,
            List<Measure> stored, List<Optional<Long>> services, Supplier<List<Integer>> unpublished) {
        Map<Integer, Measure> moving = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Measure before = stored.get(i);
            Optional<Long> to = services.get(i).filter(s -> s > 0 && (before == null || s != before.serviceId()));
            if (to.isPresent()) {
                moving.put(i, new Measure(before == null ? 0 : before.id(), year.id(), to.get(), rows.get(i).row()));
            }
        }
        return joining(year, unpublished, moving.keySet(), i -> moving.get(i).serviceId(),
                (i, q) -> QuarterFigureRule.isDue(moving.get(i), q), i -> rows.get(i).rowNumber(),
                i -> moving.get(i).code(), i -> rows.get(i).row().service(), i -> stored.get(i) == null);
    }

    /**
     * As {@link #joiningSignedReturns} for a key action, moved or new, due every quarter: it would join with no
     * status.
     */
    List<ImportError> joiningSignedReturnsOfActions(ReportingYear year, List<Numbered<KeyActionRow>> rows,
            List<KeyAction> stored, List<Optional<Long>> services, Supplier<List<Integer>> unpublished) {
        List<Integer> moving = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            KeyAction before = stored.get(i);
            if (services.get(i).filter(s -> before == null || s != before.serviceId()).isPresent()) {
                moving.add(i);
            }
        }
        return joining(year, unpublished, moving, i -> services.get(i).orElseThrow(), (i, q) -> true,
                i -> rows.get(i).rowNumber(), i -> rows.get(i).row().code(), i -> rows.get(i).row().service(),
                i -> stored.get(i) == null);
    }

    /** The refusals for rows (by index) moving into, or new in, a service whose return is already submitted. */
    private List<ImportError> joining(ReportingYear year, Supplier<List<Integer>> unpublished,
            Collection<Integer> moving, IntFunction<Long> to,
            BiPredicate<Integer, Integer> due, IntUnaryOperator rowNumber, IntFunction<String> code,
            IntFunction<String> service, IntPredicate added) {
        if (moving.isEmpty()) {
            return List.of(); // most files: no cycle to read
        }
        Map<Integer, List<Integer>> joined = new TreeMap<>();
        for (int quarter : unpublished.get()) {
            List<Integer> dueNow = moving.stream().filter(i -> due.test(i, quarter)).toList();
            Set<Long> locked = locks.lockedServices(year.id(), quarter, dueNow.stream().map(to::apply).toList());
            dueNow.stream().filter(i -> locked.contains(to.apply(i)))
                    .forEach(i -> joined.computeIfAbsent(i, k -> new ArrayList<>()).add(quarter));
        }
        List<ImportError> errors = new ArrayList<>();
        joined.forEach((i, quarters) -> {
            String named = FrameworkRemoval.quarterList(quarters);
            boolean one = quarters.size() == 1;
            String returns = one ? "return" : "returns";
            boolean isNew = added.test(i);
            errors.add(new ImportError(rowNumber.applyAsInt(i), "service", (isNew ? "Adding " : "Moving ")
                    + code.apply(i) + " to " + service.apply(i) + " would add it to " + service.apply(i) + "'s "
                    + named + " " + returns + ", already submitted: "
                    + (isNew ? "it would be reported Missing there, unseen by who signed " + (one ? "it" : "them")
                            + " off" : "it would change what was signed off")
                    + ". Have the " + returns + " sent back first (or reopened, once accepted), or "
                    + (isNew ? "add it" : "make the move") + " once the " + named
                    + (one ? " report is" : " reports are") + " published"));
        });
        return errors;
    }
}
