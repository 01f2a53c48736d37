package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.Numbered;

/**
 * A measure's last quarter set or moved (ReportedUntil): refused before a quarter whose return holds a figure for it
 * (or "not available") and is submitted, signed off or accepted, as other framework changes under submitted returns
 * are, and said plainly beforehand on the measure form.
 */
@Component
class ReportedUntilChanges {

    /** A return's status as the refusal names it. */
    private static final Map<String, String> STATUS_WORDS = Map.of("SUBMITTED", "submitted", "SIGNED_OFF",
            "signed off", "ACCEPTED", "accepted", "REOPENED", "reopened for a correction");

    private final JdbcClient jdbc;
    private final MeasureRepository measures;
    private final RecordedQuarters recordedQuarters;
    private final ReturnLocks locks;

    ReportedUntilChanges(JdbcClient jdbc, MeasureRepository measures, RecordedQuarters recordedQuarters,
            ReturnLocks locks) {
        this.jdbc = jdbc;
        this.measures = measures;
        this.recordedQuarters = recordedQuarters;
        this.locks = locks;
    }

    /** @param stored each row's stored measure, or null for a new one (which has no figures) */
    List<ImportError> retiringIntoThePast(ReportingYear year, List<Numbered<FrameworkRow>> rows,
            List<Measure> stored) {
        Map<Long, Integer> changed = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Measure before = stored.get(i);
            Integer until = rows.get(i).row().reportedUntil();
            if (before != null && until != null && !Objects.equals(before.definition().reportedUntil(), until)) {
                changed.put(before.id(), i);
            }
        }
        Map<Long, Map<Integer, String>> submitted = new HashMap<>();
        Map<Long, Set<Integer>> notAvailable = new HashMap<>();
        submittedWithEntry(year.id(), changed.keySet(), submitted, notAvailable);
        List<ImportError> errors = new ArrayList<>();
        changed.forEach((id, i) -> ReportedUntil.refusal(stored.get(i).code(), rows.get(i).row().reportedUntil(),
                submitted.getOrDefault(id, Map.of()), notAvailable.getOrDefault(id, Set.of()), year).ifPresent(why ->
                        errors.add(new ImportError(rows.get(i).rowNumber(), ReportedUntil.COLUMN, why))));
        return errors;
    }

    /** What reporting the measure only until {@code until} would do (see ReportedUntil.consequences); nothing changes. */
    String consequences(ReportingYear year, String code, int until) {
        Measure m = measures.byCode(year.id()).get(code);
        List<Integer> held = m == null ? List.of() : recordedQuarters.of(List.of(m.id())).getOrDefault(m.id(),
                List.of()).stream().filter(q -> q > until).toList();
        return ReportedUntil.consequences(code, until, held, year);
    }

    /**
     * The quarters whose return holds a figure for each measure, or "not available" with its reason (an entry its
     * director signed off as much as a figure), and is submitted, signed off or accepted (or reopened since for a
     * correction of its published report), with its status in words; and which of them hold "not available". The
     * year's returns are locked first (as the framework's other checks of submitted returns lock them), so none is
     * submitted between this and the save.
     */
    private void submittedWithEntry(long yearId, Collection<Long> measureIds, Map<Long, Map<Integer, String>> held,
            Map<Long, Set<Integer>> notAvailable) {
        if (measureIds.isEmpty()) {
            return;
        }
        locks.lockYearsReturns(yearId);
        jdbc.sql("""
                select v.measure_id, v.quarter, r.status, v.value is null as not_available
                from measure_value v join measure m on m.id = v.measure_id
                join cycle c on c.year_id = m.year_id and c.quarter = v.quarter
                join service_return r on r.cycle_id = c.id and r.service_id = m.service_id
                where v.measure_id = any(:ids) and (v.value is not null or v.not_available_reason is not null)
                  and (r.status in ('SUBMITTED', 'SIGNED_OFF', 'ACCEPTED') or r.status = 'REOPENED'
                       and exists (select 1 from report_version p where p.cycle_id = c.id
                                   and p.status in ('APPROVED', 'SUPERSEDED')))
                order by v.quarter""")
                .param("ids", measureIds.toArray(Long[]::new))
                .query(rs -> {
                    held.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2),
                            STATUS_WORDS.get(rs.getString(3)));
                    if (rs.getBoolean(4)) {
                        notAvailable.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getInt(2));
                    }
                });
    }
}
