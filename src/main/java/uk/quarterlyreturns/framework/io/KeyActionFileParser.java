package uk.quarterlyreturns.framework.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;

/**
 * Reads a key actions file, all or nothing. Whether the services and themes exist is for the caller
 * to check: this class knows only the file.
 */
public final class KeyActionFileParser {

    public static final List<String> REQUIRED = List.of("code", "title", "directorate", "service", "theme");
    public static final List<String> OPTIONAL = List.of("outcome");

    private KeyActionFileParser() {
    }

    /** @throws ImportRejectedException naming every bad row and column */
    public static List<KeyActionRow> parse(TabularFile file) {
        ParsedFile<KeyActionRow> parsed = read(file);
        parsed.rejectIf(List.of());
        return parsed.values();
    }

    /** The good rows, numbered, and the errors of the others, for a caller with checks of its own to add. */
    public static ParsedFile<KeyActionRow> read(TabularFile file) {
        ImportCheck check = ImportCheck.of(file, REQUIRED, OPTIONAL);
        Map<Object, Integer> codes = new HashMap<>();
        List<Numbered<KeyActionRow>> rows = new ArrayList<>();
        for (TabularRow row : check.rows()) {
            RowCells cells = check.row(row);
            String code = cells.code();
            if (code != null) {
                cells.unique("code", code.toLowerCase(Locale.ROOT), codes, "The code " + code);
            }
            String title = cells.requiredText("title", RowCells.TEXT_MAX);
            String directorate = cells.name("directorate");
            String service = cells.name("service");
            String theme = cells.name("theme");
            String outcome = cells.text("outcome", RowCells.TEXT_MAX);
            if (!cells.hasErrors()) {
                rows.add(cells.numbered(new KeyActionRow(code, title, directorate, service, theme, outcome)));
            }
        }
        return check.result(rows);
    }
}
