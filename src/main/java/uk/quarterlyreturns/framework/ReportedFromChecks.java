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
 * when it is added. A last quarter before it is refused, and so is a measure added once the year's Q4 report is
 * published, since no return would ask for the measure at all.
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
        return jdbc.sql(ADDED_NOW).param("y", yearId).query(Integer.class).list().get(0);
    }

    /** The first quarter of an item (measure or key action) added now to year {@code :y}, as SQL; null from Q1. */
    static final String ADDED_NOW = """
            select max(c.quarter) + 1 from cycle c where c.year_id = :y and exists (select 1 from report_version v
                where v.cycle_id = c.id and v.status in ('APPROVED', 'SUPERSEDED'))""";

    /**
     * Each row that would leave its measure owed by no return of the year: a new measure once the year's Q4 report is
     * published (its place is next year's framework), and a last quarter (set or moved, or given to a new measure)
     * before the first.
     *
     * @param stored each row's stored measure, or null for a new one
     */
    List<ImportError> owedByNoReturn(ReportingYear year, List<Numbered<FrameworkRow>> rows, List<Measure> stored,
            UnpublishedQuarters unpublished) {
        Integer addedNow = stored.stream().anyMatch(Objects::isNull) ? ofMeasuresAddedNow(year.id(), unpublished)
                : null;
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Measure before = stored.get(i);
            FrameworkRow row = rows.get(i).row();
            if (before == null && addedNow != null && addedNow > 4) {
                errors.add(new ImportError(rows.get(i).rowNumber(), "code", row.code() + " cannot be added to "
                        + year.display() + ": its Q4 report is published, so no return of the year would ask for it."
                        + " Add it to next year's framework (" + ReportingYear.labelOf(year.startsOn().getYear() + 1)
                        .replace('-', '/') + ") instead."));
                continue;
            }
            Integer until = row.reportedUntil();
            Integer from = before == null ? addedNow : before.reportedFrom();
            boolean set = before == null || !Objects.equals(before.definition().reportedUntil(), until);
            if (set && until != null && from != null && until < from) {
                errors.add(new ImportError(rows.get(i).rowNumber(), ReportedUntil.COLUMN,
                        ReportedUntil.beforeItsFirst(row.code(), from, until)));
            }
        }
        return errors;
    }
}
