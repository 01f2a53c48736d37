package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.quarterlyreturns.base.tabular.Numbers;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.framework.StoredCodes;

/**
 * What an upload holds back of a sheet before its rows are read. A group of cells (a figure with its note, ratio and
 * mark; an override with its justification; each text) that gives what the return already holds, or what the
 * workbook held when it was downloaded, changes nothing and is left out: a row the person did not touch enters
 * nothing, whatever others changed since. A row the person did change, of an item someone changed in the return
 * since the download, is refused, naming what each holds: entering it would undo that change unseen. Without the
 * workbook's record (a CSV file, a council's own workbook) only what the return holds now can be compared.
 */
final class HeldBack {

    private static final Set<String> NUMBERS = Set.of("value", "numerator", "denominator");
    private static final Set<String> WORDS = Set.of("status", "rag_override", "provisional");
    private static final int MOST_QUOTED = 80;

    private final ItemCells now;
    private final Optional<AsDownloaded> downloaded;
    private final List<UploadProblem> problems;
    private final List<String> keptNewer = new ArrayList<>();
    private int unchanged;

    /** @param problems where a row refused is added */
    HeldBack(ItemCells now, Optional<AsDownloaded> downloaded, List<UploadProblem> problems) {
        this.now = now;
        this.downloaded = downloaded;
        this.problems = problems;
    }

    /** Rows that gave something, all of it already held (or as downloaded): they now give nothing. */
    int unchanged() {
        return unchanged;
    }

    /** The codes of unchanged rows whose item someone changed in the return since the download, kept as it is. */
    List<String> keptNewer() {
        return List.copyOf(keptNewer);
    }

    /**
     * @param sheet the workbook's sheet as problems name it, or null for a CSV file
     * @param kind  the return's sheet the rows are of ("Measures" or "Key actions")
     */
    TabularFile apply(TabularFile file, String sheet, String kind) {
        Map<String, Map<String, String>> stored = now.bySheet(kind);
        StoredCodes codes = new StoredCodes(stored.keySet());
        List<TabularRow> rows = new ArrayList<>();
        for (TabularRow row : file.rows()) {
            // a code the return lacks, or one written ambiguously, is left for the reading to refuse
            String code = codes.match(row.get("code"), row.rowNumber(), new ArrayList<>());
            rows.add(code == null ? row : apply(row, sheet, kind, code, stored.get(code)));
        }
        return file.withRows(rows);
    }

    private TabularRow apply(TabularRow row, String sheet, String kind, String code, Map<String, String> current) {
        Map<String, String> before = downloaded.map(d -> d.cells().bySheet(kind).get(code)).orElse(null);
        List<String> same = new ArrayList<>();
        List<String> changing = new ArrayList<>();
        for (List<String> group : ItemCells.groups(kind)) {
            if (gives(row, group)) {
                (holds(row, group, current) || before != null && holds(row, group, before) ? same : changing)
                        .addAll(group);
            }
        }
        if (same.isEmpty() && changing.isEmpty()) {
            return row;
        }
        boolean changedSince = before != null && !allSame(ItemCells.groups(kind).stream().flatMap(List::stream)
                .toList(), before, current);
        if (changing.isEmpty()) {
            unchanged++;
            if (changedSince) {
                keptNewer.add(code);
            }
        } else if (changedSince) {
            problems.add(new UploadProblem(sheet, row.rowNumber(), null, refusal(code, row, changing, before,
                    current)));
        }
        return row.without(same);
    }

    private String refusal(String code, TabularRow row, List<String> changing, Map<String, String> before,
            Map<String, String> current) {
        List<String> inReturn = new ArrayList<>();
        before.forEach((column, was) -> {
            if (!same(column, was, current.get(column))) {
                inReturn.add(said(column, current.get(column)));
            }
        });
        List<String> inRow = new ArrayList<>();
        changing.stream().filter(row::hasColumn)
                .filter(c -> unreadable(row, c) || !same(c, row.get(c), before.get(c)))
                .forEach(c -> inRow.add(said(c, row.get(c))));
        String when = downloaded.map(AsDownloaded::when).filter(w -> !w.isEmpty()).map(w -> " (" + w + ")")
                .orElse("");
        return code + " was changed in the return after this workbook was downloaded" + when + ", and this row"
                + " changes it too: the return now has " + String.join(", ", inReturn) + "; this row has "
                + String.join(", ", inRow) + ". Enter your change in the form instead, or download the workbook"
                + " again and fill in this row there";
    }

    /** Whether some cell of the group gives something: a provisional mark alone goes with no figure. */
    private static boolean gives(TabularRow row, List<String> group) {
        return group.stream().anyMatch(c -> !c.equals("provisional") && !row.get(c).isEmpty() || unreadable(row, c));
    }

    /** Whether the row's cells of the group (those the file has) say what these cells do. */
    private static boolean holds(TabularRow row, List<String> group, Map<String, String> cells) {
        return group.stream().filter(row::hasColumn)
                .allMatch(c -> !unreadable(row, c) && same(c, row.get(c), cells.get(c)));
    }

    private static boolean allSame(List<String> columns, Map<String, String> a, Map<String, String> b) {
        return columns.stream().allMatch(c -> same(c, a.get(c), b.get(c)));
    }

    private static boolean unreadable(TabularRow row, String column) {
        return row.errors().stream().anyMatch(e -> column.equalsIgnoreCase(e.column()));
    }

    /**
     * Two cells that say the same: numbers of equal value ("85" and "85.0"), words in any letters ("amber"), "no"
     * and a blank provisional mark (both final), texts alike but for their ends' spaces and line endings.
     */
    private static boolean same(String column, String a, String b) {
        String x = plain(a);
        String y = plain(b);
        if (x.equals(y)) {
            return true;
        }
        if (NUMBERS.contains(column)) {
            try {
                return Numbers.parse(x).compareTo(Numbers.parse(y)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return WORDS.contains(column) && word(column, x).equals(word(column, y));
    }

    private static String plain(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    private static String word(String column, String text) {
        String w = text.toLowerCase(Locale.ROOT).replace('_', '/');
        return column.equals("provisional") && w.equals("no") ? "" : w;
    }

    /** "value 87", "reasons "The contractor…"", "note blank". */
    private static String said(String column, String text) {
        String t = plain(text);
        if (t.isEmpty()) {
            return column + " blank";
        }
        if (NUMBERS.contains(column) || WORDS.contains(column)) {
            return column + " " + t;
        }
        return column + " \"" + (t.length() > MOST_QUOTED ? t.substring(0, MOST_QUOTED - 1) + "…" : t) + "\"";
    }
}
