package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.security.Role;

/** Which details make a whole user, and which roles may go together. */
class UserRulesTest {

    private static UserFields user(EnumSet<Role> roles, Long service, Long directorate) {
        return new UserFields("jo.bloggs", "Jo Bloggs", "jo@council.test", roles, service, directorate);
    }

    private static Map<String, String> problems(UserFields user) {
        return UserRules.problems(user, true);
    }

    @Test
    void aReaderWithTheFieldsFilledIsWhole() {
        assertThat(problems(user(EnumSet.of(Role.READER), null, null))).isEmpty();
        assertThat(problems(user(EnumSet.of(Role.DATA_OFFICER), 3L, 1L))).isEmpty();
        assertThat(problems(user(EnumSet.of(Role.ADMIN, Role.PERFORMANCE_TEAM), null, null))).isEmpty();
    }

    @Test
    void namesEveryFieldAtFault() {
        UserFields bad = new UserFields("Jo Bloggs", " ", "not-an-address", EnumSet.noneOf(Role.class), null, null);
        assertThat(problems(bad)).containsOnlyKeys(UserRejectedException.USERNAME,
                UserRejectedException.DISPLAY_NAME, UserRejectedException.EMAIL, UserRejectedException.ROLES);
        assertThat(problems(bad).get(UserRejectedException.ROLES)).isEqualTo("Choose at least one role");
    }

    @Test
    void theUsernameIsOnlyCheckedWhenCreating() {
        UserFields old = new UserFields("Old Name", "Jo", "jo@council.test", EnumSet.of(Role.READER), null, null);
        assertThat(UserRules.problems(old, false)).isEmpty();
    }

    @Test
    void aDataOfficerIsNeverAlsoTheDirectorWhoSignsOff() {
        assertThat(problems(user(EnumSet.of(Role.DATA_OFFICER, Role.SERVICE_DIRECTOR), 3L, 1L)))
                .containsEntry(UserRejectedException.ROLES,
                        "A data officer cannot sign off a return, so cannot also be a service director");
    }

    @Test
    void theChiefExecutiveIsNeitherAnAdministratorNorInThePerformanceTeam() {
        assertThat(problems(user(EnumSet.of(Role.ADMIN, Role.CHIEF_EXECUTIVE), null, null)))
                .containsOnlyKeys(UserRejectedException.ROLES).extractingByKey(UserRejectedException.ROLES)
                .asString().startsWith("An administrator can change the framework and feed figures into returns");
        assertThat(problems(user(EnumSet.of(Role.PERFORMANCE_TEAM, Role.CHIEF_EXECUTIVE), null, null)))
                .containsOnlyKeys(UserRejectedException.ROLES);
        // An administrator does the performance team's framework work already: together they check nobody's.
        assertThat(problems(user(EnumSet.of(Role.ADMIN, Role.PERFORMANCE_TEAM, Role.READER), null, null))).isEmpty();
    }

    @Test
    void thoseWhoCheckOrApproveReturnsAreNotPlacedInAService() {
        for (Role checker : EnumSet.of(Role.ADMIN, Role.PERFORMANCE_TEAM, Role.CHIEF_EXECUTIVE)) {
            assertThat(problems(user(EnumSet.of(checker, Role.SERVICE_DIRECTOR), 3L, 1L)))
                    .as(checker.label()).containsKey(UserRejectedException.ROLES);
            assertThat(problems(user(EnumSet.of(checker, Role.DATA_OFFICER), 3L, 1L)))
                    .as(checker.label()).containsKey(UserRejectedException.ROLES);
        }
    }

    @Test
    void serviceRolesNeedAServiceAndOnlyTheyHaveOne() {
        assertThat(problems(user(EnumSet.of(Role.SERVICE_DIRECTOR), null, null)))
                .containsOnlyKeys(UserRejectedException.SERVICE);
        assertThat(problems(user(EnumSet.of(Role.READER), 3L, 1L))).containsOnlyKeys(UserRejectedException.SERVICE);
    }

    @Test
    void aStrategicDirectorNeedsTheirDirectorate() {
        assertThat(problems(user(EnumSet.of(Role.STRATEGIC_DIRECTOR), null, null)))
                .containsOnlyKeys(UserRejectedException.DIRECTORATE);
        assertThat(problems(user(EnumSet.of(Role.STRATEGIC_DIRECTOR), null, 2L))).isEmpty();
    }
}
