package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.DirectorGaps.Director;

/** The framework import's note on strategic directors: said only when a directorate lacks one and one is elsewhere. */
class DirectorGapsTest {

    @Test
    void namesTheDirectoratesWithNobodyAndTheDirectorsElsewhere() {
        assertThat(DirectorGaps.note("3005/06", List.of("Place", "People"),
                List.of(new Director("Ann Hale", "Economy"), new Director("Bo Reid", "Children")))).hasValue(
                "With no strategic director in 3005/06: Place, People. Strategic directors of directorates not in"
                        + " the 3005/06 framework: Ann Hale (Economy), Bo Reid (Children). If a directorate was"
                        + " renamed, say which directorate it continues as (Directorates and services, on the"
                        + " Framework screen): its strategic directors move when the year begins. Otherwise move them"
                        + " under Users: until then the year's escalations go to the performance team and they see"
                        + " nothing of the year.");
    }

    @Test
    void saysNothingWhenEitherIsMissing() {
        assertThat(DirectorGaps.note("3005/06", List.of("Place"), List.of())).isEmpty();
        assertThat(DirectorGaps.note("3005/06", List.of(), List.of(new Director("Ann Hale", "Economy")))).isEmpty();
    }

    @Test
    void aYearAlreadyOverGetsNoNote() {
        ReportingYear year = new ReportingYear(1, "2017-18", java.time.LocalDate.of(2017, 4, 1), null);
        assertThat(DirectorGaps.over(year, java.time.LocalDate.of(2018, 3, 31))).isFalse();
        assertThat(DirectorGaps.over(year, java.time.LocalDate.of(2018, 4, 1))).isTrue();
        assertThat(DirectorGaps.over(year, java.time.LocalDate.of(2017, 1, 1))).as("next year's").isFalse();
    }
}
