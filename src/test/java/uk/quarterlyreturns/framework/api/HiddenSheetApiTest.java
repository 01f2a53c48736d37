package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.support.Api;

/**
 * The framework file through the API: its first sheet is the first one Excel shows, so a hidden sheet before it is
 * passed over, never read unseen; a workbook with no visible sheet is refused with the sentence the screens show, and
 * so is a people workbook.
 */
class HiddenSheetApiTest extends HostileUploads {

    @Test
    void aHiddenFirstSheetIsPassedOverAndTheFirstVisibleSheetImported() throws IOException {
        List<Object> old = new ArrayList<>(measure("H-OLD"));
        old.set(HEADER.indexOf("polarity"), "UPWARDS"); // refused, were this sheet read
        byte[] workbook = hidden(TabularWriter.xlsx(List.of(
                new TabularWriter.Sheet("2024-25", HEADER, List.of(old)),
                new TabularWriter.Sheet("Framework", HEADER, List.of(measure("H-1"), measure("H-2"), measure("H-3"),
                        measure("H-4"), measure("H-5"))))), 0);

        ResponseEntity<String> response = perf.put(YEAR + "/framework", MediaTypes.XLSX, workbook);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertThat(perf.get(YEAR + "/framework").getBody()).contains("Hostile measure H-5")
                .doesNotContain("H-OLD");
    }

    /** Excel keeps one sheet visible, but a program may write a workbook with none. */
    @Test
    void aWorkbookWithEverySheetHiddenIsRefusedNamingTheSheetAndChangesNothing() throws IOException {
        byte[] workbook = hidden(TabularWriter.xlsx("Framework", HEADER, List.of(measure("H-5"))), 0);

        assertRefused(perf.put(YEAR + "/framework", MediaTypes.XLSX, workbook), 0, null,
                "The sheet \"Framework\" is hidden in this workbook: unhide it (right-click a sheet tab, Unhide) to"
                        + " see what it holds, or delete it, then upload the file again");
    }

    /** The people file is read the same way: its hidden sheet refused, the people as they were. */
    @Test
    void aPeopleWorkbookWithItsOnlySheetHiddenIsRefusedAndNobodyChanges() throws IOException {
        Api admin = new Api(url(""), "admin", "demo");
        String before = admin.get("/api/people").getBody();
        byte[] workbook = hidden(TabularWriter.xlsx("People", List.of("username", "name", "email", "roles", "service",
                "directorate"), List.of(List.of("hidden.5902", "Unseen Person", "unseen.5902@example.org", "READER",
                "", ""))), 0);
        String etag = admin.get("/api/people").getHeaders().getETag();

        ResponseEntity<String> answer = admin.put("/api/people", MediaTypes.XLSX, workbook, h -> {
            if (etag != null) {
                h.setIfMatch(etag);
            }
        });

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(json.readTree(answer.getBody()).get("message").asText())
                .startsWith("The sheet \"People\" is hidden in this workbook: unhide it");
        assertThat(admin.get("/api/people").getBody()).isEqualTo(before).doesNotContain("hidden.5902");
    }

    private static byte[] hidden(byte[] xlsx, int sheet) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.setSheetVisibility(sheet, SheetVisibility.HIDDEN);
            workbook.setActiveSheet(workbook.getNumberOfSheets() - 1); // where Excel would open it
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
