package uk.quarterlyreturns.base.tabular;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A workbook's sheet found by its name, as a return's upload reads its "Key actions" sheet beside the first. */
class NamedSheetTest {

    private static final byte[] WORKBOOK = TabularWriter.xlsx(List.of(
            new TabularWriter.Sheet("Measures", List.of("code", "value"), List.of(List.<Object>of("HF-1", "85"))),
            new TabularWriter.Sheet("Key actions", List.of("code", "status"), List.of(List.<Object>of("HKA-1", "Green")))));

    @Test
    void aSheetIsFoundByItsNameInAnyLettersAndTheFirstIsStillReadFirst() {
        assertThat(TabularFile.readSheet(WORKBOOK, "key ACTIONS")).hasValueSatisfying(sheet -> {
            assertThat(sheet.headers()).containsExactly("code", "status");
            assertThat(sheet.rows()).singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("Green"));
        });
        assertThat(TabularFile.read(WORKBOOK, "return.xlsx").headers()).containsExactly("code", "value");
        assertThat(TabularFile.isWorkbook(WORKBOOK)).isTrue();
    }

    @Test
    void aWorkbookWithoutTheSheetOrACsvFileHasNone() {
        assertThat(TabularFile.readSheet(WORKBOOK, "Highlights")).isEmpty();
        byte[] csv = "code,value\nHF-1,85\n".getBytes(UTF_8);
        assertThat(TabularFile.readSheet(csv, "Key actions")).isEmpty();
        assertThat(TabularFile.isWorkbook(csv)).isFalse();
    }
}
