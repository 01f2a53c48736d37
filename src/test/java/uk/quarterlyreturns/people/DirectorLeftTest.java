package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.security.Role;

/** Which changes take the post from a service's director, so that the deputies named for them end. */
class DirectorLeftTest {

    private static final long HOUSING = 1;
    private static final long PARKS = 2;
    private static final Person DIRECTOR = person(true, HOUSING, Role.SERVICE_DIRECTOR);

    @Test
    void replacedMovedOrStrippedOfTheRoleTheDirectorLeavesThePost() {
        String left = "Dan Director, whom they covered, is no longer director of Housing";
        assertThat(DirectorLeft.why(DIRECTOR, person(true, null, Role.SERVICE_DIRECTOR), "Housing")).as("replaced")
                .hasValue(left);
        assertThat(DirectorLeft.why(DIRECTOR, person(true, PARKS, Role.SERVICE_DIRECTOR), "Housing")).as("moved")
                .hasValue(left);
        assertThat(DirectorLeft.why(DIRECTOR, person(true, null, Role.STRATEGIC_DIRECTOR), "Housing"))
                .as("role taken").hasValue(left);
        assertThat(DirectorLeft.why(DIRECTOR, person(false, HOUSING, Role.SERVICE_DIRECTOR), "Housing"))
                .hasValue("Dan Director, whom they covered, was disabled");
    }

    @Test
    void keptInPostAlreadyDisabledOrNeverADirectorNobodyLeaves() {
        assertThat(DirectorLeft.why(DIRECTOR, person(true, HOUSING, Role.SERVICE_DIRECTOR), "Housing")).isEmpty();
        assertThat(DirectorLeft.why(person(false, HOUSING, Role.SERVICE_DIRECTOR), person(true, null, Role.READER),
                "Housing")).isEmpty();
        assertThat(DirectorLeft.why(person(true, HOUSING, Role.DATA_OFFICER), person(true, PARKS, Role.DATA_OFFICER),
                "Housing")).isEmpty();
    }

    @Test
    void aStrategicDirectorsCoverEndsWhenTheyLeaveTheirDirectorateNotOtherwise() {
        Person strategic = new Person("sam", "Sam Strategic", "sam@council.test", EnumSet.of(Role.STRATEGIC_DIRECTOR),
                null, 10L, true, false, false);
        assertThat(DirectorLeft.whyCoverEnds(strategic, strategic, "Place")).as("still in post").isEmpty();
        assertThat(DirectorLeft.whyCoverEnds(strategic, new Person("sam", "Sam Strategic", "sam@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, 11L, true, false, false), "Place")).as("moved")
                .hasValue("Sam Strategic, whom they covered, is no longer strategic director of Place");
        assertThat(DirectorLeft.whyCoverEnds(strategic, new Person("sam", "Sam Strategic", "sam@council.test",
                EnumSet.of(Role.READER), null, 10L, true, false, false), "Place")).as("role taken").isPresent();
        assertThat(DirectorLeft.whyCoverEnds(strategic, new Person("sam", "Sam Strategic", "sam@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, 10L, false, false, false), "Place"))
                .hasValue("Sam Strategic, whom they covered, was disabled");
        assertThat(DirectorLeft.whyCoverEnds(DIRECTOR, person(false, HOUSING, Role.SERVICE_DIRECTOR), "Place"))
                .as("a service director has no cover").isEmpty();
    }

    private static Person person(boolean enabled, Long service, Role role) {
        return new Person("dan", "Dan Director", "dan@council.test", EnumSet.of(role), service, 10L, enabled, false,
                false);
    }
}
