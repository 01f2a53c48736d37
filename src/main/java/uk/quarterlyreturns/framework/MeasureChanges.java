package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.KeyActionRow;
import uk.quarterlyreturns.framework.io.Numbered;

/** What a framework or key actions file, or the measure form, may not do to what a year already holds. */
@Component
class MeasureChanges {

    private static final List<Integer> ALL_QUARTERS = List.of(1, 2, 3, 4);

    private final ValueRepository values;
    private final KeyActionRepository actions;
    private final ReturnLocks locks;
    private final YearRepository years;

    MeasureChanges(ValueRepository values, KeyActionRepository actions, ReturnLocks locks, YearRepository years) {
        this.values = values;
        this.actions = actions;
        this.locks = locks;
        this.years = years;
    }

    /** The year's unpublished quarters for one import's checks, read when first needed (see the class). */
    UnpublishedQuarters unpublishedQuarters(ReportingYear year) {
        return new UnpublishedQuarters(locks, years, year.id());
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
        signedQuarters(moving, values.recordedOrSaidOfQuarters(moving.keySet()), ALL_QUARTERS, lockedIn(signed))
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
     * @param services each row's service in the file
     */
    List<ImportError> movingSignedStatuses(ReportingYear year, List<Numbered<KeyActionRow>> rows,
            List<KeyAction> stored, List<Long> services) {
        Map<Long, Integer> moving = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            KeyAction before = stored.get(i);
            if (before != null && services.get(i) != before.serviceId()) {
                moving.put(before.id(), i);
            }
        }
        if (!moving.isEmpty()) {
            // Locked before the statuses are read, so that none is given and submitted between this check and the move.
            locks.lockYearsReturns(year.id());
        }
        List<ImportError> errors = new ArrayList<>();
        signedQuarters(moving, actions.recordedQuarters(moving.keySet()), ALL_QUARTERS,
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
            List<KeyAction> stored, List<Long> services, Supplier<List<Integer>> unpublished) {
        List<Integer> moving = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (stored.get(i) == null || services.get(i) != stored.get(i).serviceId()) {
                moving.add(i);
            }
        }
        return joining(year, unpublished, moving, services::get, (i, q) -> true, i -> rows.get(i).rowNumber(),
                i -> rows.get(i).row().code(), i -> rows.get(i).row().service(), i -> stored.get(i) == null);
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
            changed = changed.stream().filter(c -> !RatingRule.isPeriod(c)).toList(); // see switchingArrearsMidYear
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
        signedQuarters(changing, values.recordedOrSaidOfQuarters(changing.keySet()), unpublished.get(),
                lockedIn(signed))
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

    /** Of the items given for a quarter, those in a return already submitted or later, as locked beforehand. */
    private static BiFunction<Integer, List<Long>, Set<Long>> lockedIn(Map<Integer, Set<Long>> signed) {
        return (q, ids) -> ids.stream().filter(signed.getOrDefault(q, Set.of())::contains).collect(Collectors.toSet());
    }

    /**
     * For each row (by index) whose item changes, those of these quarters in which something is recorded for it in
     * a return already submitted or later; rows with none are left out.
     */
    private static Map<Integer, List<Integer>> signedQuarters(Map<Long, Integer> changing,
            Map<Long, List<Integer>> recorded, List<Integer> quarters,
            BiFunction<Integer, List<Long>, Set<Long>> locked) {
        Map<Integer, List<Integer>> signed = new TreeMap<>();
        for (int quarter : quarters) {
            List<Long> withFigures = recorded.entrySet().stream().filter(e -> e.getValue().contains(quarter))
                    .map(Map.Entry::getKey).toList();
            locked.apply(quarter, withFigures).forEach(id -> signed.computeIfAbsent(changing.get(id),
                    k -> new ArrayList<>()).add(quarter));
        }
        return signed;
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
                changed.put(i, new Measure(before.id(), before.yearId(), before.serviceId(), row));
            }
        }
        Map<Long, List<Integer>> recorded = values.recordedQuarters(changed.values().stream().map(Measure::id)
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
        Map<Long, List<Integer>> recorded = values.recordedQuarters(switching.keySet());
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

    /** Why a measure as the form read it may not be saved over: it has been changed or removed since. */
    static Optional<ImportError> changedSinceRead(ReportingYear year, Map<String, Measure> stored, FrameworkRow read) {
        Optional<Measure> now = stored.values().stream().filter(m -> m.code().equalsIgnoreCase(read.code()))
                .findFirst();
        if (now.isEmpty()) {
            return Optional.of(new ImportError(2, null, read.code() + " was removed from " + year.display()
                    + " after you opened it: nothing was saved."));
        }
        if (!now.get().definition().equals(MeasureRepository.normalised(read))) {
            return Optional.of(new ImportError(2, null, read.code() + " was changed after you opened it (by"
                    + " another officer, another tab or an import): nothing was saved. Cancel, and open it again"
                    + " to see the change before making yours."));
        }
        return Optional.empty();
    }
}
