package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The year a screen opens on: this year, though next year's framework came early. */
class CurrentYearTest {

    private static final ReportingYear LAST = year(1, "2016-17");
    private static final ReportingYear THIS = year(2, "2017-18");
    private static final ReportingYear NEXT = year(3, "2018-19");
    private static final List<ReportingYear> NEWEST_FIRST = List.of(NEXT, THIS, LAST);

    @Test
    void theNewestYearBegunOpensNotNextYearsImportedEarly() {
        assertThat(ReportingYear.current(NEWEST_FIRST, LocalDate.of(2018, 3, 31))).contains(THIS);
    }

    @Test
    void onItsFirstDayTheNewYearOpens() {
        assertThat(ReportingYear.current(NEWEST_FIRST, LocalDate.of(2018, 4, 1))).contains(NEXT);
        assertThat(ReportingYear.current(NEWEST_FIRST, LocalDate.of(2031, 1, 1))).as("long after").contains(NEXT);
    }

    @Test
    void whenNoneHasBegunTheFirstToBeginOpensAndWithNoneNothing() {
        assertThat(ReportingYear.current(List.of(NEXT, THIS), LocalDate.of(2017, 1, 9))).contains(THIS);
        assertThat(ReportingYear.current(List.of(), LocalDate.of(2017, 1, 9))).isEmpty();
    }

    private static ReportingYear year(long id, String label) {
        return new ReportingYear(id, label, ReportingYear.startOf(label), null);
    }
}
