package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
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
     * director signed off. Nor may a measure staying in its service be made due in such a quarter (made quarterly, or
     * given that due quarter): what is due is read from the framework, so it would join the return all the same.
     *
     * @param stored   each row's stored measure, or null for a new one
     * @param services each row's service in the file (a new one provisional), or empty when it could not be placed
     */
    List<ImportError> joiningSignedReturns(ReportingYear year, List<Numbered<FrameworkRow>> rows,
            List<Measure> stored, List<Optional<Long>> services, Supplier<List<Integer>> unpublished) {
        Map<Integer, Join> joins = new LinkedHashMap<>();
        Map<Integer, IntPredicate> dueIn = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Measure before = stored.get(i);
            FrameworkRow row = rows.get(i).row();
            Optional<Long> placed = services.get(i).filter(s -> s > 0);
            if (placed.isEmpty()) {
                continue; // refused already, or a service the file brings in: it has no return yet
            }
            Measure after = new Measure(before == null ? 0 : before.id(), year.id(), placed.get(), row);
            if (before == null || before.serviceId() != after.serviceId()) {
                joins.put(i, before == null ? Join.added(after.serviceId(), row.code(), row.service())
                        : Join.moved(after.serviceId(), row.code(), row.service()));
                dueIn.put(i, q -> QuarterFigureRule.isDue(after, q));
            } else if (before.definition().frequency() != row.frequency()
                    || before.definition().dueQuarter() != row.dueQuarter()) {
                joins.put(i, Join.madeDue(after, before.definition().frequency() != row.frequency()));
                // only the quarters it is due in now and was not: the others' returns have it already
                dueIn.put(i, q -> QuarterFigureRule.isDue(after, q) && !QuarterFigureRule.isDue(before, q));
            }
        }
        return joining(year, unpublished, joins, (i, q) -> dueIn.get(i).test(q), i -> rows.get(i).rowNumber());
    }

    /**
     * As {@link #joiningSignedReturns} for a key action, moved or new, due every quarter: it would join with no
     * status.
     */
    List<ImportError> joiningSignedReturnsOfActions(ReportingYear year, List<Numbered<KeyActionRow>> rows,
            List<KeyAction> stored, List<Optional<Long>> services, Supplier<List<Integer>> unpublished) {
        Map<Integer, Join> joins = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            KeyAction before = stored.get(i);
            Optional<Long> to = services.get(i).filter(s -> before == null || s != before.serviceId());
            if (to.isPresent()) {
                KeyActionRow row = rows.get(i).row();
                joins.put(i, before == null ? Join.added(to.get(), row.code(), row.service())
                        : Join.moved(to.get(), row.code(), row.service()));
            }
        }
        return joining(year, unpublished, joins, (i, q) -> true, i -> rows.get(i).rowNumber());
    }

    /**
     * How a row's item would join its service's returns, as its refusal says it.
     *
     * @param doing   what the row does, as the refusal starts ("Adding RH-9 to Housing")
     * @param missing whether the item would join with nothing recorded (as against changing what was signed off)
     * @param instead what to do once the report is published ("add it")
     */
    private record Join(long service, String serviceName, String column, String doing, boolean missing,
            String instead) {

        static Join added(long service, String code, String serviceName) {
            return new Join(service, serviceName, "service", "Adding " + code + " to " + serviceName, true, "add it");
        }

        static Join moved(long service, String code, String serviceName) {
            return new Join(service, serviceName, "service", "Moving " + code + " to " + serviceName, false,
                    "make the move");
        }

        /** A measure of the service made quarterly, or given another due quarter. */
        static Join madeDue(Measure after, boolean frequency) {
            FrameworkRow row = after.definition();
            return new Join(after.serviceId(), row.service(), frequency ? "frequency" : "due_quarter", "Making "
                    + row.code() + (frequency ? " quarterly" : " due in Q" + row.dueQuarter()), true,
                    "make the change");
        }
    }

    /** The refusals for rows (by index) joining a service's return already submitted, in a quarter it is due in. */
    private List<ImportError> joining(ReportingYear year, Supplier<List<Integer>> unpublished, Map<Integer, Join> joins,
            BiPredicate<Integer, Integer> due, IntUnaryOperator rowNumber) {
        if (joins.isEmpty()) {
            return List.of(); // most files: no cycle to read
        }
        Map<Integer, List<Integer>> joined = new TreeMap<>();
        for (int quarter : unpublished.get()) {
            List<Integer> dueNow = joins.keySet().stream().filter(i -> due.test(i, quarter)).toList();
            Set<Long> locked = locks.lockedServices(year.id(), quarter,
                    dueNow.stream().map(i -> joins.get(i).service()).toList());
            dueNow.stream().filter(i -> locked.contains(joins.get(i).service()))
                    .forEach(i -> joined.computeIfAbsent(i, k -> new ArrayList<>()).add(quarter));
        }
        List<ImportError> errors = new ArrayList<>();
        joined.forEach((i, quarters) -> {
            Join join = joins.get(i);
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
