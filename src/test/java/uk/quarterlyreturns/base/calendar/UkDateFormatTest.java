package uk.quarterlyreturns.base.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UkDateFormatTest {

    @Test
    void septemberIsWrittenInThreeLettersAsEveryOtherMonth() {
        assertThat(UkDateFormat.ofPattern("d MMM yyyy").format(LocalDate.of(2017, 9, 30))).isEqualTo("30 Sep 2017");
        assertThat(UkDateFormat.ofPattern("EEE d MMM yyyy").format(LocalDate.of(2017, 10, 30)))
                .isEqualTo("Mon 30 Oct 2017");
    }

    @Test
    void quotedWordsAndFullMonthsAreLeftAsTheyAre() {
        LocalDateTime at = LocalDateTime.of(2017, 9, 4, 9, 5);
        assertThat(UkDateFormat.ofPattern("HH:mm 'on' d MMM yyyy").format(at)).isEqualTo("09:05 on 4 Sep 2017");
        assertThat(UkDateFormat.ofPattern("d MMMM yyyy 'MMM'").format(at)).isEqualTo("4 September 2017 MMM");
    }

    @Test
    void whatItWritesItReadsBack() {
        assertThat(LocalDate.parse("30 Sep 2017", UkDateFormat.ofPattern("d MMM yyyy")))
                .isEqualTo(LocalDate.of(2017, 9, 30));
    }
}
