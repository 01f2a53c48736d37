package uk.quarterlyreturns.returns;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.base.tabular.TabularWriter;

/**
 * The return's workbook's own record of what it held when it was downloaded: each item's cells in the columns an
 * upload reads, on a very hidden sheet. Uploaded again, the record tells the cells the person changed in the file
 * from those they left, and the items someone changed in the return since, so that nothing changed since is undone
 * unseen ({@link HeldBack}). It is read only to hold back, never to enter: a record edited by hand can at most refuse
 * the file or leave a cell out. A record of another return (last quarter's workbook filled in again) is not used.
 *
 * @param at when the workbook was downloaded, or null when the record does not say
 */
public record AsDownloaded(Instant at, ItemCells cells) {

    public static final String SHEET = "As downloaded";

    private static final List<String> ITEM_COLUMNS = Stream.concat(ItemCells.MEASURE_GROUPS.stream(),
            ItemCells.ACTION_GROUPS.stream()).flatMap(List::stream).distinct().toList();
    private static final List<String> COLUMNS = Stream.concat(Stream.of("return", "downloaded_at", "sheet", "code"),
            ITEM_COLUMNS.stream()).toList();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(LondonTime.ZONE);

    /** The record of the return as it holds its items now, downloaded at this moment, as a very hidden sheet. */
    public static TabularWriter.Sheet sheet(ReturnSheet sheet, Instant at) {
        ItemCells now = ItemCells.of(sheet);
        List<List<Object>> rows = new ArrayList<>();
        for (String name : List.of(ReturnUpload.MEASURES, ReturnUpload.ACTIONS)) {
            now.bySheet(name).forEach((code, cells) -> {
                List<Object> row = new ArrayList<>(List.of(String.valueOf(sheet.serviceReturn().id()), at.toString(),
                        name, code));
                ITEM_COLUMNS.forEach(column -> row.add(cells.getOrDefault(column, "").isEmpty() ? null
                        : cells.get(column)));
                rows.add(row);
            });
        }
        return new TabularWriter.Sheet(SHEET, COLUMNS, rows, true);
    }

    /** What the record says, when the workbook has one and it is this return's. */
    public static Optional<AsDownloaded> read(Optional<TabularFile> record, long returnId) {
        if (record.isEmpty() || record.get().rows().isEmpty() || !record.get().rows().stream()
                .allMatch(r -> r.get("return").equals(String.valueOf(returnId)))) {
            return Optional.empty();
        }
        Map<String, Map<String, String>> measures = new LinkedHashMap<>();
        Map<String, Map<String, String>> actions = new LinkedHashMap<>();
        for (TabularRow row : record.get().rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            ITEM_COLUMNS.forEach(column -> cells.put(column, row.get(column)));
            (row.get("sheet").equals(ReturnUpload.ACTIONS) ? actions : measures).putIfAbsent(row.get("code"), cells);
        }
        return Optional.of(new AsDownloaded(downloadedAt(record.get().rows().get(0)),
                new ItemCells(measures, actions)));
    }

    /** "12 May 2026 at 09:30", London time, or empty when the record does not say. */
    String when() {
        return at == null ? "" : WHEN.format(at);
    }

    private static Instant downloadedAt(TabularRow row) {
        try {
            return Instant.parse(row.get("downloaded_at"));
        } catch (DateTimeParseException e) {
            return null; // the record still tells what each item held
        }
    }
}
