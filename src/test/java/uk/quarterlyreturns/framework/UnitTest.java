package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            %               | PERCENT
            Percent         | PERCENT
            PERCENT         | PERCENT
            count           | COUNT
            Number          | COUNT
            NUMBER          | COUNT
            £               | GBP
            GBP             | GBP
            £k              | GBP_THOUSANDS
            £M              | GBP_MILLIONS
            days            | DAYS
            DAYS            | DAYS
            Weeks           | WEEKS
            rate per 1,000  | RATE_PER_1000
            Rate per 10k    | RATE_PER_10K
            RATE_PER_10K    | RATE_PER_10K
            rate per 100,000| RATE_PER_100K
            RATE_PER_100K   | RATE_PER_100K
            visits          | WRITTEN
            SAP rating      | WRITTEN
            tonnes          | WRITTEN
            """)
    void knownWordsChooseTheirKindInAnyCaseAndOtherWordsAreKept(String written, UnitKind kind) {
        assertThat(Unit.of(written).kind()).isEqualTo(kind);
    }

    @Test
    void theWrittenUnitIsKeptAsTheCouncilWroteIt() {
        assertThat(Unit.of("  SAP   rating ").written()).isEqualTo("SAP rating");
        assertThat(Unit.of("Rate per 10k").written()).isEqualTo("Rate per 10k");
        assertThat(Unit.of("households").format(new BigDecimal("1204"), 0)).isEqualTo("1,204 households");
    }

    @Test
    void theFormerNamesReadAsTheirWords() {
        assertThat(Unit.of("PERCENT")).isEqualTo(Unit.PERCENT);
        assertThat(Unit.of("PERCENT").written()).isEqualTo("%");
        assertThat(Unit.of("RATE_PER_100K").written()).isEqualTo("rate per 100k");
    }

    @Test
    void decimalsGovernThePrecisionWhateverTheUnit() {
        assertThat(Unit.PERCENT.format(new BigDecimal("90"), 1)).isEqualTo("90.0%");
        assertThat(Unit.PERCENT.format(new BigDecimal("74"), 1)).isEqualTo("74.0%");
        assertThat(Unit.PERCENT.format(new BigDecimal("90.456"), 0)).isEqualTo("90%");
        assertThat(Unit.of("tonnes").format(new BigDecimal("12.345"), 2)).isEqualTo("12.35 tonnes");
    }

    @ParameterizedTest(name = "{0} {1} prints {2}")
    @CsvSource(delimiter = '|', textBlock = """
            22099     | visits | 22,099 visits
            22099.00  | visits | 22,099 visits
            1234      | count  | 1,234
            57.2      | %      | 57.2%
            57.20     | %      | 57.2%
            57.25     | %      | 57.25%
            57.256    | %      | 57.26%
            65.30     | %      | 65.3%
            1200      | £      | £1,200
            -0.50     | £      | -£0.5
            0.004     | days   | 0 days
            """)
    void withNoDecimalsGivenAFigurePrintsAsACouncilWritesIt(String value, String unit, String printed) {
        assertThat(Unit.of(unit).format(new BigDecimal(value), null)).isEqualTo(printed);
    }

    @Test
    void decimalsGivenAreKeptEvenWhereTheyEndInZeros() {
        assertThat(Unit.of("visits").format(new BigDecimal("22099"), 2)).isEqualTo("22,099.00 visits");
        assertThat(Unit.PERCENT.format(new BigDecimal("57.2"), 2)).isEqualTo("57.20%");
        assertThat(Unit.shown(new BigDecimal("57.2"), 2).scale()).isEqualTo(2);
        assertThat(Unit.shown(new BigDecimal("57.2"), null).scale()).isEqualTo(1);
        assertThat(Unit.shown(new BigDecimal("1200"), null).scale()).isZero();
    }

    @Test
    void anEmptyOrOverlongUnitIsRefusedWithAMessage() {
        assertThatThrownBy(() -> Unit.of(" ")).hasMessageContaining("Must not be empty");
        assertThatThrownBy(() -> Unit.of("x".repeat(41))).hasMessageContaining("at most 40 characters");
        assertThat(Unit.of("x".repeat(40)).written()).hasSize(40);
    }
}
