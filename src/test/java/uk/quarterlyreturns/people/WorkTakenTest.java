package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.security.Role;

/** What a change of people takes from those who hold work now, said before it is made. */
class WorkTakenTest {

    private static final long HOUSING = 1;
    private static final long PARKS = 2;
    private static final long PLACE = 10;
    private static final long CORPORATE = 11;

    @Test
    void aDirectorReplacedIsNamedWithTheirSuccessor() {
        List<String> taken = taken(List.of(person("dan", "Dan Director", true, HOUSING, PLACE, Role.SERVICE_DIRECTOR)),
                List.of(fields("dan", "Dan Director", null, null, Role.READER),
                        fields("nia", "Nia New", HOUSING, PLACE, Role.SERVICE_DIRECTOR)));
        assertThat(taken).containsExactly("Nia New replaces Dan Director as director of Housing");
    }

    @Test
    void aDirectorMovedWithNobodyNamedLeavesTheServiceWithoutADirector() {
        List<String> taken = taken(List.of(person("dan", "Dan Director", true, HOUSING, PLACE, Role.SERVICE_DIRECTOR)),
                List.of(fields("dan", "Dan Director", PARKS, PLACE, Role.SERVICE_DIRECTOR)));
        assertThat(taken).containsExactly("Dan Director stops being director of Housing, which has no director until"
                + " one is named");
    }

    @Test
    void aDataOfficerMovedAStrategicDirectorMovedAndTheCheckersRolesTakenAreEachSaid() {
        List<String> taken = taken(List.of(
                        person("olly", "Olly Officer", true, HOUSING, PLACE, Role.DATA_OFFICER),
                        person("sam", "Sam Strategic", true, null, PLACE, Role.STRATEGIC_DIRECTOR),
                        person("pat", "Pat Perf", true, null, null, Role.PERFORMANCE_TEAM),
                        person("cara", "Cara Chief", true, null, null, Role.CHIEF_EXECUTIVE)),
                List.of(fields("olly", "Olly Officer", PARKS, PLACE, Role.DATA_OFFICER),
                        fields("sam", "Sam Strategic", null, CORPORATE, Role.STRATEGIC_DIRECTOR),
                        fields("pat", "Pat Perf", null, null, Role.READER),
                        fields("cara", "Cara Chief", null, null, Role.READER)));
        assertThat(taken).containsExactly("Olly Officer stops being a data officer of Housing",
                "Sam Strategic stops being strategic director of Place: its escalations no longer reach them",
                "Pat Perf leaves the performance team", "Cara Chief stops being the chief executive");
    }

    @Test
    void nothingIsTakenFromSomeoneKeptInPlaceCreatedOrDisabledOrFromAReaderOrAdministrator() {
        List<String> taken = taken(List.of(
                        person("dan", "Dan Director", true, HOUSING, PLACE, Role.SERVICE_DIRECTOR),
                        person("gone", "Gone Director", false, PARKS, PLACE, Role.SERVICE_DIRECTOR),
                        person("ada", "Ada Admin", true, null, null, Role.ADMIN, Role.READER)),
                List.of(fields("dan", "Daniel Director", HOUSING, PLACE, Role.SERVICE_DIRECTOR),
                        fields("gone", "Gone Director", null, null, Role.READER),
                        fields("ada", "Ada Admin", null, null, Role.PERFORMANCE_TEAM),
                        fields("new", "New Officer", PARKS, PLACE, Role.DATA_OFFICER)));
        assertThat(taken).isEmpty();
    }

    /** The deputies named for a director who leaves the post end with them: each is named, and for whom. */
    @Test
    void theDeputiesNamedForADirectorWhoLeavesThePostAreNamed() {
        WorkTaken.Cover cover = (service, director) -> service == HOUSING && director.equals("dan")
                ? List.of(new WorkTaken.Deputy("Dora Deputy", List.of()), new WorkTaken.Deputy("Del Deputy",
                        List.of("the Q2 2017/18 return of Housing (Sign off return)")))
                : List.of(new WorkTaken.Deputy("Someone Else", List.of()));
        List<String> taken = WorkTaken.by(Map.of("dan", person("dan", "Dan Director", true, HOUSING, PLACE,
                        Role.SERVICE_DIRECTOR)), List.of(fields("dan", "Dan Director", null, PLACE,
                        Role.STRATEGIC_DIRECTOR), fields("nia", "Nia New", HOUSING, PLACE, Role.SERVICE_DIRECTOR)),
                id -> "Housing", id -> "Place", cover);
        assertThat(taken).containsExactly("Nia New replaces Dan Director as director of Housing",
                "Dora Deputy stops being deputy for Housing: named for Dan Director, they no longer sign off its returns",
                "Del Deputy stops being deputy for Housing: named for Dan Director, they no longer sign off its returns;"
                        + " their claim on the Q2 2017/18 return of Housing (Sign off return) will be released");

        List<String> kept = WorkTaken.by(Map.of("dan", person("dan", "Dan Director", true, HOUSING, PLACE,
                        Role.SERVICE_DIRECTOR), "gone", person("gone", "Gone Director", false, PARKS, PLACE,
                        Role.SERVICE_DIRECTOR)), List.of(fields("dan", "Daniel Director", HOUSING, PLACE,
                        Role.SERVICE_DIRECTOR), fields("gone", "Gone Director", null, null, Role.READER)),
                id -> "Housing", id -> "Place", cover);
        assertThat(kept).as("a director kept in post, and one already disabled, keep their deputies").isEmpty();
    }

    private static List<String> taken(List<Person> before, List<UserFields> after) {
        Map<String, Person> byName = new java.util.HashMap<>();
        before.forEach(p -> byName.put(p.username(), p));
        return WorkTaken.by(byName, after, id -> id == HOUSING ? "Housing" : "Parks",
                id -> id == PLACE ? "Place" : "Corporate");
    }

    private static Person person(String username, String name, boolean enabled, Long service, Long directorate,
            Role... roles) {
        return new Person(username, name, username + "@council.test", EnumSet.copyOf(List.of(roles)), service,
                directorate, enabled, false, false);
    }

    private static UserFields fields(String username, String name, Long service, Long directorate, Role... roles) {
        return new UserFields(username, name, username + "@council.test", EnumSet.copyOf(List.of(roles)), service,
                directorate);
    }
}
