package uk.quarterlyreturns.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.KeyActionRow;
import uk.quarterlyreturns.framework.io.Numbered;

/**
 * A file's row bringing its measure or key action into its service's returns: new, moved from another service, or (a
 * measure staying) made due in quarters it was not. Such a row may not join a return already submitted
 * ({@link SignedReturnJoins}), nor issue one nobody could sign off ({@link NobodyToSignOff}).
 *
 * @param service     the service whose returns it joins; never one the file brings in, which has none yet
 * @param serviceName as the row names it
 * @param column      the column that brings it in: its service, or for a measure made due its frequency or due quarter
 * @param doing       what the row does, as a refusal starts ("Adding RH-9 to Housing")
 * @param missing     whether it would join with nothing recorded (as against changing what was signed off)
 * @param instead     what to do once the report is published ("add it")
 * @param dueIn       the quarters in which it joins the service's return
 */
record ReturnJoin(long service, String serviceName, String column, String doing, boolean missing, String instead,
        IntPredicate dueIn) {

    /**
     * Each row (by index, in the file's order) whose measure joins its service's returns.
     *
     * @param stored   each row's stored measure, or null for a new one
     * @param services each row's service in the file (a new one provisional), or empty when it could not be placed
     */
    static Map<Integer, ReturnJoin> ofMeasures(ReportingYear year, List<Numbered<FrameworkRow>> rows,
            List<Measure> stored, List<Optional<Long>> services) {
        Map<Integer, ReturnJoin> joins = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Measure before = stored.get(i);
            FrameworkRow row = rows.get(i).row();
            Optional<Long> placed = services.get(i).filter(s -> s > 0);
            if (placed.isEmpty()) {
                continue; // refused already, or a service the file brings in
            }
            Measure after = new Measure(before == null ? 0 : before.id(), year.id(), placed.get(), row,
                    before == null ? null : before.reportedFrom());
            IntPredicate due = q -> QuarterFigureRule.isDue(after, q);
            if (before == null || before.serviceId() != after.serviceId()) {
                joins.put(i, joining(after.serviceId(), row.code(), row.service(), before == null, due));
            } else if (before.definition().frequency() != row.frequency()
                    || before.definition().dueQuarter() != row.dueQuarter()) {
                boolean frequency = before.definition().frequency() != row.frequency();
                // only the quarters it is due in now and was not: the others' returns have it already
                joins.put(i, new ReturnJoin(after.serviceId(), row.service(), frequency ? "frequency" : "due_quarter",
                        "Making " + row.code() + (frequency ? " quarterly" : " due in Q" + row.dueQuarter()), true,
                        "make the change", due.and(q -> !QuarterFigureRule.isDue(before, q))));
            }
        }
        return joins;
    }

    /**
     * Each row whose key action, due every quarter, joins its service's returns: new, or moved.
     *
     * @param stored   each row's stored key action, or null for a new one
     * @param services each row's service in the file, or empty when it could not be placed
     */
    static Map<Integer, ReturnJoin> ofKeyActions(List<Numbered<KeyActionRow>> rows, List<KeyAction> stored,
            List<Optional<Long>> services) {
        Map<Integer, ReturnJoin> joins = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            KeyAction before = stored.get(i);
            Optional<Long> to = services.get(i).filter(s -> before == null || s != before.serviceId());
            if (to.isPresent()) {
                KeyActionRow row = rows.get(i).row();
                joins.put(i, joining(to.get(), row.code(), row.service(), before == null, q -> true));
            }
        }
        return joins;
    }

    private static ReturnJoin joining(long service, String code, String serviceName, boolean added, IntPredicate due) {
        return added ? new ReturnJoin(service, serviceName, "service", "Adding " + code + " to " + serviceName, true,
                "add it", due)
                : new ReturnJoin(service, serviceName, "service", "Moving " + code + " to " + serviceName, false,
                        "make the move", due);
    }
}
