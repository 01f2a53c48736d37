package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.io.HistoryFileParser;
import uk.quarterlyreturns.framework.io.HistoryRow;
import uk.quarterlyreturns.framework.io.Numbered;
import uk.quarterlyreturns.framework.io.ParsedFile;
import uk.quarterlyreturns.framework.io.ValueRow;
import uk.quarterlyreturns.framework.io.ValuesFileParser;

/**
 * Imports figures into a year whose framework is in place: earlier years' outturns and past quarters (history),
 * and a quarter's values (the values feed). Measures are found by code in any letters; each import is all or
 * nothing, naming every bad row.
 */
@Service
public class FigureImport {

    private static final Logger log = LoggerFactory.getLogger(FigureImport.class);

    private final YearRepository years;
    private final MeasureRepository measures;
    private final ValueRepository values;
    private final MeasureHistory measureHistory;
    private final ReturnLocks locks;
    private final FedValues fedValues;
    private final FrameworkHistory history;

    FigureImport(YearRepository years, MeasureRepository measures, ValueRepository values,
            MeasureHistory measureHistory, ReturnLocks locks, FedValues fedValues, FrameworkHistory history) {
        this.years = years;
        this.measures = measures;
        this.values = values;
        this.measureHistory = measureHistory;
        this.locks = locks;
        this.fedValues = fedValues;
        this.history = history;
    }

    /** As {@link #importHistory(String, TabularFile, FrameworkEdit)}, by whoever is signed in, as a file import. */
    @Transactional
    public ImportResult importHistory(String yearLabel, TabularFile file) {
        return importHistory(yearLabel, file, FrameworkEdit.signedIn(FrameworkWay.FILE));
    }

    /**
     * Past figures print in the report (trends, last year's outturn, direction of travel), so each one the file
     * changes is kept in the framework's history with the edit's person, way and reason, from what to what; a figure
     * given again as stored changes nothing and records nothing. The year is locked first, as a framework import
     * locks it, so the figures compared stay as read until this commits.
     */
    @Transactional
    public ImportResult importHistory(String yearLabel, TabularFile file, FrameworkEdit edit) {
        ParsedFile<HistoryRow> parsed = HistoryFileParser.read(file);
        ReportingYear year = existingYear(yearLabel);
        List<ImportError> errors = new ArrayList<>();
        for (Numbered<HistoryRow> row : parsed.rows()) {
            if (!ReportingYear.startOf(row.row().year()).isBefore(year.startsOn())) {
                errors.add(new ImportError(row.rowNumber(), "year", "History is for years before "
                        + year.display() + ": this year's figures come through its returns or the values feed"));
            }
        }
        List<Measure> measuresOf = measuresOf(parsed, HistoryRow::code, year, errors);
        parsed.rejectIf(errors);
        measures.lockYear(year.id());
        Map<List<Object>, HistoryEntry> stored = new HashMap<>();
        measureHistory.historyOf(measuresOf.stream().map(Measure::id).toList())
                .forEach(h -> stored.put(period(h.measureId(), h.year(), h.quarter()), h));
        List<HistoryRow> rows = parsed.values();
        FrameworkTrail trail = new FrameworkTrail();
        for (int i = 0; i < rows.size(); i++) {
            HistoryRow row = rows.get(i);
            Measure measure = measuresOf.get(i);
            HistoryEntry was = stored.get(period(measure.id(), row.year(), row.quarter()));
            String from = was == null ? null : figure(was.value(), was.unit() == null ? null : was.unit().written());
            String to = figure(row.value(), row.unit());
            if (!to.equals(from)) {
                measureHistory.saveHistory(measure.id(), row.year(), row.quarter(), row.value(), row.unit());
                trail.pastFigure(measure.code(), row.year(), row.quarter(), from, to);
            }
        }
        history.write(year, trail, edit);
        int changed = trail.changes().size();
        return new ImportResult(rows.size(), changed, rows.size() - changed);
    }

    private static List<Object> period(long measureId, String year, Integer quarter) {
        return Arrays.asList(measureId, year, quarter);
    }

    /** A past figure as its history gives it: "48", or "48 (per 1,000)" for an outturn published in another unit. */
    private static String figure(BigDecimal value, String unit) {
        String plain = value.stripTrailingZeros().toPlainString();
        return unit == null ? plain : plain + " (" + unit + ")";
    }

    /** The values feed as the API takes it (PUT .../quarters/{quarter}/values). */
    public ImportResult importValues(String yearLabel, int quarter, TabularFile file, String by) {
        return importValues(yearLabel, quarter, file, by, FeedRoute.API);
    }

    /**
     * The values feed, by the way it came (said in the history of each return it changes): refused for measures whose return is already submitted or later (409), and, naming each row,
     * for measures not due in the quarter, as a return's upload refuses them.
     */
    @Transactional
    public ImportResult importValues(String yearLabel, int quarter, TabularFile file, String by, FeedRoute route) {
        ReportingYear.requireQuarter(quarter);
        ParsedFile<ValueRow> parsed = ValuesFileParser.read(file);
        ReportingYear year = existingYear(yearLabel);
        List<ImportError> refused = new ArrayList<>();
        List<Measure> measuresOf = measuresOf(parsed, ValueRow::code, year, refused);
        for (int i = 0; i < parsed.rows().size(); i++) {
            if (measuresOf.get(i) != null) {
                QuarterFigureRule.problem(parsed.rows().get(i), measuresOf.get(i), quarter).ifPresent(refused::add);
            }
        }
        parsed.rejectIf(refused); // the file's own mistakes, unknown codes and rows not due, named together
        List<ValueRow> rows = parsed.values();
        List<Long> ids = measuresOf.stream().map(Measure::id).toList();
        var locked = locks.lockedMeasures(year.id(), quarter, ids);
        if (!locked.isEmpty()) {
            List<String> codes = new ArrayList<>();
            List<Integer> lockedRows = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (locked.contains(measuresOf.get(i).id())) {
                    codes.add(measuresOf.get(i).code());
                    lockedRows.add(parsed.rows().get(i).rowNumber());
                }
            }
            log.warn("Values feed from {} refused: {} Q{} measures {} are locked", by, yearLabel, quarter, codes);
            throw new ValuesLockedException(codes, lockedRows);
        }
        List<FedValues.FedFigure> fed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ValueRow row = rows.get(i);
            Measure measure = measuresOf.get(i);
            QuarterValue before = values.find(measure.id(), quarter).orElse(null);
            QuarterValue after = values.saveFigure(measure.id(), quarter, valueOf(row, measure), row.note(),
                    row.numerator(), row.denominator(), by);
            if (before == null || before.version() != after.version()) {
                fed.add(new FedValues.FedFigure(measure.id(), measure.code(), before, after));
            }
        }
        fedValues.fed(year.id(), quarter, fed, by, route);
        return new ImportResult(rows.size(), fed.size(), rows.size() - fed.size());
    }

    /**
     * The year's measure of each good row of the file, found by code in any letters; null for a row whose code the
     * year's framework does not have (or could name two), added to the errors for the caller to refuse with its own.
     */
    private <T> List<Measure> measuresOf(ParsedFile<T> parsed, Function<T, String> code, ReportingYear year,
            List<ImportError> errors) {
        Map<String, Measure> byCode = measures.byCode(year.id());
        StoredCodes codes = new StoredCodes(byCode.keySet());
        List<Measure> found = new ArrayList<>();
        for (Numbered<T> row : parsed.rows()) {
            int errorsBefore = errors.size();
            String match = codes.match(code.apply(row.row()), row.rowNumber(), errors);
            if (match == null && errors.size() == errorsBefore) {
                errors.add(unknownCode(row.rowNumber(), code.apply(row.row()), year));
            }
            found.add(match == null ? null : byCode.get(match));
        }
        return found;
    }

    /**
     * Why a row's value is not its numerator / denominator in the measure's unit, to the places the value is given
     * in (rounded, or cut off: 57 or 57.2 for 380 / 664 = 57.229%, not 58, which would be judged above the figure the
     * counts make); empty when it is, or when either is not given.
     */
    public static Optional<String> ratioMismatch(ValueRow row, Measure measure) {
        if (row.value() == null || row.numerator() == null || row.denominator() == null) {
            return Optional.empty();
        }
        BigDecimal ratio = row.numerator().multiply(measure.definition().unit().base())
                .divide(row.denominator(), MathContext.DECIMAL64);
        int places = Math.max(0, row.value().stripTrailingZeros().scale());
        if (ratio.setScale(places, RoundingMode.HALF_UP).compareTo(row.value()) == 0
                || ratio.setScale(places, RoundingMode.DOWN).compareTo(row.value()) == 0) {
            return Optional.empty();
        }
        return Optional.of("The value " + row.value().toPlainString() + " is not numerator / denominator ("
                + row.numerator().toPlainString() + " / " + row.denominator().toPlainString() + " makes "
                + valueOf(new ValueRow(row.code(), null, null, row.numerator(), row.denominator()), measure)
                .toPlainString() + "): correct either, or leave the value empty to have it worked out");
    }

    /** A values file row's figure for the measure, worked out as the values feed does (for a return's upload). */
    public static BigDecimal figureOf(ValueRow row, Measure measure) {
        return valueOf(row, measure);
    }

    /**
     * The given value, or numerator / denominator in the measure's unit (times 100 for a percentage, times the base
     * for a rate per 1,000, 10k or 100k), rounded once, at the measure's decimals.
     */
    static BigDecimal valueOf(ValueRow row, Measure measure) {
        if (row.value() != null) {
            return row.value();
        }
        int decimals = measure.definition().decimals() == null ? MeasureRule.DEFAULT_DECIMALS
                : measure.definition().decimals();
        return row.numerator().multiply(measure.definition().unit().base())
                .divide(row.denominator(), decimals, RoundingMode.HALF_UP);
    }

    private ReportingYear existingYear(String label) {
        ReportingYear.startOf(label);
        return years.find(label).orElseThrow(() -> new IllegalArgumentException(
                "There is no framework for " + label + " yet: import its measures first"));
    }

    private static ImportError unknownCode(int row, String code, ReportingYear year) {
        return new ImportError(row, "code", "No measure " + code + " in the " + year.display() + " framework");
    }
}
