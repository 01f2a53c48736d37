package uk.quarterlyreturns.framework.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.quarterlyreturns.base.tabular.ImportError;

class HistoryFileParserTest {

    private static final String YEAR_FORMAT = "Write the year like 2016-17: the year it starts, a dash, and the"
            + " last two digits of the next year";

    @Test
    void readsOutturnsAndQuarterValues() {
        assertThat(HistoryFileParser.parse(ImportFiles.csv("code,year,value,quarter",
                "KI 433,2016-17,57.20,",
                "KI 433,2016-17,55,2",
                "KI 433,1999-00,-3,4")))
                .containsExactly(
                        new HistoryRow("KI 433", "2016-17", new BigDecimal("57.2"), null),
                        new HistoryRow("KI 433", "2016-17", new BigDecimal("55"), 2),
                        new HistoryRow("KI 433", "1999-00", new BigDecimal("-3"), 4));
    }

    @Test
    void theQuarterColumnIsOptional() {
        assertThat(HistoryFileParser.parse(ImportFiles.csv("code,year,value", "BCI 1,2015-16,12")))
                .containsExactly(new HistoryRow("BCI 1", "2015-16", new BigDecimal("12"), null));
    }

    @Test
    void anOutturnMayKeepTheUnitItWasPublishedInButAQuarterFigureMayNot() {
        assertThat(HistoryFileParser.parse(ImportFiles.csv("code,year,value,quarter,unit",
                "KI 533,2016-17,98.8,,%", "KI 533,2016-17,12000,2,")))
                .containsExactly(new HistoryRow("KI 533", "2016-17", new BigDecimal("98.8"), null, "%"),
                        new HistoryRow("KI 533", "2016-17", new BigDecimal("12000"), 2, null));
        assertThat(ImportFiles.rejection(HistoryFileParser::parse, "code,year,value,quarter,unit",
                "KI 533,2016-17,45,2,%"))
                .containsExactly(new ImportError(2, "unit", "Only a year's outturn may have its own unit: a quarter's"
                        + " figure is compared with this year's, so leave the unit empty and give it in the measure's"
                        + " unit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-18", "2016/17", "16-17", "2016-2017", "2016", "2016-7"})
    void aYearNotLike2016To17IsRefused(String year) {
        assertThat(ImportFiles.rejection(HistoryFileParser::parse, "code,year,value", "KI 1," + year + ",5"))
                .containsExactly(new ImportError(2, "year", YEAR_FORMAT));
    }

    @Test
    void everyBadRowIsReported() {
        assertThat(ImportFiles.rejection(HistoryFileParser::parse, "code,year,value,quarter",
                "KI 1,,5,",
                "KI 1,2016-17,,5",
                "KI 1,2016-17,1e3,Q1",
                "KI 1,2015-16,4,1",
                "ki 1,2015-16,6,1",
                "KI 1,2015-16,6,"))
                .containsExactly(
                        new ImportError(2, "year", "Must not be empty: write the year like 2016-17"),
                        new ImportError(3, "value", "Must not be empty: a number is needed"),
                        new ImportError(3, "quarter", "Use the quarter, a whole number from 1 to 4"),
                        new ImportError(4, "value", "Write the number in full, without an exponent"),
                        new ImportError(4, "quarter", "Not a number"),
                        new ImportError(6, "code", "The figure for ki 1 in 2015-16 Q1 is also on row 5:"
                                + " each may appear only once"));
    }

    @Test
    void aYearsOutturnMayAppearOnceBesideItsQuarters() {
        assertThat(ImportFiles.rejection(HistoryFileParser::parse, "code,year,value,quarter",
                "KI 1,2015-16,4,", "KI 1,2015-16,4,1", "KI 1,2015-16,5,"))
                .containsExactly(new ImportError(4, "code",
                        "The figure for KI 1 in 2015-16 is also on row 2: each may appear only once"));
    }
}
