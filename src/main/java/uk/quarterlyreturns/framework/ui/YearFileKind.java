package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FeedRoute;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.ImportResult;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.HistoryFileParser;
import uk.quarterlyreturns.framework.io.HistoryRow;
import uk.quarterlyreturns.framework.io.KeyActionFileParser;
import uk.quarterlyreturns.framework.io.KeyActionRow;
import uk.quarterlyreturns.framework.io.ValueRow;
import uk.quarterlyreturns.framework.io.ValuesFileParser;

/** The files of a year the performance team imports on the Framework screen, each as the API takes it. */
enum YearFileKind {

    MEASURES("Measures (the framework)", "measures",
            file -> grid(FrameworkFileParser.parse(file), List.of("Ref", "Measure", "Service", "Target"),
                    List.of(FrameworkRow::code, FrameworkRow::title, FrameworkRow::service, MeasureList::targetText)),
            (imports, figures, year, quarter, edit, file) -> imports.importMeasures(year, file, edit)),
    KEY_ACTIONS("Key actions", "key actions",
            file -> grid(KeyActionFileParser.parse(file), List.of("Ref", "Key action", "Service", "Theme"),
                    List.of(KeyActionRow::code, KeyActionRow::title, KeyActionRow::service, KeyActionRow::theme)),
            (imports, figures, year, quarter, edit, file) -> imports.importKeyActions(year, file, edit)),
    HISTORY("History: earlier years' outturns and past quarters", "history rows",
            file -> grid(HistoryFileParser.parse(file), List.of("Ref", "Year", "Quarter", "Value"),
                    List.of(HistoryRow::code, HistoryRow::year,
                            r -> r.quarter() == null ? "Outturn" : "Q" + r.quarter(), r -> plain(r.value()))),
            (imports, figures, year, quarter, edit, file) -> figures.importHistory(year, file, edit)),
    VALUES("A quarter's values (the values feed)", "values",
            file -> grid(ValuesFileParser.parse(file), List.of("Ref", "Value", "Note"),
                    List.of(ValueRow::code, r -> plain(r.value()), ValueRow::note)),
            (imports, figures, year, quarter, edit, file) -> figures.importValues(year, quarter, file,
                    edit.by(), FeedRoute.FRAMEWORK_SCREEN));

    /**
     * Columns only a measures file has: its rating's. Not every column the measures file reads: a council's own extra
     * column in a values or history file (a target beside the figure, a source) must not make it a measures file.
     */
    private static final List<String> MEASURES_ONLY = List.of("polarity", "rag_scheme", "aggregation");

    /** Imports a file of this kind, as its API endpoint does. */
    interface Importer {
        ImportResult save(FrameworkImport imports, FigureImport figures, String year, int quarter, FrameworkEdit edit,
                TabularFile file);
    }

    private final String label;
    private final String noun;
    private final Function<TabularFile, Grid<?>> preview;
    private final Importer importer;

    YearFileKind(String label, String noun, Function<TabularFile, Grid<?>> preview, Importer importer) {
        this.label = label;
        this.noun = noun;
        this.preview = preview;
        this.importer = importer;
    }

    String label() {
        return label;
    }

    String noun() {
        return noun;
    }

    /**
     * The kind a file's columns say it is: each kind has columns no other has (a measure's polarity, a history
     * row's year), so a file is never imported as the wrong kind by a slip of the list. A column two kinds share
     * says nothing: a history file may have a unit as a measures file does.
     */
    static YearFileKind of(TabularFile file) {
        if (MEASURES_ONLY.stream().anyMatch(file::hasColumn)) {
            return MEASURES;
        }
        if (file.hasColumn("year")) {
            return HISTORY;
        }
        if (file.hasColumn("value")) {
            return VALUES;
        }
        return KEY_ACTIONS;
    }

    /** The file's rows as read, for checking before anything is saved; a bad file throws with every error. */
    Grid<?> preview(TabularFile file) {
        return preview.apply(file);
    }

    ImportResult save(FrameworkImport imports, FigureImport figures, String year, int quarter, String by,
            TabularFile file) {
        return save(imports, figures, year, quarter, new FrameworkEdit(by, FrameworkWay.FILE_ON_SCREEN, null), file);
    }

    /** As the API imports it, a change to the framework kept in its history with the edit's person and reason. */
    ImportResult save(FrameworkImport imports, FigureImport figures, String year, int quarter, FrameworkEdit edit,
            TabularFile file) {
        return importer.save(imports, figures, year, quarter, edit, file);
    }

    /**
     * Whether what it changes is kept in the framework's history (its measures, key actions and past figures), so a
     * reason is asked; a quarter's values go into the returns' histories instead.
     */
    boolean changesTheFramework() {
        return this != VALUES;
    }

    private static <T> Grid<T> grid(List<T> rows, List<String> headers, List<Function<T, String>> cells) {
        Grid<T> grid = new Grid<>();
        for (int i = 0; i < headers.size(); i++) {
            Function<T, String> cell = cells.get(i);
            grid.addColumn(cell::apply).setHeader(headers.get(i)).setFlexGrow(i == 1 ? 3 : 1);
        }
        grid.setItems(rows);
        grid.setHeight("300px");
        return grid;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
