package uk.quarterlyreturns.report;

import java.util.List;

/**
 * One delivery theme's part of the report: performance by exception, the measures table, key actions.
 *
 * @param id             a name for links and anchors, e.g. "theme-1"
 * @param outcomes       the outcomes its measures and actions serve, in order of first appearance
 * @param exceptions     Amber-or-worse items, grouped by service
 * @param measureGroups  the measures table, one group per service
 * @param improving      measures that improved, those that reached Green first
 */
public record ThemeSection(String name, String id, List<String> outcomes, List<ExceptionGroup> exceptions,
                           List<MeasureGroup> measureGroups, List<ActionRow> actions,
                           List<ImprovingItem> improving) {

    public ThemeSection {
        improving = List.copyOf(improving);
        outcomes = List.copyOf(outcomes);
        exceptions = List.copyOf(exceptions);
        measureGroups = List.copyOf(measureGroups);
        actions = List.copyOf(actions);
    }

    /** Whether any of its measures' target or rating rule moved during the year: the table's caption says what "t" is. */
    public boolean targetsChanged() {
        return measureRows().stream().anyMatch(MeasureRow::targetChanged);
    }

    /**
     * Whether any of its measures is rated against a floor standard: its measures table then has a Floor column, which
     * a theme without one is spared.
     */
    public boolean floors() {
        return measureRows().stream().anyMatch(row -> !row.floor().isEmpty());
    }

    /** All the table's measure rows, in order. */
    public List<MeasureRow> measureRows() {
        return measureGroups.stream().flatMap(g -> g.rows().stream()).toList();
    }
}
