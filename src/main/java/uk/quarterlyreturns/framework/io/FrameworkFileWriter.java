package uk.quarterlyreturns.framework.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.framework.ReportedUntil;

/**
 * Writes framework rows as a framework file that {@link FrameworkFileParser} reads back to equal rows:
 * every column, required then optional, defaults written out in full; {@code in_arrears} only when some measure is
 * ({@link InArrearsColumn}), {@code reported_until} and {@code reported_from} only when some measure has one, so
 * that a framework without them exports as before.
 */
public final class FrameworkFileWriter {

    /** Every column a framework file may have. */
    public static final List<String> COLUMNS =
            Stream.concat(FrameworkFileParser.REQUIRED.stream(), FrameworkFileParser.OPTIONAL.stream()).toList();

    /**
     * The quarter a measure added once a quarter's report is published is reported from (Measure.reportedFrom), after
     * the other columns when some measure has one. No import reads it (it is set when the measure is added), so a file
     * exported and imported again changes nothing.
     */
    public static final String REPORTED_FROM = "reported_from";

    private static final String SHEET_NAME = "Framework";

    private FrameworkFileWriter() {
    }

    public static byte[] csv(List<FrameworkRow> rows) {
        return csv(rows, Collections.nCopies(rows.size(), null));
    }

    /** @param reportedFrom each row's first quarter (Measure.reportedFrom), null for one reported from Q1 */
    public static byte[] csv(List<FrameworkRow> rows, List<Integer> reportedFrom) {
        List<String> columns = columns(rows, reportedFrom);
        return TabularWriter.csv(columns, cells(columns, rows, reportedFrom));
    }

    public static byte[] xlsx(List<FrameworkRow> rows) {
        return xlsx(rows, Collections.nCopies(rows.size(), null));
    }

    /** @param reportedFrom as for {@link #csv(List, List)} */
    public static byte[] xlsx(List<FrameworkRow> rows, List<Integer> reportedFrom) {
        List<String> columns = columns(rows, reportedFrom);
        return TabularWriter.xlsx(SHEET_NAME, columns, cells(columns, rows, reportedFrom));
    }

    private static List<String> columns(List<FrameworkRow> rows, List<Integer> reportedFrom) {
        boolean retired = rows.stream().anyMatch(r -> r.reportedUntil() != null);
        List<String> columns = new ArrayList<>(InArrearsColumn.of(COLUMNS, rows).stream()
                .filter(column -> retired || !column.equals(ReportedUntil.COLUMN)).toList());
        if (reportedFrom.stream().anyMatch(Objects::nonNull)) {
            columns.add(REPORTED_FROM);
        }
        return columns;
    }

    private static List<List<Object>> cells(List<String> columns, List<FrameworkRow> rows,
            List<Integer> reportedFrom) {
        List<List<Object>> cells = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            FrameworkRow row = rows.get(i);
            Map<String, Object> byColumn = byColumn(row);
            byColumn.put(REPORTED_FROM, reportedFrom.get(i));
            List<Object> line = new ArrayList<>(columns.size());
            for (String column : columns) {
                if (!byColumn.containsKey(column)) {
                    throw new IllegalStateException("no value written for column " + column);
                }
                line.add(byColumn.get(column));
            }
            cells.add(line);
        }
        return cells;
    }

    /** The row's cells by column name, as a file of it would hold them (the framework's history compares them). */
    public static Map<String, Object> byColumn(FrameworkRow row) {
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("code", row.code());
        cells.put("title", row.title());
        cells.put("directorate", row.directorate());
        cells.put("service", row.service());
        cells.put("theme", row.theme());
        cells.put("service_code", row.serviceCode());
        cells.put("unit", row.unit().written());
        cells.put("polarity", row.polarity());
        cells.put("frequency", row.frequency());
        cells.put("aggregation", row.aggregation());
        // A numeric target stays a number cell in a workbook; TBA and "no target" are text.
        cells.put("target", switch (row.target().kind()) {
            case VALUE -> row.target().value();
            case TBA -> row.target().toCsv();
            case NO_TARGET -> null;
        });
        cells.put("floor", row.floor());
        cells.put("tolerance_pct", row.tolerancePct());
        cells.put("rag_scheme", row.ragScheme());
        cells.put("outcome", row.outcome());
        cells.put("source", row.source());
        cells.put("due_quarter", row.dueQuarter());
        for (int q = 0; q < ProfileColumns.COLUMNS.size(); q++) {
            cells.put(ProfileColumns.COLUMNS.get(q), row.profilePct().get(q));
        }
        cells.put("lower_threshold", row.lowerThreshold());
        cells.put("upper_threshold", row.upperThreshold());
        cells.put("decimals", row.decimals());
        cells.put(InArrearsColumn.NAME, InArrearsColumn.cell(row));
        cells.put(ReportedUntil.COLUMN, row.reportedUntil());
        return cells;
    }
}
