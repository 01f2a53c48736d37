package uk.quarterlyreturns.returns;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.quarterlyreturns.base.tabular.Numbers;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository.StatusEntry;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.RagOverride;

/**
 * What the return's workbook writes for each measure and key action in the columns an upload reads back, as text by
 * code: one definition for the workbook's sheets, its record of what it held when downloaded ({@link AsDownloaded}),
 * and an upload's comparison with the return as it holds them now.
 *
 * @param measures each measure's cells, by code
 * @param actions  each due key action's cells, by code
 */
public record ItemCells(Map<String, Map<String, String>> measures, Map<String, Map<String, String>> actions) {

    /** Nothing known of what is stored. */
    public static final ItemCells NONE = new ItemCells(Map.of(), Map.of());

    /**
     * The columns read, in groups given or left whole: a figure with its note, ratio and provisional mark (a figure
     * entered without its note clears it), an override with its justification.
     */
    static final List<List<String>> MEASURE_GROUPS = List.of(
            List.of("value", "note", "numerator", "denominator", "provisional"), List.of("reasons"),
            List.of("actions_planned"), List.of("query_explanation"), List.of("not_available_reason"),
            List.of("rag_override", "override_justification"));
    static final List<List<String>> ACTION_GROUPS = List.of(List.of("status"), List.of("commentary"),
            List.of("reasons"), List.of("actions_planned"));

    /** The return as it holds them now. */
    public static ItemCells of(ReturnSheet sheet) {
        Map<String, Map<String, String>> measures = new LinkedHashMap<>();
        sheet.measures().forEach(m -> measures.put(m.measure().code(), texts(measure(m))));
        Map<String, Map<String, String>> actions = new LinkedHashMap<>();
        for (KeyAction a : sheet.actions()) {
            actions.put(a.code(), texts(action(sheet.actionStatuses().get(a.id()))));
        }
        return new ItemCells(measures, actions);
    }

    /** A measure's cells as the workbook writes them: numbers as numbers, blank as null. */
    public static Map<String, Object> measure(MeasureStatus m) {
        QuarterValue e = m.entry();
        // As the form and the report: an override kept on a measure with no rated figure is not in effect.
        RagOverride o = m.overrideInEffect();
        // A note or ratio goes with its figure: on its own the values file would refuse the row.
        boolean figure = e != null && e.value() != null;
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("value", m.value());
        cells.put("note", figure ? e.note() : null);
        cells.put("numerator", figure ? e.numerator() : null);
        cells.put("denominator", figure ? e.denominator() : null);
        cells.put("provisional", m.provisional() ? "yes" : null);
        cells.put("reasons", e == null ? null : e.reasons());
        cells.put("actions_planned", e == null ? null : e.actionsPlanned());
        cells.put("query_explanation", e == null ? null : e.queryExplanation());
        cells.put("not_available_reason", m.notAvailable() ? e.notAvailableReason() : null);
        cells.put("rag_override", o == null ? null : o.rag().label());
        cells.put("override_justification", o == null ? null : o.justification());
        return cells;
    }

    /** A key action's cells as the workbook writes them (s null: none given yet). */
    public static Map<String, Object> action(StatusEntry s) {
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("status", s == null || s.status() == null ? null : s.status().label());
        cells.put("commentary", s == null ? null : s.commentary());
        cells.put("reasons", s == null ? null : s.reasons());
        cells.put("actions_planned", s == null ? null : s.actionsPlanned());
        return cells;
    }

    /** The items of a sheet of the workbook ("Measures" or "Key actions"), by code. */
    Map<String, Map<String, String>> bySheet(String sheet) {
        return ReturnUpload.ACTIONS.equals(sheet) ? actions : measures;
    }

    static List<List<String>> groups(String sheet) {
        return ReturnUpload.ACTIONS.equals(sheet) ? ACTION_GROUPS : MEASURE_GROUPS;
    }

    /** A cell as text: a number in its plain form, blank as "". */
    static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal n ? Numbers.plain(n).toPlainString()
                : value.toString();
    }

    private static Map<String, String> texts(Map<String, Object> cells) {
        Map<String, String> texts = new LinkedHashMap<>();
        cells.forEach((column, value) -> texts.put(column, text(value)));
        return texts;
    }
}
