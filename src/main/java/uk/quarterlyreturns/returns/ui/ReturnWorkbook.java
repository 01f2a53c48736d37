package uk.quarterlyreturns.returns.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.quarterlyreturns.base.AppClock;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.framework.ArrearsPeriod;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.returns.AsDownloaded;
import uk.quarterlyreturns.returns.ItemCells;
import uk.quarterlyreturns.returns.ReturnSheet;
import uk.quarterlyreturns.returns.ReturnUpload;

/**
 * A return as a workbook. The first sheet starts with the values file's columns (code, value, note, numerator,
 * denominator), so the figures can be filled in and uploaded again without losing a figure's note or ratio; the
 * further columns say what the form says, and {@code figure_for} which quarter a figure reported in arrears covers.
 * Filled in offline, the narratives, "not available" reasons, provisional marks, overrides and the "Key actions"
 * sheet are read back by the upload ({@link ReturnUpload}); a very hidden third sheet records what each item held
 * when downloaded ({@link AsDownloaded}), so that the upload enters only what the person changed in the file, and
 * never over what someone changed in the return since.
 */
final class ReturnWorkbook {

    static final List<String> MEASURE_COLUMNS = List.of("code", "value", "note", "numerator",
            "denominator", "title", "theme", "unit", "target", "rag",
            "rag_computed", "direction", "reasons", "actions_planned", "query_explanation", "not_available_reason",
            "rag_override", "override_justification", "provisional", "figure_for");
    static final List<String> ACTION_COLUMNS = List.of("code", "title", "status", "commentary", "reasons",
            "actions_planned");

    private ReturnWorkbook() {
    }

    static byte[] xlsx(ReturnSheet sheet) {
        List<List<Object>> measures = new ArrayList<>();
        for (MeasureStatus m : sheet.measures()) {
            Map<String, Object> cells = new HashMap<>(ItemCells.measure(m));
            cells.put("code", m.measure().code());
            cells.put("title", m.measure().title());
            cells.put("theme", m.measure().definition().theme());
            cells.put("unit", m.measure().definition().unit().written());
            cells.put("target", m.target());
            cells.put("rag", label(m.rag()));
            cells.put("rag_computed", label(m.ragComputed()));
            cells.put("direction", m.direction() == null ? null : m.direction().label());
            cells.put("figure_for", figureFor(sheet, m));
            measures.add(MEASURE_COLUMNS.stream().map(cells::get).toList());
        }
        List<List<Object>> actions = new ArrayList<>();
        for (KeyAction a : sheet.actions()) {
            Map<String, Object> cells = new HashMap<>(ItemCells.action(sheet.actionStatuses().get(a.id())));
            cells.put("code", a.code());
            cells.put("title", a.definition().title());
            actions.add(ACTION_COLUMNS.stream().map(cells::get).toList());
        }
        return TabularWriter.xlsx(List.of(new TabularWriter.Sheet(ReturnUpload.MEASURES, MEASURE_COLUMNS, measures),
                new TabularWriter.Sheet(ReturnUpload.ACTIONS, ACTION_COLUMNS, actions), AsDownloaded.sheet(sheet,
                AppClock.current())));
    }

    static String fileName(ReturnSheet sheet) {
        return "return-" + sheet.serviceReturn().serviceName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase()
                + "-" + sheet.year().label() + "-q" + sheet.quarter() + ".xlsx";
    }

    /** The quarter a figure reported in arrears covers, so that nobody fills in the return's own; else empty. */
    private static String figureFor(ReturnSheet sheet, MeasureStatus m) {
        return ArrearsPeriod.of(m.measure().definition(), sheet.year().startsOn(), sheet.quarter())
                .map(p -> p.words() + ", reported a quarter in arrears").orElse(null);
    }

    private static String label(Rag rag) {
        return rag == null ? null : rag.label();
    }
}
