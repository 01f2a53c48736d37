package uk.quarterlyreturns.base.tabular;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TabularFileCsvTest {

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(UTF_8), "upload.csv");
    }

    @Test
    void columnsAreFoundByHeaderNameInAnyOrderAndCase() {
        TabularFile file = csv("Value, CODE ,note\n57.2,KI 433,on track\n");

        TabularRow row = file.rows().get(0);
        assertThat(file.headers()).containsExactly("Value", "CODE", "note");
        assertThat(file.hasColumn("code")).isTrue();
        assertThat(row.get("code")).isEqualTo("KI 433");
        assertThat(row.get(" Value ")).isEqualTo("57.2");
        assertThat(row.get("NOTE")).isEqualTo("on track");
        assertThat(row.hasColumn("Code")).isTrue();
    }

    @Test
    void anAbsentColumnOrEmptyCellReadsAsEmpty() {
        TabularRow row = csv("code,value,note\nA1,\n").rows().get(0);

        assertThat(row.get("value")).isEmpty();
        assertThat(row.get("note")).isEmpty();
        assertThat(row.get("numerator")).isEmpty();
        assertThat(row.hasColumn("numerator")).isFalse();
    }

    @Test
    void quotedValuesKeepCommasNewlinesAndQuotes() {
        TabularFile file = csv("code,title\n"
                + "A1,\"Rate per 1,000 people\"\n"
                + "A2,\"Two\nlines\"\n"
                + "A3,\"She said \"\"yes\"\"\"\n");

        assertThat(file.rows()).extracting(r -> r.get("title"))
                .containsExactly("Rate per 1,000 people", "Two\nlines", "She said \"yes\"");
        assertThat(file.rows()).extracting(TabularRow::rowNumber).containsExactly(2, 3, 4);
    }

    @Test
    void aUtf8ByteOrderMarkIsStripped() {
        byte[] text = "code,value\nA1,1\n".getBytes(UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        TabularFile file = TabularFile.read(withBom, "upload.csv");

        assertThat(file.headers()).containsExactly("code", "value");
        assertThat(file.rows().get(0).get("code")).isEqualTo("A1");
    }

    @Test
    void blankRowsAreSkippedWhileRowNumbersFollowTheFile() {
        TabularFile file = csv("code,value\nA1,1\n\n,\n  ,  \nA2,2\n");

        assertThat(file.rows()).extracting(TabularRow::rowNumber).containsExactly(2, 6);
        assertThat(file.rows()).extracting(r -> r.get("code")).containsExactly("A1", "A2");
    }

    @Test
    void cellsAreTrimmedOfSpacesAndNonBreakingSpaces() {
        TabularRow row = csv("code,value\n  A1\u00A0,\t42 \n").rows().get(0);

        assertThat(row.get("code")).isEqualTo("A1");
        assertThat(row.get("value")).isEqualTo("42");
    }

    @Test
    void windowsLineEndingsAndNonAsciiTextAreRead() {
        TabularFile file = csv("code,title\r\nA1,Café £ budget\r\n");

        assertThat(file.rows().get(0).get("title")).isEqualTo("Café £ budget");
    }

    @Test
    void aHeaderWithoutRowsGivesNoRows() {
        TabularFile file = csv("code,value\n");

        assertThat(file.headers()).containsExactly("code", "value");
        assertThat(file.rows()).isEmpty();
    }

    @Test
    void aValueUnderNoHeaderIsReportedOnItsRow() {
        TabularRow row = csv("code,title\nA1,Rate per 1,000 people\n").rows().get(0);

        assertThat(row.errors()).hasSize(1);
        assertThat(row.errors().get(0).row()).isEqualTo(2);
        assertThat(row.errors().get(0).column()).isNull();
        assertThat(row.errors().get(0).message()).isEqualTo("Column 3 has no header but this row has a"
                + " value in it (\"000 people\"): check for a comma inside a value, or give the column a header");
    }

    @Test
    void emptyCellsUnderNoHeaderAreIgnored() {
        TabularFile file = csv("code,,value,\nA1,,1,,\n");

        assertThat(file.headers()).containsExactly("code", "value");
        assertThat(file.rows().get(0).errors()).isEmpty();
        assertThat(file.rows().get(0).get("value")).isEqualTo("1");
    }

    @Test
    void rowsKeepTheirCellsInHeaderOrder() {
        TabularFile file = csv("b,a\n2,1\n4,3\n");

        assertThat(file.rows()).extracting(r -> List.of(r.get("a"), r.get("b")))
                .containsExactly(List.of("1", "2"), List.of("3", "4"));
    }
}
