package uk.quarterlyreturns.framework.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularWriter;

/** Each rule of a framework row, checked by changing one good row. */
class FrameworkRulesTest {

    private static final Map<String, String> GOOD_ROW = goodRow();

    private static Map<String, String> goodRow() {
        Map<String, String> row = new LinkedHashMap<>();
        String[] values = {"KI 433", "Calls answered", "Corporate", "Customer Services", "Resilient", "PERCENT",
            "HIGHER_IS_BETTER", "QUARTERLY", "SNAPSHOT", "90", "80", "", "TARGET_FLOOR"};
        for (int i = 0; i < values.length; i++) {
            row.put(FrameworkFileParser.REQUIRED.get(i), values[i]);
        }
        FrameworkFileParser.OPTIONAL.forEach(column -> row.put(column, ""));
        return row;
    }

    /** The good row with some cells changed: column, value, column, value... */
    private static TabularFile fileWith(String... changes) {
        Map<String, String> row = new LinkedHashMap<>(GOOD_ROW);
        for (int i = 0; i < changes.length; i += 2) {
            row.put(changes[i], changes[i + 1]);
        }
        byte[] csv = TabularWriter.csv(List.copyOf(row.keySet()), List.of(new ArrayList<>(row.values())));
        return TabularFile.read(csv, "framework.csv");
    }

    private static List<ImportError> errorsWith(String... changes) {
        TabularFile file = fileWith(changes);
        return ImportFiles.rejection(() -> FrameworkFileParser.parse(file));
    }

    private static FrameworkRow rowWith(String... changes) {
        return FrameworkFileParser.parse(fileWith(changes)).get(0);
    }

    @ParameterizedTest(name = "{0} \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "code||code|Must not be empty",
        "title||title|Must not be empty",
        "directorate||directorate|Must not be empty",
        "service||service|Must not be empty",
        "theme||theme|Must not be empty",
        "code|KI 433 (BCI)|code|Put the source tag (BCI) in the source column, not in the code",
        "code|BCI [KI 433]|code|Put the source tag [KI 433] in the source column, not in the code",
        "code|=A1|code|Text must not start with = + or @",
        "title|=SUM(A1:A3)|title|Text must not start with = + or @",
        "directorate|+Corporate|directorate|Text must not start with = + or @",
        "service|@Customer|service|Text must not start with = + or @",
        "theme|'\t=1'|theme|Text must not start with = + or @",
        "outcome|=HYPERLINK(\"x\")|outcome|Text must not start with = + or @",
        "source|@BCI|source|Text must not start with = + or @",
        "unit|@visits|unit|Text must not start with = + or @",
        "unit||unit|Must not be empty: write the unit, e.g. %, count, £m, days or visits",
        "unit|a unit of more than forty characters, in all|unit|Too long: at most 40 characters (this has 44)",
        "polarity|higher|polarity|Use one of HIGHER_IS_BETTER, LOWER_IS_BETTER",
        "polarity|HIGHER IS BETTER|polarity|Use one of HIGHER_IS_BETTER, LOWER_IS_BETTER",
        "frequency||frequency|Must not be empty: use one of QUARTERLY, ANNUAL",
        "frequency|monthly|frequency|Use one of QUARTERLY, ANNUAL",
        "aggregation|total|aggregation|Use one of SNAPSHOT, CUMULATIVE",
        "rag_scheme|RAG|rag_scheme|Use one of TARGET_FLOOR, TOLERANCE, FIVE_POINT, NONE",
        "target|90%|target|Write a plain number, without £ or % (or TBA, or leave it empty for no target)",
        "target|1e3|target|Write the number in full, without an exponent (or TBA, or leave it empty for no target)",
        "target|to be agreed|target|Not a number (or TBA, or leave it empty for no target)",
        "floor|80,5|floor|Use a dot for decimals and no thousands separators",
        "tolerance_pct|-0.5|tolerance_pct|Must be 0 or more",
        "tolerance_pct|10%|tolerance_pct|Write a plain number, without £ or %",
        "due_quarter|5|due_quarter|Use the quarter, a whole number from 1 to 4",
        "due_quarter|0|due_quarter|Use the quarter, a whole number from 1 to 4",
        "due_quarter|2.5|due_quarter|Use the quarter, a whole number from 1 to 4",
        "due_quarter|Q2|due_quarter|Not a number",
        "decimals|7|decimals|Use the number of decimal places, a whole number from 0 to 6",
        "decimals|-1|decimals|Use the number of decimal places, a whole number from 0 to 6",
        "lower_threshold|NaN|lower_threshold|Not a number: write a plain number",
        "upper_threshold|£40|upper_threshold|Write a plain number, without £ or %"})
    void aBadCellIsReportedWithItsRowAndColumn(String column, String value, String errorColumn, String message) {
        assertThat(errorsWith(column, value == null ? "" : value))
                .containsExactly(new ImportError(2, errorColumn, message));
    }

    @Test
    void textLengthIsLimited() {
        assertThat(errorsWith("title", "t".repeat(501)))
                .containsExactly(new ImportError(2, "title", "Too long: at most 500 characters (this has 501)"));
        assertThat(errorsWith("code", "C".repeat(31)))
                .containsExactly(new ImportError(2, "code", "Too long: at most 30 characters (this has 31)"));
        assertThat(rowWith("title", "t".repeat(500), "code", "C".repeat(30)).title()).hasSize(500);
    }

    @Test
    void codesAreUniqueWithoutRegardToCase() {
        List<ImportError> errors = ImportFiles.rejection(FrameworkFileParser::parse,
                FrameworkFileParserTest.HEADER, FrameworkFileParserTest.GOOD,
                FrameworkFileParserTest.GOOD.replace("KI 433", "A2"),
                FrameworkFileParserTest.GOOD.replace("KI 433", "ki 433"));

        assertThat(errors).containsExactly(
                new ImportError(4, "code", "The code ki 433 is also on row 2: each may appear only once"));
    }

    @Test
    void eachSchemeHasTheSettingItNeeds() {
        assertThat(errorsWith("rag_scheme", "TARGET_FLOOR", "floor", ""))
                .containsExactly(new ImportError(2, "floor", "The TARGET_FLOOR RAG scheme needs a floor"));
        assertThat(errorsWith("rag_scheme", "TOLERANCE", "tolerance_pct", ""))
                .containsExactly(new ImportError(2, "tolerance_pct", "The TOLERANCE RAG scheme needs a tolerance_pct"));
        assertThat(rowWith("rag_scheme", "tolerance", "tolerance_pct", "0").tolerancePct()).isEqualTo(BigDecimal.ZERO);
        assertThat(rowWith("rag_scheme", "FIVE_POINT", "floor", "").floor()).isNull();
        assertThat(rowWith("rag_scheme", "NONE", "floor", "", "target", "").ragScheme().name()).isEqualTo("NONE");
    }

    /** A floor better than the target would rate every figure short of target Red, never Amber. */
    @Test
    void aFloorIsOnTheWorseSideOfItsTarget() {
        assertThat(errorsWith("target", "60", "floor", "70")).containsExactly(new ImportError(2, "floor",
                "The floor (70) must not be above the target (60) when higher is better: it is the worst figure still"
                        + " rated Amber. Check whether the floor and target, or the polarity, are swapped"));
        assertThat(errorsWith("polarity", "LOWER_IS_BETTER", "target", "60", "floor", "50")).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("The floor (50) must not be below the target (60)"));
        assertThat(rowWith("target", "60", "floor", "60").floor()).isEqualByComparingTo("60");
        assertThat(rowWith("polarity", "LOWER_IS_BETTER", "target", "60", "floor", "70").floor())
                .isEqualByComparingTo("70");
        assertThat(rowWith("target", "TBA", "floor", "70").floor()).isEqualByComparingTo("70");
    }

    @Test
    void theDueQuarterDefaultsToFour() {
        assertThat(rowWith("frequency", "ANNUAL").dueQuarter()).isEqualTo(4);
        assertThat(rowWith("frequency", "ANNUAL", "due_quarter", "2").dueQuarter()).isEqualTo(2);
        assertThat(rowWith("frequency", "QUARTERLY", "due_quarter", "2.0").dueQuarter()).isEqualTo(2);
    }

    @Test
    void theProfileIsGivenInFullAndNeverGoesDown() {
        assertThat(rowWith("profile_q1", "0", "profile_q2", "0", "profile_q3", "50", "profile_q4", "100").profilePct())
                .containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("50"), new BigDecimal("100"));
        assertThat(errorsWith("profile_q1", "30", "profile_q2", "60", "profile_q3", "50", "profile_q4", "100"))
                .containsExactly(new ImportError(2, "profile_q3",
                        "The profile must not go down: profile_q3 (50) is below profile_q2 (60)"));
        assertThat(errorsWith("profile_q1", "30", "profile_q2", "60"))
                .containsExactly(
                        new ImportError(2, "profile_q3", "Give all four profile percentages (profile_q1 to"
                                + " profile_q4), or none for the default 25, 50, 75, 100"),
                        new ImportError(2, "profile_q4", "Give all four profile percentages (profile_q1 to"
                                + " profile_q4), or none for the default 25, 50, 75, 100"));
        assertThat(errorsWith("profile_q1", "-1", "profile_q2", "50", "profile_q3", "75", "profile_q4", "100.5"))
                .containsExactly(
                        new ImportError(2, "profile_q1", "Must be a percentage from 0 to 100"),
                        new ImportError(2, "profile_q4", "Must be a percentage from 0 to 100"));
    }

    /** A cumulative target's profile is the share due by each quarter's end: by the end of Q4, all of it. */
    @Test
    void theProfileReachesTheWholeTargetByTheEndOfTheYear() {
        assertThat(errorsWith("profile_q1", "20", "profile_q2", "40", "profile_q3", "60", "profile_q4", "80"))
                .containsExactly(new ImportError(2, "profile_q4",
                        "profile_q4 must be 100: by the end of the year the whole annual target is due"));
        assertThat(rowWith("profile_q1", "20", "profile_q2", "40", "profile_q3", "60", "profile_q4", "100.0")
                .profilePct().get(3)).isEqualByComparingTo("100");
    }

    @Test
    void theLowerThresholdIsNotAboveTheUpper() {
        assertThat(errorsWith("lower_threshold", "50", "upper_threshold", "40"))
                .containsExactly(new ImportError(2, "lower_threshold",
                        "The lower threshold (50) must not be above the upper threshold (40)"));
        FrameworkRow equal = rowWith("lower_threshold", "40", "upper_threshold", "40.0");
        assertThat(equal.lowerThreshold()).isEqualTo(equal.upperThreshold());
        assertThat(rowWith("lower_threshold", "40").upperThreshold()).isNull();
    }

    @Test
    void decimalsAreKeptWhenGiven() {
        assertThat(rowWith("decimals", "0").decimals()).isZero();
        assertThat(rowWith("decimals", "6").decimals()).isEqualTo(6);
        assertThat(rowWith().decimals()).isNull();
    }
}
