package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArrearsPeriodTest {

    private static final LocalDate YEAR_2026_27 = LocalDate.of(2026, 4, 1);

    @Test
    void aLaterQuartersReturnGivesTheQuarterBeforeOfTheSameYear() {
        ArrearsPeriod period = ArrearsPeriod.before(YEAR_2026_27, 2);

        assertThat(period.quarter()).isEqualTo(1);
        assertThat(period.words()).isEqualTo("Q1 (Apr-Jun 2026)");
        assertThat(period.figureFor()).isEqualTo("Figure for Q1 (Apr-Jun 2026), reported a quarter in arrears");
        assertThat(ArrearsPeriod.before(YEAR_2026_27, 4).words()).isEqualTo("Q3 (Oct-Dec 2026)");
    }

    @Test
    void theFirstQuartersReturnGivesLastYearsJanuaryToMarch() {
        ArrearsPeriod period = ArrearsPeriod.before(YEAR_2026_27, 1);

        assertThat(period.quarter()).isEqualTo(4);
        assertThat(period.yearStart()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(period.months()).isEqualTo("Jan-Mar 2026");
        assertThat(period.words()).isEqualTo("Q4 2025/26 (Jan-Mar 2026)");
    }

    @Test
    void aQuarterOutsideOneToFourIsRefused() {
        assertThatThrownBy(() -> ArrearsPeriod.before(YEAR_2026_27, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
