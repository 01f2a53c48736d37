package uk.quarterlyreturns.base.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's sheets in the order of their tabs, each with whether Excel hides it, read from the workbook part
 * (xl/workbook.xml). It chooses the sheet an upload reads and refuses that sheet when it is hidden: the person who
 * looked at the workbook before uploading it never saw what it holds, so it must not go in unseen.
 */
final class XlsxSheetList extends DefaultHandler {

    /** Excel's Unhide lists a "hidden" sheet but not a "veryHidden" one, so each needs its own way out. */
    private static final String VERY_HIDDEN = "veryHidden";

    private record Listed(String name, String state) {

        boolean hidden() {
            return state != null && !state.equals("visible");
        }
    }

    private final List<Listed> sheets = new ArrayList<>();
    private boolean inSheets;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (XlsxSheetHandler.name(localName, qName)) {
            case "sheets" -> inSheets = true;
            case "sheet" -> {
                if (inSheets && attributes.getValue("name") != null) {
                    sheets.add(new Listed(attributes.getValue("name"), attributes.getValue("state")));
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (XlsxSheetHandler.name(localName, qName).equals("sheets")) {
            inSheets = false;
        }
    }

    /**
     * The name of the sheet to read: the one called {@code sheetName} (in any letters) when the workbook has it;
     * else, when {@code sheetName} is null or {@code orFirst}, the first visible sheet. Excel shows only visible
     * sheets, so the first visible one is the leftmost tab the person saw; a hidden sheet before it is passed over
     * rather than read unseen, and rather than refusing a file that looked right to them. Empty otherwise.
     *
     * @throws TabularFileException when the workbook has no sheets, the chosen sheet is hidden, or every sheet is
     */
    Optional<String> choose(String sheetName, boolean orFirst) {
        if (sheets.isEmpty()) {
            throw new TabularFileException("The workbook has no sheets");
        }
        Optional<Listed> named = sheets.stream()
                .filter(s -> sheetName != null && s.name().equalsIgnoreCase(sheetName)).findFirst();
        if (named.isEmpty() && sheetName != null && !orFirst) {
            return Optional.empty();
        }
        Listed chosen = named.orElseGet(() -> sheets.stream().filter(s -> !s.hidden()).findFirst()
                .orElse(sheets.get(0)));
        if (chosen.hidden()) {
            throw hidden(chosen);
        }
        return Optional.of(chosen.name());
    }

    /** The name of the sheet called {@code sheetName} (in any letters), hidden or not; empty when there is none. */
    Optional<String> named(String sheetName) {
        return sheets.stream().map(Listed::name).filter(name -> name.equalsIgnoreCase(sheetName)).findFirst();
    }

    private static TabularFileException hidden(Listed sheet) {
        if (VERY_HIDDEN.equals(sheet.state())) {
            return new TabularFileException("The sheet \"" + sheet.name() + "\" is very hidden in this workbook, so"
                    + " Excel's Unhide does not list it: make it visible in Excel's Visual Basic editor (Alt+F11, the"
                    + " sheet's Visible property) to see what it holds, or delete it, then upload the file again");
        }
        return new TabularFileException("The sheet \"" + sheet.name() + "\" is hidden in this workbook: unhide it"
                + " (right-click a sheet tab, Unhide) to see what it holds, or delete it, then upload the file again");
    }
}
