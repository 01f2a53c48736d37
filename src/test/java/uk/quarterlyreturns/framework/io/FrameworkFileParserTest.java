package uk.quarterlyreturns.framework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularFileException;
import uk.quarterlyreturns.base.tabular.Workbooks;
import uk.quarterlyreturns.base.tabular.Workbooks.Formula;
import uk.quarterlyreturns.framework.Aggregation;
import uk.quarterlyreturns.framework.Frequency;
import uk.quarterlyreturns.framework.Polarity;
import uk.quarterlyreturns.framework.RagScheme;
import uk.quarterlyreturns.framework.Target;
import uk.quarterlyreturns.framework.Unit;
import uk.quarterlyreturns.framework.UnitKind;

/** Reading framework files as a whole: good files, defaults, and all-or-nothing rejection. */
class FrameworkFileParserTest {

    static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme";
    static final String GOOD = "KI 433,Calls answered within 20 seconds,Corporate,Customer Services,"
            + "Resilient,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,80,,TARGET_FLOOR";

    private static List<BigDecimal> numbers(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void aRowWithOnlyTheRequiredColumnsGetsTheDefaults() {
        List<FrameworkRow> rows = FrameworkFileParser.parse(ImportFiles.csv(HEADER, GOOD));

        assertThat(rows).containsExactly(new FrameworkRow("KI 433", "Calls answered within 20 seconds",
                "Corporate", "Customer Services", "Resilient", Unit.PERCENT, Polarity.HIGHER_IS_BETTER,
                Frequency.QUARTERLY, Aggregation.SNAPSHOT, Target.of(new BigDecimal("90")),
                new BigDecimal("80"), null, RagScheme.TARGET_FLOOR, null, null, 4,
                numbers("25", "50", "75", "100"), null, null, null));
    }

    @Test
    void everyOptionalColumnIsRead() {
        List<FrameworkRow> rows = FrameworkFileParser.parse(ImportFiles.csv(
                "rag_scheme,Code,TITLE,directorate,service,theme,unit,polarity,frequency,aggregation,target,"
                        + "floor,tolerance_pct,outcome,source,due_quarter,profile_q1,profile_q2,profile_q3,"
                        + "profile_q4,lower_threshold,upper_threshold,decimals",
                "tolerance,1.1,Children in care,People,Children's Services,Inclusive,rate_per_10k,"
                        + "lower_is_better,annual,cumulative,60.0,,10,Children are safe,KI 433,2,"
                        + "10,30,60.5,100,40,80,1"));

        assertThat(rows).containsExactly(new FrameworkRow("1.1", "Children in care", "People",
                "Children's Services", "Inclusive", Unit.RATE_PER_10K, Polarity.LOWER_IS_BETTER,
                Frequency.ANNUAL, Aggregation.CUMULATIVE, Target.of(new BigDecimal("60")), null,
                new BigDecimal("10"), RagScheme.TOLERANCE, "Children are safe", "KI 433", 2,
                numbers("10", "30", "60.5", "100"), new BigDecimal("40"), new BigDecimal("80"), 1));
    }

    @Test
    void aTargetMayBeTbaOrEmptyForNoTarget() {
        List<FrameworkRow> rows = FrameworkFileParser.parse(ImportFiles.csv(HEADER,
                "A1,Title,Dir,Svc,Theme,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,tba,,,NONE",
                "A2,Title,Dir,Svc,Theme,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,,,,NONE",
                "A3,Title,Dir,Svc,Theme,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,-0.50,,,NONE"));

        assertThat(rows).extracting(FrameworkRow::target)
                .containsExactly(Target.TBA, Target.NO_TARGET, Target.of(new BigDecimal("-0.5")));
    }

    @Test
    void theUnitIsFreeTextAndItsKnownWordsChooseTheFormatting() {
        List<FrameworkRow> rows = FrameworkFileParser.parse(ImportFiles.csv(HEADER,
                "A1,Title,Dir,Svc,Theme,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,,,,NONE",
                "A2,Title,Dir,Svc,Theme,£,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,,,,NONE",
                "A3,Title,Dir,Svc,Theme,Days,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,,,,NONE",
                "A4,Title,Dir,Svc,Theme,rate per 100k,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,,,,NONE",
                "A5,Title,Dir,Svc,Theme,SAP rating,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,,,,NONE"));

        assertThat(rows).extracting(r -> r.unit().kind()).containsExactly(UnitKind.PERCENT, UnitKind.GBP,
                UnitKind.DAYS, UnitKind.RATE_PER_100K, UnitKind.WRITTEN);
        assertThat(rows).extracting(r -> r.unit().written()).containsExactly("%", "£", "days", "rate per 100k",
                "SAP rating");
    }

    @Test
    void aFileWithOnlyAHeaderIsRefused() {
        assertThatThrownBy(() -> FrameworkFileParser.parse(ImportFiles.csv(HEADER)))
                .isInstanceOf(TabularFileException.class)
                .hasMessage("The file has no rows, only a header row: nothing was imported");
    }

    @Test
    void oneBadRowAmongFiftyIsNamedAndNothingIsReturned() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 50; i++) {
            String unit = i == 26 ? "u".repeat(41) : "PERCENT";
            lines.add("M" + i + ",Title,Dir,Svc,Theme," + unit
                    + ",HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,80,,TARGET_FLOOR");
        }
        TabularFile file = ImportFiles.csv(lines.toArray(String[]::new));

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> FrameworkFileParser.parse(file));

        assertThat(rejected).hasMessage("1 row has errors; nothing was imported");
        assertThat(rejected.errors()).containsExactly(new ImportError(27, "unit",
                "Too long: at most 40 characters (this has 41)"));
    }

    /** Names are kept in 200 characters: a longer one passed here, then failed when saved with no row named. */
    @Test
    void aDirectorateServiceOrThemeNameOver200CharactersIsRefusedOnItsRowAndColumn() {
        String longest = "n".repeat(200);
        String row = "%s,Title,%s,%s,%s,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,80,,TARGET_FLOOR";
        assertThat(FrameworkFileParser.parse(ImportFiles.csv(HEADER, row.formatted("A1", longest, longest, longest))))
                .extracting(FrameworkRow::directorate, FrameworkRow::service, FrameworkRow::theme)
                .containsExactly(tuple(longest, longest, longest));

        assertThat(ImportFiles.rejection(FrameworkFileParser::parse, HEADER,
                row.formatted("A1", longest + "d", "Svc", "Theme"),
                row.formatted("A2", "Dir", longest + "s", "Theme"),
                row.formatted("A3", "Dir", "Svc", longest + "t")))
                .containsExactly(
                        new ImportError(2, "directorate", "Too long: at most 200 characters (this has 201)"),
                        new ImportError(3, "service", "Too long: at most 200 characters (this has 201)"),
                        new ImportError(4, "theme", "Too long: at most 200 characters (this has 201)"));
    }

    @Test
    void everyBadRowAndColumnIsReportedInFileOrder() {
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> FrameworkFileParser.parse(ImportFiles.csv(HEADER,
                        "A1,,Dir,Svc,Theme,PERCENT,up,QUARTERLY,SNAPSHOT,90,80,,TARGET_FLOOR",
                        GOOD,
                        "A3,Title,Dir,Svc,Theme,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,9O,,,TARGET_FLOOR",
                        "A4,Title,Dir,Svc,Theme,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,80,,TARGET_FLOOR",
                        "KI 433,Title,Dir,Svc,Theme,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,80,-1,TOLERANCE")));

        assertThat(rejected).hasMessage("3 rows have errors; nothing was imported");
        assertThat(rejected.errors()).containsExactly(
                new ImportError(2, "title", "Must not be empty"),
                new ImportError(2, "polarity", "Use one of HIGHER_IS_BETTER, LOWER_IS_BETTER"),
                new ImportError(4, "target", "Not a number (or TBA, or leave it empty for no target)"),
                new ImportError(4, "floor", "The TARGET_FLOOR RAG scheme needs a floor"),
                new ImportError(6, "code", "The code KI 433 is also on row 3: each may appear only once"),
                new ImportError(6, "tolerance_pct", "Must be 0 or more"));
    }

    @Test
    void aMissingColumnIsReportedOnceOnTheHeaderRowAndTheRowsAreStillChecked() {
        String header = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,tolerance_pct";
        List<ImportError> errors = ImportFiles.rejection(FrameworkFileParser::parse, header,
                "A1,Title,Dir,Svc,Theme,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,",
                "A2,Title,Dir,Svc,Theme,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,",
                "A3,Title,Dir,Svc,Theme,PERCENT,HIGHER_IS_BETTER,yearly,SNAPSHOT,90,");

        assertThat(errors).containsExactly(
                new ImportError(1, "floor", "The column floor is missing: add a column headed floor"),
                new ImportError(1, "rag_scheme", "The column rag_scheme is missing: add a column headed rag_scheme"),
                new ImportError(4, "frequency", "Use one of QUARTERLY, ANNUAL"));
    }

    @Test
    void aFormulaInAWorkbookIsReportedOnceWithTheRowsOtherErrors() throws IOException {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Framework");
            String[] header = HEADER.split(",");
            String[] good = GOOD.split(",");
            Row headerRow = sheet.createRow(0);
            Row row = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                headerRow.createCell(c).setCellValue(header[c]);
                row.createCell(c).setCellValue(good[c]);
            }
            row.getCell(1).setCellFormula("\"Calls \"&\"answered\"");
            row.getCell(5).setCellValue("@visits");
            book.write(workbook);
        }
        TabularFile file = TabularFile.read(workbook.toByteArray(), "framework.xlsx");

        assertThat(ImportFiles.rejection(() -> FrameworkFileParser.parse(file))).containsExactly(
                new ImportError(2, "title", "Formulas are not accepted: paste the value instead"),
                new ImportError(2, "unit", "Text must not start with = + or @"));
    }

    /** Rows under the data that hold only the council's own check formula look empty: the framework is read alone. */
    @Test
    void aRowEmptyInTheColumnsReadIsPassedOver() {
        List<Object> header = new ArrayList<>(Arrays.asList(HEADER.split(",")));
        header.add("check");
        List<Object> good = new ArrayList<>(Arrays.asList(GOOD.split(",")));
        good.addAll(Arrays.asList(new Formula("J2*2"), null, new Formula("J2*3")));
        Object[] below = new Object[header.size()];
        below[header.size() - 1] = new Formula("IF(A3=\"\",\"\",J3*2)");
        TabularFile file = TabularFile.read(Workbooks.xlsx(header.toArray(), good.toArray(), below, below),
                "framework.xlsx");

        assertThat(FrameworkFileParser.parse(file)).extracting(FrameworkRow::code).containsExactly("KI 433");
    }

    @Test
    void aCellWithTwoProblemsIsReportedOnce() {
        List<ImportError> errors = ImportFiles.rejection(FrameworkFileParser::parse, HEADER,
                "A1,Title,Dir,Svc,Theme,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,90,eighty,,TARGET_FLOOR");

        assertThat(errors).containsExactly(new ImportError(2, "floor", "Not a number"));
    }
}
