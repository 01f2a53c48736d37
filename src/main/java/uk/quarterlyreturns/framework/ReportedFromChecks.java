package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.Numbered;

/**
 * A measure's first quarter (ReportedUntil, Measure.reportedFrom): the quarter after the last whose report is published
 * when it is added. A last quarter before it is refused, since no return would ask for the measure at all.
 */
@Component
class ReportedFromChecks {

    private final JdbcClient jdbc;

    ReportedFromChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The first quarter of a measure added now: the one after the last whose report is published; null (from Q1) while
     * none is. The year's returns and cycles are locked first, so no report is published before the save commits.
     */
    Integer ofMeasuresAddedNow(long yearId, UnpublishedQuarters unpublished) {
        unpublished.get();
        return jdbc.sql("""
                select max(c.quarter) + 1 from cycle c where c.year_id = :y and exists (select 1 from report_version v
                    where v.cycle_id = c.id and v.status in ('APPROVED', 'SUPERSEDED'))""")
                .param("y", yearId).query(Integer.class).list().get(0);
    }

    /**
     * Each row whose last quarter (set or moved, or given to a new measure) is before its first.
     *
     * @param stored each row's stored measure, or null for a new one
     */
    List<ImportError> endingBeforeItsFirst(ReportingYear year, List<Numbered<FrameworkRow>> rows, List<Measure> stored,
            UnpublishedQuarters unpublished) {
        List<ImportError> errors = new ArrayList<>();
        Integer addedNow = null;
        boolean read = false;
        for (int i = 0; i < rows.size(); i++) {
            Measure before = stored.get(i);
            Integer until = rows.get(i).row().reportedUntil();
            if (until == null || before != null && Objects.equals(before.definition().reportedUntil(), until)) {
                continue;
            }
            if (before == null && !read) {
                addedNow = ofMeasuresAddedNow(year.id(), unpublished);
                read = true;
            }
            Integer from = before == null ? addedNow : before.reportedFrom();
            if (from != null && until < from) {
                errors.add(new ImportError(rows.get(i).rowNumber(), ReportedUntil.COLUMN,
                        ReportedUntil.beforeItsFirst(rows.get(i).row().code(), from, until)));
            }
        }
        return errors;
    }
}
