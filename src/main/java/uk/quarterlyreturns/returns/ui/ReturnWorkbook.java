package uk.quarterlyreturns.returns.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.framework.ArrearsPeriod;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository.StatusEntry;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.returns.ReturnSheet;

/**
 * A return as a workbook. The first sheet starts with the values file's columns (code, value, note, numerator,
 * denominator), so the figures can be filled in and uploaded again without losing a figure's note or ratio; the
 * further columns say what the form says, and {@code figure_for} which quarter a figure reported in arrears covers.
 * Filled in offline, the narratives, "not available" reasons, provisional marks, overrides and the "Key actions"
 * sheet are read back by the upload ({@link uk.quarterlyreturns.returns.ReturnUpload}).
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
            QuarterValue e = m.entry();
            // As the form and the report: an override kept on a measure with no rated figure is not in effect.
            RagOverride o = m.overrideInEffect();
            // A note or ratio goes with its figure: on its own the values file would refuse the row.
            boolean figure = e != null && e.value() != null;
            measures.add(Arrays.asList(m.measure().code(), m.value(), figure ? e.note() : null,
                    figure ? e.numerator() : null, figure ? e.denominator() : null, m.measure().title(),
                    m.measure().definition().theme(), m.measure().definition().unit().written(), m.target(),
                    label(m.rag()), label(m.ragComputed()), m.direction() == null ? null : m.direction().label(),
                    e == null ? null : e.reasons(), e == null ? null : e.actionsPlanned(),
                    e == null ? null : e.queryExplanation(), m.notAvailable() ? e.notAvailableReason() : null,
                    o == null ? null : o.rag().label(),
                    o == null ? null : o.justification(), m.provisional() ? "yes" : null, figureFor(sheet, m)));
        }
        List<List<Object>> actions = new ArrayList<>();
        for (KeyAction a : sheet.actions()) {
            StatusEntry s = sheet.actionStatuses().get(a.id());
            actions.add(Arrays.asList(a.code(), a.definition().title(), s == null ? null : label(s.status()),
                    s == null ? null : s.commentary(), s == null ? null : s.reasons(),
                    s == null ? null : s.actionsPlanned()));
        }
        return TabularWriter.xlsx(List.of(new TabularWriter.Sheet("Measures", MEASURE_COLUMNS, measures),
                new TabularWriter.Sheet("Key actions", ACTION_COLUMNS, actions)));
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
