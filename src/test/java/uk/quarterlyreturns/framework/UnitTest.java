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

    @Test
    void anEmptyOrOverlongUnitIsRefusedWithAMessage() {
        assertThatThrownBy(() -> Unit.of(" ")).hasMessageContaining("Must not be empty");
        assertThatThrownBy(() -> Unit.of("x".repeat(41))).hasMessageContaining("at most 40 characters");
        assertThat(Unit.of("x".repeat(40)).written()).hasSize(40);
    }
}
