package uk.quarterlyreturns.framework.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularWriter;

class KeyActionFileParserTest {

    private static final String HEADER = "code,title,directorate,service,theme";

    @Test
    void readsKeyActionsWithAnOptionalOutcome() {
        assertThat(KeyActionFileParser.parse(ImportFiles.csv(HEADER + ",outcome",
                "ERC009,Open the new library,Place,Libraries,Ambitious,People read more",
                "ERC010,Review fees,Place,Libraries,Resilient,")))
                .containsExactly(
                        new KeyActionRow("ERC009", "Open the new library", "Place", "Libraries", "Ambitious",
                                "People read more"),
                        new KeyActionRow("ERC010", "Review fees", "Place", "Libraries", "Resilient", null));
        assertThat(KeyActionFileParser.parse(ImportFiles.csv(HEADER, "ERC009,Open,Place,Libraries,Ambitious")))
                .extracting(KeyActionRow::outcome).containsExactly((String) null);
    }

    @Test
    void everyBadRowIsReported() {
        assertThat(ImportFiles.rejection(KeyActionFileParser::parse, HEADER + ",outcome",
                "ERC009,,Place,Libraries,Ambitious,",
                "ERC010 (KI 1),Review fees,Place,Libraries,Resilient,",
                "ERC011,Review fees,Place,=cmd,Resilient,@outcome",
                "erc009,Again,Place,Libraries,Ambitious,"))
                .containsExactly(
                        new ImportError(2, "title", "Must not be empty"),
                        new ImportError(3, "code", "Put the source tag (KI 1) in the source column, not in the code"),
                        new ImportError(4, "service", "Text must not start with = + or @"),
                        new ImportError(4, "outcome", "Text must not start with = + or @"),
                        new ImportError(5, "code", "The code erc009 is also on row 2: each may appear only once"));
    }

    /** Names are kept in 200 characters: a longer one passed here, then failed when saved with no row named. */
    @Test
    void aDirectorateServiceOrThemeNameOver200CharactersIsRefusedOnItsRowAndColumn() {
        String longest = "n".repeat(200);
        assertThat(KeyActionFileParser.parse(ImportFiles.csv(HEADER, "ERC009,Open," + longest + "," + longest + ","
                + longest))).containsExactly(new KeyActionRow("ERC009", "Open", longest, longest, longest, null));

        assertThat(ImportFiles.rejection(KeyActionFileParser::parse, HEADER,
                "ERC009,Open," + longest + "d,Libraries,Ambitious",
                "ERC010,Open,Place," + longest + "s,Ambitious",
                "ERC011,Open,Place,Libraries," + longest + "t"))
                .containsExactly(
                        new ImportError(2, "directorate", "Too long: at most 200 characters (this has 201)"),
                        new ImportError(3, "service", "Too long: at most 200 characters (this has 201)"),
                        new ImportError(4, "theme", "Too long: at most 200 characters (this has 201)"));
    }

    @Test
    void missingColumnsAreReportedOnTheHeaderRow() {
        assertThat(ImportFiles.rejection(KeyActionFileParser::parse, "code,title,service", "ERC009,Open,Libraries"))
                .containsExactly(
                        new ImportError(1, "directorate",
                                "The column directorate is missing: add a column headed directorate"),
                        new ImportError(1, "theme", "The column theme is missing: add a column headed theme"));
    }

    /** Text our CSV export quoted so no spreadsheet runs it reads back as it was; a quoted formula is still refused. */
    @Test
    void anExportedApostropheBeforeAFormulaCharacterIsDroppedOnImport() {
        byte[] exported = TabularWriter.csv(List.of("code", "title", "directorate", "service", "theme"),
                List.of(List.of("ERC012", "- cut waste", "Place", "Libraries", "Ambitious")));
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains(",'- cut waste,");
        assertThat(KeyActionFileParser.parse(TabularFile.read(exported, "actions.csv")))
                .extracting(KeyActionRow::title).containsExactly("- cut waste");
        assertThat(ImportFiles.rejection(KeyActionFileParser::parse, HEADER, "ERC013,'=cmd,Place,Libraries,Ambitious"))
                .containsExactly(new ImportError(2, "title", "Text must not start with = + or @"));
    }
}
