package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.ImportError;

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
     * director signed off. Nor may a measure staying in its service be made due in such a quarter (made quarterly, or
     * given that due quarter): what is due is read from the framework, so it would join the return all the same. A key
     * action, due every quarter, would join with no status.
     *
     * @param joins     the rows (by index) whose item joins its service's returns
     * @param rowNumber each row's number in the file, by index
     */
    List<ImportError> joiningSignedReturns(ReportingYear year, Map<Integer, ReturnJoin> joins,
            IntUnaryOperator rowNumber, Supplier<List<Integer>> unpublished) {
        if (joins.isEmpty()) {
            return List.of(); // most files: no cycle to read
        }
        Map<Integer, List<Integer>> joined = new TreeMap<>();
        for (int quarter : unpublished.get()) {
            List<Integer> dueNow = joins.keySet().stream().filter(i -> joins.get(i).dueIn().test(quarter)).toList();
            Set<Long> locked = locks.lockedServices(year.id(), quarter,
                    dueNow.stream().map(i -> joins.get(i).service()).toList());
            dueNow.stream().filter(i -> locked.contains(joins.get(i).service()))
                    .forEach(i -> joined.computeIfAbsent(i, k -> new ArrayList<>()).add(quarter));
        }
        List<ImportError> errors = new ArrayList<>();
        joined.forEach((i, quarters) -> {
            ReturnJoin join = joins.get(i);
            String named = FrameworkRemoval.quarterList(quarters);
            boolean one = quarters.size() == 1;
            String returns = one ? "return" : "returns";
            errors.add(new ImportError(rowNumber.applyAsInt(i), join.column(), join.doing() + " would add it to "
                    + join.serviceName() + "'s " + named + " " + returns + ", already submitted: "
                    + (join.missing() ? "it would be reported Missing there, unseen by who signed " + (one ? "it" : "them")
                            + " off" : "it would change what was signed off")
                    + ". Have the " + returns + " sent back first (or reopened, once accepted), or " + join.instead()
                    + " once the " + named + (one ? " report is" : " reports are") + " published"));
        });
        return errors;
    }
}
