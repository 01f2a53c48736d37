package uk.quarterlyreturns.framework.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.TabularFile;

/**
 * The optional in_arrears column: YES or NO in any case, empty for NO, anything else refused; only a quarterly
 * snapshot measure may be in arrears; an export writes the column only when some measure is.
 */
class InArrearsColumnTest {

    private static final String HEADER = FrameworkFileParserTest.HEADER + ",in_arrears";
    private static final String QUARTERLY = "FOI,FOI requests answered in 20 days,Corporate,Information Governance,"
            + "Resilient,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,80,,TARGET_FLOOR,";

    @Test
    void yesAndNoInAnyCaseAreReadAndEmptyIsNo() {
        List<FrameworkRow> rows = FrameworkFileParser.parse(ImportFiles.csv(HEADER, QUARTERLY.replace("FOI,", "A1,")
                + "yes", QUARTERLY.replace("FOI,", "A2,") + "No", QUARTERLY.replace("FOI,", "A3,")));

        assertThat(rows).extracting(FrameworkRow::inArrears).containsExactly(true, false, false);
    }

    @Test
    void aFileWithoutTheColumnHasNoMeasureInArrears() {
        List<FrameworkRow> rows = FrameworkFileParser.parse(ImportFiles.csv(FrameworkFileParserTest.HEADER,
                FrameworkFileParserTest.GOOD));

        assertThat(rows.get(0).inArrears()).isFalse();
    }

    @Test
    void anotherValueIsRefusedNamingRowAndColumn() {
        assertThat(ImportFiles.rejection(FrameworkFileParser::parse, HEADER, QUARTERLY + "TRUE"))
                .containsExactly(new ImportError(2, "in_arrears", "Use YES or NO (or leave it empty for NO)"));
    }

    @Test
    void aCumulativeMeasureIsRefusedWithTheReason() {
        List<ImportError> errors = ImportFiles.rejection(FrameworkFileParser::parse, HEADER,
                QUARTERLY.replace("SNAPSHOT", "CUMULATIVE") + "YES");

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("in_arrears");
            assertThat(e.message()).startsWith("A cumulative measure cannot be in arrears: its year to date");
        });
    }

    @Test
    void anAnnualMeasureIsRefusedWithTheReason() {
        List<ImportError> errors = ImportFiles.rejection(FrameworkFileParser::parse, HEADER,
                QUARTERLY.replace("QUARTERLY", "ANNUAL") + "YES");

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("in_arrears");
            assertThat(e.message()).startsWith("An annual measure cannot be in arrears: its due_quarter");
        });
    }

    @Test
    void anExportWritesTheColumnWhenSomeMeasureIsInArrearsAndReadsBackEqual() {
        List<FrameworkRow> rows = FrameworkFileParser.parse(ImportFiles.csv(HEADER, QUARTERLY + "YES",
                QUARTERLY.replace("FOI,", "A2,") + "NO"));

        String csv = new String(FrameworkFileWriter.csv(rows), UTF_8);

        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",decimals,service_code,in_arrears");
        assertThat(csv).contains(",,YES\n").contains(",,NO\n");
        assertThat(FrameworkFileParser.parse(TabularFile.read(csv.getBytes(UTF_8), "f.csv"))).isEqualTo(rows);
        assertThat(FrameworkFileParser.parse(TabularFile.read(FrameworkFileWriter.xlsx(rows), "f.xlsx")))
                .isEqualTo(rows);
    }

    @Test
    void anExportWithNoMeasureInArrearsIsTheSameBytesAsBefore() {
        List<FrameworkRow> rows = FrameworkFileParser.parse(ImportFiles.csv(HEADER, QUARTERLY + "NO"));

        String csv = new String(FrameworkFileWriter.csv(rows), UTF_8);

        assertThat(csv).doesNotContain("in_arrears").doesNotContain("NO");
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",decimals,service_code");
    }
}
