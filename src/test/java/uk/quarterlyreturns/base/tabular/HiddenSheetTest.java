package uk.quarterlyreturns.base.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A hidden sheet is never read unseen: a sheet asked for by name is refused while hidden; "the first sheet" is the
 * first one Excel shows, so a hidden sheet before it is passed over. Hidden rows and columns are read as any other.
 */
class HiddenSheetTest {

    static final String HIDDEN = "The sheet \"Key actions\" is hidden in this workbook: unhide it (right-click a sheet"
            + " tab, Unhide) to see what it holds, or delete it, then upload the file again";

    @Test
    void aSheetAskedForByNameIsRefusedWhileHiddenAndReadOnceVisible() throws IOException {
        byte[] hidden = returnWorkbook(SheetVisibility.HIDDEN);

        TabularFileException refusal = catchThrowableOfType(TabularFileException.class,
                () -> TabularFile.readSheet(hidden, "key actions"));

        assertThat(refusal).hasMessage(HIDDEN);
        assertThat(refusal.errors()).singleElement().satisfies(e -> assertThat(e.row()).isZero());
        assertThat(TabularFile.readSheet(returnWorkbook(SheetVisibility.VISIBLE), "Key actions"))
                .hasValueSatisfying(sheet -> assertThat(sheet.rows()).singleElement()
                        .satisfies(r -> assertThat(r.get("status")).isEqualTo("Green")));
    }

    /** Excel's Unhide does not list a very hidden sheet, so the way out the sentence gives is another. */
    @Test
    void aVeryHiddenSheetIsRefusedSayingHowToShowIt() throws IOException {
        byte[] veryHidden = returnWorkbook(SheetVisibility.VERY_HIDDEN);

        assertThat(catchThrowableOfType(TabularFileException.class,
                () -> TabularFile.readSheet(veryHidden, "Key actions")))
                .hasMessage("The sheet \"Key actions\" is very hidden in this workbook, so Excel's Unhide does not"
                        + " list it: make it visible in Excel's Visual Basic editor (Alt+F11, the sheet's Visible"
                        + " property) to see what it holds, or delete it, then upload the file again");
    }

    /**
     * A sheet the application wrote very hidden into a workbook it handed out is its own record, read back by name
     * as such, and still refused as a sheet of rows to enter.
     */
    @Test
    void theApplicationsOwnVeryHiddenSheetIsReadBackOnlyAsItsOwn() {
        byte[] xlsx = TabularWriter.xlsx(List.of(new TabularWriter.Sheet("Measures", List.of("code", "value"),
                List.of(List.of("HF-1", 85))), new TabularWriter.Sheet("Record", List.of("code", "value"),
                List.of(List.of("HF-1", "80")), true)));

        assertThat(TabularFile.readOwnSheet(xlsx, "record")).hasValueSatisfying(sheet -> assertThat(sheet.rows())
                .singleElement().satisfies(r -> assertThat(r.get("value")).isEqualTo("80")));
        assertThat(TabularFile.readOwnSheet(xlsx, "Another")).isEmpty();
        assertThat(TabularFile.read(xlsx, "return.xlsx").rows()).singleElement()
                .satisfies(r -> assertThat(r.get("value")).isEqualTo("85"));
        assertThat(catchThrowableOfType(TabularFileException.class, () -> TabularFile.readSheet(xlsx, "Record")))
                .hasMessageContaining("is very hidden in this workbook");
    }

    @Test
    void theFirstSheetReadIsTheFirstVisibleOneAsExcelShowsIt() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Workbooks.fill(workbook.createSheet("2016-17"), new Object[] {"code", "value"}, new Object[] {"OLD-1", 1});
            Workbooks.fill(workbook.createSheet("Look-ups"), new Object[] {"unit"}, new Object[] {"%"});
            Workbooks.fill(workbook.createSheet("Framework"), new Object[] {"code", "value"},
                    new Object[] {"NEW-1", 2});
            workbook.setSheetVisibility(0, SheetVisibility.HIDDEN);
            workbook.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(2);

            TabularFile file = TabularFile.read(Workbooks.bytes(workbook), "framework.xlsx");

            assertThat(file.rows()).extracting(r -> r.get("code")).containsExactly("NEW-1");
        }
    }

    /** Not a file Excel saves (one sheet must stay visible), but a program may write one. */
    @Test
    void aWorkbookWithEverySheetHiddenIsRefusedNamingTheFirst() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Workbooks.fill(workbook.createSheet("Key actions"), new Object[] {"code"}, new Object[] {"HKA-1"});
            Workbooks.fill(workbook.createSheet("Other"), new Object[] {"code"}, new Object[] {"HKA-2"});
            workbook.setSheetVisibility(0, SheetVisibility.HIDDEN);
            workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);

            assertThat(catchThrowableOfType(TabularFileException.class,
                    () -> TabularFile.read(Workbooks.bytes(workbook), "actions.xlsx"))).hasMessage(HIDDEN);
        }
    }

    /** A return's workbook is read by its sheets' names: the measures too, wherever their tab stands. */
    @Test
    void aSheetPreferredByNameIsReadWhereverItStandsAndRefusedWhileHidden() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Workbooks.fill(workbook.createSheet("Notes"), new Object[] {"note"}, new Object[] {"Ask finance"});
            Workbooks.fill(workbook.createSheet("Measures"), new Object[] {"code", "value"},
                    new Object[] {"HF-1", 85});

            assertThat(TabularFile.read(Workbooks.bytes(workbook), "return.xlsx", "measures").headers())
                    .containsExactly("code", "value");
            assertThat(TabularFile.read(Workbooks.bytes(workbook), "values.xlsx").headers()).containsExactly("note");

            workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
            assertThat(catchThrowableOfType(TabularFileException.class,
                    () -> TabularFile.read(Workbooks.bytes(workbook), "return.xlsx", "Measures")))
                    .hasMessageStartingWith("The sheet \"Measures\" is hidden in this workbook");
        }
    }

    /** Hidden rows and columns are everyday in a council's workbook (a finished quarter, a working column). */
    @Test
    void hiddenRowsAndColumnsAreStillRead() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Values");
            Workbooks.fill(sheet, new Object[] {"code", "value", "note"}, new Object[] {"HF-1", 85, "Shown"},
                    new Object[] {"HF-2", 90, "Row hidden"});
            sheet.getRow(2).setZeroHeight(true);
            sheet.setColumnHidden(2, true);

            TabularFile file = TabularFile.read(Workbooks.bytes(workbook), "values.xlsx");

            assertThat(file.rows()).extracting(r -> r.get("code"), r -> r.get("note"))
                    .containsExactly(tuple("HF-1", "Shown"),
                            tuple("HF-2", "Row hidden"));
        }
    }

    private static byte[] returnWorkbook(SheetVisibility actions) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Workbooks.fill(workbook.createSheet("Measures"), new Object[] {"code", "value"}, new Object[] {"HF-1", 85});
            Workbooks.fill(workbook.createSheet("Key actions"), new Object[] {"code", "status"},
                    new Object[] {"HKA-1", "Green"});
            workbook.setSheetVisibility(1, actions);
            return Workbooks.bytes(workbook);
        }
    }
}
