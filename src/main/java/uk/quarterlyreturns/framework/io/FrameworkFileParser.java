package uk.quarterlyreturns.framework.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.Numbers;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.framework.Aggregation;
import uk.quarterlyreturns.framework.Frequency;
import uk.quarterlyreturns.framework.Polarity;
import uk.quarterlyreturns.framework.RagScheme;
import uk.quarterlyreturns.framework.ReportedUntil;
import uk.quarterlyreturns.framework.Target;
import uk.quarterlyreturns.framework.Unit;

/**
 * Reads a year's framework file: one row per measure. All or nothing: either every row is good and
 * the whole list is returned, or {@link ImportRejectedException} lists every bad row and column.
 * Whether services and themes exist, or codes clash with the year's stored framework, is for the
 * caller to check: this class knows only the file.
 */
public final class FrameworkFileParser {

    public static final List<String> REQUIRED = List.of("code", "title", "directorate", "service", "theme",
            "unit", "polarity", "frequency", "aggregation", "target", "floor", "tolerance_pct", "rag_scheme");
    public static final List<String> OPTIONAL = List.of("outcome", "source", "due_quarter",
            "profile_q1", "profile_q2", "profile_q3", "profile_q4", "lower_threshold", "upper_threshold",
            "decimals", "service_code", InArrearsColumn.NAME, ReportedUntil.COLUMN);

    private FrameworkFileParser() {
    }

    /** @throws ImportRejectedException naming every bad row and column */
    public static List<FrameworkRow> parse(TabularFile file) {
        ParsedFile<FrameworkRow> parsed = read(file);
        parsed.rejectIf(List.of());
        return parsed.values();
    }

    /** The good rows, numbered, and the errors of the others, for a caller with checks of its own to add. */
    public static ParsedFile<FrameworkRow> read(TabularFile file) {
        ImportCheck check = ImportCheck.of(file, REQUIRED, OPTIONAL);
        Map<Object, Integer> codes = new HashMap<>();
        List<Numbered<FrameworkRow>> rows = new ArrayList<>();
        for (TabularRow row : check.rows()) {
            RowCells cells = check.row(row);
            FrameworkRow parsed = parseRow(cells, codes);
            if (parsed != null) {
                rows.add(cells.numbered(parsed));
            }
        }
        return check.result(rows);
    }

    private static FrameworkRow parseRow(RowCells cells, Map<Object, Integer> codes) {
        String code = cells.code();
        if (code != null) {
            cells.unique("code", code.toLowerCase(Locale.ROOT), codes, "The code " + code);
        }
        String title = cells.requiredText("title", RowCells.TEXT_MAX);
        String directorate = cells.name("directorate");
        String service = cells.name("service");
        String theme = cells.name("theme");
        Unit unit = unit(cells);
        Polarity polarity = cells.choice("polarity", Polarity.class, Map.of());
        Frequency frequency = cells.choice("frequency", Frequency.class, Map.of());
        Aggregation aggregation = cells.choice("aggregation", Aggregation.class, Map.of());
        Target target = target(cells);
        BigDecimal floor = cells.number("floor");
        BigDecimal tolerancePct = cells.number("tolerance_pct");
        RagScheme scheme = cells.choice("rag_scheme", RagScheme.class, Map.of());
        checkScheme(cells, scheme, floor, tolerancePct);
        checkFloor(cells, scheme, polarity, target, floor);
        String outcome = cells.text("outcome", RowCells.TEXT_MAX);
        String source = cells.text("source", RowCells.TEXT_MAX);
        Integer dueQuarter = cells.wholeNumber("due_quarter", 1, 4, "the quarter");
        List<BigDecimal> profile = ProfileColumns.read(cells);
        BigDecimal lower = cells.number("lower_threshold");
        BigDecimal upper = cells.number("upper_threshold");
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            cells.error("lower_threshold", "The lower threshold (" + lower.toPlainString()
                    + ") must not be above the upper threshold (" + upper.toPlainString() + ")");
        }
        Integer decimals = cells.wholeNumber("decimals", 0, 6, "the number of decimal places");
        String serviceCode = cells.text("service_code", RowCells.CODE_MAX);
        boolean inArrears = InArrearsColumn.read(cells, frequency, aggregation);
        Integer reportedUntil = cells.wholeNumber(ReportedUntil.COLUMN, 1, 4, "the quarter of its last return (leave"
                + " it empty to report it all year)");
        if (cells.hasErrors()) {
            return null;
        }
        return new FrameworkRow(code, title, directorate, service, theme, unit, polarity, frequency,
                aggregation, target, floor, tolerancePct, scheme, outcome, source,
                dueQuarter == null ? FrameworkRow.DEFAULT_DUE_QUARTER : dueQuarter, profile, lower, upper,
                decimals, serviceCode, inArrears, reportedUntil);
    }

    /** The unit as the council writes it: free text, its known words choosing how figures are formatted. */
    private static Unit unit(RowCells cells) {
        if (cells.isEmpty("unit")) {
            cells.error("unit", "Must not be empty: write the unit, e.g. %, count, £m, days or visits");
            return null;
        }
        String text = cells.text("unit", Unit.MAX_LENGTH);
        return text == null ? null : Unit.of(text);
    }

    /** A number, empty for "No target", or TBA for a target not yet agreed. */
    private static Target target(RowCells cells) {
        String text = cells.get("target");
        if (text.isEmpty()) {
            return Target.NO_TARGET;
        }
        if (text.equalsIgnoreCase("TBA")) {
            return Target.TBA;
        }
        try {
            return Target.of(Numbers.parse(text));
        } catch (NumberFormatException e) {
            cells.error("target", e.getMessage() + " (or TBA, or leave it empty for no target)");
            return null;
        }
    }

    /**
     * A floor is the worst a measure may be and still be Amber: on the worse side of its target. One on the better
     * side (target and floor swapped, or the polarity wrong) would rate every figure short of target Red, never Amber.
     */
    private static void checkFloor(RowCells cells, RagScheme scheme, Polarity polarity, Target target,
            BigDecimal floor) {
        if (scheme != RagScheme.TARGET_FLOOR || polarity == null || target == null || !target.hasValue()
                || floor == null) {
            return;
        }
        boolean higher = polarity == Polarity.HIGHER_IS_BETTER;
        int side = floor.compareTo(target.value());
        if (higher ? side > 0 : side < 0) {
            cells.error("floor", "The floor (" + floor.toPlainString() + ") must not be " + (higher ? "above"
                    : "below") + " the target (" + target.value().toPlainString() + ") when " + (higher
                    ? "higher" : "lower") + " is better: it is the worst figure still rated Amber. Check whether"
                    + " the floor and target, or the polarity, are swapped");
        }
    }

    private static void checkScheme(RowCells cells, RagScheme scheme, BigDecimal floor, BigDecimal tolerancePct) {
        if (tolerancePct != null && tolerancePct.signum() < 0) {
            cells.error("tolerance_pct", "Must be 0 or more");
        }
        if (scheme == RagScheme.TARGET_FLOOR && floor == null) {
            cells.error("floor", "The TARGET_FLOOR RAG scheme needs a floor");
        }
        if (scheme == RagScheme.TOLERANCE && tolerancePct == null) {
            cells.error("tolerance_pct", "The TOLERANCE RAG scheme needs a tolerance_pct");
        }
    }
}
