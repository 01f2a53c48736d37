package uk.quarterlyreturns.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FigureSource;
import uk.quarterlyreturns.framework.QuarterFigureRule;
import uk.quarterlyreturns.framework.StoredCodes;
import uk.quarterlyreturns.framework.io.Numbered;
import uk.quarterlyreturns.framework.io.ParsedFile;
import uk.quarterlyreturns.framework.io.ValueRow;
import uk.quarterlyreturns.framework.io.ValuesFileParser;
import uk.quarterlyreturns.returns.ReturnUpload.MeasureNow;

/**
 * The measures of an uploaded return (a values file, or the first sheet of the return's workbook): the values
 * file's columns read as the values feed reads them, then what the form takes beside a figure. The columns the
 * download writes only to inform (title, theme, unit, target, the RAGs, direction, figure_for) are not read.
 */
final class UploadedMeasureRows {

    static final List<String> TEXTS = List.of("reasons", "actions_planned", "query_explanation",
            "not_available_reason");

    private UploadedMeasureRows() {
    }

    /** @return the rows that give something, good or not (problems are added); counts the others in nothing[0] */
    static List<MeasureGiven> read(TabularFile file, String sheet, ReturnUpload.Form form,
            List<UploadProblem> problems, int[] nothing) {
        ParsedFile<ValueRow> figures = ValuesFileParser.readGivenRows(file);
        figures.errors().forEach(e -> problems.add(UploadProblem.of(sheet, e)));
        Map<Integer, Numbered<ValueRow>> byRow = new HashMap<>();
        figures.rows().forEach(r -> byRow.put(r.rowNumber(), r));
        StoredCodes codes = new StoredCodes(form.measures().keySet());
        Map<String, Integer> firstRows = new HashMap<>();
        List<MeasureGiven> given = new ArrayList<>();
        for (TabularRow row : file.rows()) {
            UploadCells cells = new UploadCells(sheet, row, problems);
            boolean figure = !ValuesFileParser.givesNothing(row);
            List<String> texts = TEXTS.stream().map(cells::text).toList();
            String provisional = cells.get("provisional");
            boolean override = cells.get("rag_override") != null || cells.get("override_justification") != null;
            if (!figure && texts.stream().allMatch(t -> t == null) && !override) {
                nothing[0]++;
                continue; // a measure not due, or not filled in: a provisional mark alone needs its figure
            }
            int before = problems.size();
            String code = cells.code(codes, firstRows, c -> c + " is not due in this return");
            MeasureNow now = code == null ? null : form.measures().get(code);
            if (now == null) {
                continue;
            }
            Numbered<ValueRow> values = byRow.get(row.rowNumber());
            BigDecimal value = null;
            FigureSource source = null;
            if (!QuarterFigureRule.isDue(now.measure(), form.quarter())) {
                cells.problem("code", QuarterFigureRule.notDue(now.measure(), form.quarter()));
            } else if (values != null) {
                QuarterFigureRule.problem(values, now.measure(), form.quarter())
                        .ifPresent(e -> cells.problem(e.column(), e.message()));
                value = FigureImport.figureOf(values.row(), now.measure());
                source = new FigureSource(values.row().note(), values.row().numerator(), values.row().denominator());
            }
            // "n/a" as the value is refused already, saying to clear it: not refused again as a figure given
            String notAvailable = notAvailable(cells, texts.get(3),
                    figure && !ValuesFileParser.saysNotAvailable(row.get("value")), now);
            UploadedOverride chosen = UploadedOverride.read(cells, now, form);
            if (problems.size() == before) {
                given.add(new MeasureGiven(code, value, source, texts.get(0), texts.get(1), texts.get(2),
                        notAvailable, figure ? provisional(cells, provisional, row) : null,
                        chosen == null ? null : chosen.rag(), chosen == null ? null : chosen.justification()));
            }
        }
        return given;
    }

    /** "Not available" is for a figure not given, as the form offers it only while the value is empty. */
    private static String notAvailable(UploadCells cells, String reason, boolean figure, MeasureNow now) {
        if (reason == null) {
            return null;
        }
        if (figure) {
            cells.problem("not_available_reason", "A figure is given on this row: leave not_available_reason blank,"
                    + " or clear the value to mark the figure not available");
        } else if (now.hasFigure()) {
            cells.problem("not_available_reason", now.measure().code() + " has a figure in the form: clear it there"
                    + " first to mark the figure not available");
        }
        return reason;
    }

    /** yes or no beside a figure; in a present column a blank cell makes the figure final, as the download writes. */
    private static Boolean provisional(UploadCells cells, String text, TabularRow row) {
        if (!row.hasColumn("provisional")) {
            return null;
        }
        String mark = text == null ? "no" : text.toLowerCase(Locale.ROOT);
        if (!mark.equals("yes") && !mark.equals("no")) {
            cells.problem("provisional", "Write yes for a provisional figure, or no (or leave it blank) for a final"
                    + " one");
            return null;
        }
        return mark.equals("yes");
    }
}
