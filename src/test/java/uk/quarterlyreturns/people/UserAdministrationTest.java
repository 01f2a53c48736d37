package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.LockWaits;
import uk.quarterlyreturns.support.WebSession;
import uk.quarterlyreturns.base.security.Role;

/** Only an administrator creates and changes users; the rules hold whatever screen asks. */
class UserAdministrationTest extends ApplicationTest {

    private static final AtomicInteger N = new AtomicInteger();
    private static final String PASSWORD = "plum orchard 42";

    @Autowired UserAdministration admin;
    @Autowired PeopleService people;
    @Autowired StoredPasswords storedPasswords;
    @Autowired Delegations delegations;
    @Autowired Organisation organisation;
    @Autowired Clock clock;
    @Autowired PeopleFile peopleFile;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    private static UserFields reader(String username) {
        return new UserFields(username, "Rita Reader", username + "@council.test", EnumSet.of(Role.READER), null,
                null);
    }

    private static String fresh() {
        return "admin.test" + N.incrementAndGet();
    }

    private boolean signsIn(String username, String password) {
        return WebSession.succeeded(new WebSession(url("")).signIn(username, password));
    }

    @Test
    void aCreatedUserSignsInWithTheInitialPasswordStoredAsBcrypt() {
        String username = fresh();
        Person created = admin.create(reader(username), PASSWORD, "admin");
        assertThat(created.roles()).containsExactly(Role.READER);
        assertThat(created.enabled()).isTrue();
        assertThat(storedPasswords.passwordHash(username)).hasValueSatisfying(h -> assertThat(h).startsWith("$2"));
        assertThat(signsIn(username, PASSWORD)).isTrue();
        assertThat(signsIn(username, "wrong password!")).isFalse();
    }

    @Test
    void nobodyButAnAdministratorMayCreateOrChangeUsers() {
        String username = fresh();
        for (String notAdmin : Set.of("perf", "dir.housing", "ceo", "nobody.at.all")) {
            assertThatThrownBy(() -> admin.create(reader(username), PASSWORD, notAdmin))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> admin.update(UserFields.of(people.find("reader").orElseThrow()), notAdmin))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> admin.resetPassword("reader", PASSWORD, notAdmin))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> admin.setEnabled("reader", false, notAdmin))
                    .isInstanceOf(NotAllowedException.class);
        }
        assertThat(people.find(username)).isEmpty();
        assertThat(people.find("reader").orElseThrow().enabled()).isTrue();
    }

    @Test
    void aBadSaveNamesEachFieldAndChangesNothing() {
        String username = fresh();
        UserFields bad = new UserFields(username, "", "nowhere", EnumSet.of(Role.READER), null, null);
        assertThatThrownBy(() -> admin.create(bad, "short", "admin"))
                .isInstanceOfSatisfying(UserRejectedException.class, e -> assertThat(e.problems()).containsOnlyKeys(
                        UserRejectedException.DISPLAY_NAME, UserRejectedException.EMAIL,
                        UserRejectedException.PASSWORD));
        assertThat(people.find(username)).isEmpty();

        admin.create(reader(username), PASSWORD, "admin");
        assertThatThrownBy(() -> admin.create(reader(username), PASSWORD, "admin"))
                .isInstanceOfSatisfying(UserRejectedException.class, e -> assertThat(e.problems())
                        .containsEntry(UserRejectedException.USERNAME, "There is already a user called " + username));
        UserFields noRoles = new UserFields(username, "Changed", "changed@council.test", Set.of(), null, null);
        assertThatThrownBy(() -> admin.update(noRoles, "admin")).isInstanceOf(UserRejectedException.class);
        assertThat(people.find(username).orElseThrow().displayName()).isEqualTo("Rita Reader");
    }

    @Test
    void changesNameEmailRolesAndPlace() {
        String username = fresh();
        admin.create(reader(username), PASSWORD, "admin");
        long directorate = organisation.findDirectorate("Corporate Services").orElseThrow();
        Person changed = admin.update(new UserFields(username, "Sam Strategic", "sam@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR, Role.READER), null, directorate), "admin");
        assertThat(changed.displayName()).isEqualTo("Sam Strategic");
        assertThat(changed.email()).isEqualTo("sam@council.test");
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.STRATEGIC_DIRECTOR, Role.READER);
        assertThat(people.inDirectorate(directorate, Role.STRATEGIC_DIRECTOR)).extracting(Person::username)
                .contains(username);
    }

    @Test
    void aServiceIsPlacedInItsOwnDirectorateAndKeepsOneDirector() {
        String username = fresh();
        var housing = organisation.findService("Housing").orElseThrow();
        long otherDirectorate = organisation.findDirectorate("Corporate Services").orElseThrow();
        Person officer = admin.create(new UserFields(username, "Dee Officer", "dee@council.test",
                EnumSet.of(Role.DATA_OFFICER), housing.id(), otherDirectorate), PASSWORD, "admin");
        assertThat(officer.directorateId()).isEqualTo(housing.directorateId());

        UserFields director = new UserFields(fresh(), "Second Director", "second@council.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), housing.id(), null);
        assertThatThrownBy(() -> admin.create(director, PASSWORD, "admin"))
                .isInstanceOfSatisfying(UserRejectedException.class, e -> assertThat(e.problems())
                        .containsEntry(UserRejectedException.SERVICE, "The service's director is already Imran"
                                + " Hussain: name a new director under Services and people"));
        assertThat(people.inService(housing.id(), Role.SERVICE_DIRECTOR)).extracting(Person::username)
                .containsExactly("dir.housing");
    }

    /** Whom a return's mail goes to: read in one statement, the director still first whatever the names. */
    @Test
    void aServicesStaffIsItsDirectorThenItsEnabledDataOfficers() {
        var housing = organisation.findService("Housing").orElseThrow();
        String officer = fresh(); // "admin.test…" sorts before "dir.housing"
        String disabled = fresh();
        admin.create(new UserFields(officer, "Olu Officer", officer + "@council.test", EnumSet.of(Role.DATA_OFFICER),
                housing.id(), null), PASSWORD, "admin");
        admin.create(new UserFields(disabled, "Dora Gone", disabled + "@council.test", EnumSet.of(Role.DATA_OFFICER),
                housing.id(), null), PASSWORD, "admin");
        admin.setEnabled(disabled, false, "admin");
        try {
            var staff = people.serviceStaff(housing.id());
            assertThat(staff.get(0).username()).isEqualTo("dir.housing");
            assertThat(staff).extracting(Person::username).contains(officer).doesNotContain(disabled);
            var directorsThenOfficers = new java.util.ArrayList<>(people.inService(housing.id(),
                    Role.SERVICE_DIRECTOR));
            people.inService(housing.id(), Role.DATA_OFFICER).stream().filter(p -> !directorsThenOfficers.contains(p))
                    .forEach(directorsThenOfficers::add);
            assertThat(staff).isEqualTo(directorsThenOfficers);
        } finally {
            admin.setEnabled(officer, false, "admin"); // other tests count the mail Housing's staff get
        }
    }

    @Test
    void aDeputyCannotBeMadeADataOfficer() {
        String username = fresh();
        var housing = organisation.findService("Housing").orElseThrow();
        admin.create(new UserFields(username, "Rita Reader", username + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, housing.directorateId()), PASSWORD, "admin");
        LocalDate today = LocalDate.now(clock);
        delegations.name(housing.id(), username, today.plusDays(3), today.plusDays(10), "admin");
        UserFields officer = new UserFields(username, "Rita Reader", username + "@council.test",
                EnumSet.of(Role.DATA_OFFICER), housing.id(), null);
        assertThatThrownBy(() -> admin.update(officer, "admin"))
                .isInstanceOfSatisfying(UserRejectedException.class, e -> assertThat(e.problems())
                        .containsKey(UserRejectedException.ROLES));
        assertThatThrownBy(() -> people.assignToService(username, housing.id(), housing.directorateId(),
                Role.DATA_OFFICER, "admin")).hasMessageContaining("End or withdraw the delegation first");
        assertThat(people.find(username).orElseThrow().roles()).containsExactly(Role.STRATEGIC_DIRECTOR);
    }

    /**
     * The people file keeps the users screen's rule: a current or coming deputy is not given a role a deputy may not
     * hold, or the director would be left with a deputy on paper whom the returns no longer offer the sign-off.
     */
    @Test
    void thePeopleFileCannotMakeADeputyThePerformanceTeam() {
        String username = fresh();
        var housing = organisation.findService("Housing").orElseThrow();
        admin.create(new UserFields(username, "Dee Deputy", username + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, housing.directorateId()), PASSWORD, "admin");
        LocalDate today = LocalDate.now(clock);
        delegations.name(housing.id(), username, today.plusDays(3), today.plusDays(10), "admin");
        String csv = String.join(",", PeopleFile.COLUMNS) + "\n" + username + ",Dee Deputy," + username
                + "@council.test,PERFORMANCE_TEAM,,\n";

        assertThatThrownBy(() -> peopleFile.importFile(
                TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "people.csv"), "admin"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(err -> {
                            assertThat(err.row() + " " + err.column()).isEqualTo("2 roles");
                            assertThat(err.message()).contains("End or withdraw the delegation first");
                        }));
        assertThat(people.find(username).orElseThrow().roles()).containsExactly(Role.STRATEGIC_DIRECTOR);
    }

    @Test
    void anAdministratorKeepsTheirOwnRoleAndAccess() {
        String second = fresh();
        admin.create(new UserFields(second, "Second Admin", "second.admin@council.test", EnumSet.of(Role.ADMIN),
                null, null), PASSWORD, "admin");
        UserFields demoted = new UserFields(second, "Second Admin", "second.admin@council.test",
                EnumSet.of(Role.READER), null, null);
        assertThatThrownBy(() -> admin.update(demoted, second))
                .isInstanceOfSatisfying(UserRejectedException.class, e -> assertThat(e.problems())
                        .containsEntry(UserRejectedException.ROLES,
                                "You cannot remove your own administrator role: ask another administrator"));
        assertThatThrownBy(() -> admin.setEnabled(second, false, second)).isInstanceOf(NotAllowedException.class);
        assertThat(people.find(second).orElseThrow().enabled()).isTrue();

        // Another administrator may do both.
        admin.update(demoted, "admin");
        assertThat(people.find(second).orElseThrow().roles()).containsExactly(Role.READER);
    }

    /**
     * Two administrators taking each other away at the same moment, on the screen and in the people file, could
     * leave nobody to manage users: the second change waits for the first, then finds its maker no longer one.
     */
    @Test
    void twoAdministratorsCannotTakeEachOtherAwayAtTheSameMoment() throws Exception {
        String first = freshAdministrator();
        String second = freshAdministrator();
        Throwable disabling = atTheSameMoment(() -> admin.update(demoted(second), first),
                () -> admin.setEnabled(first, false, second));
        assertThat(disabling).isInstanceOf(NotAllowedException.class);
        assertThat(people.find(first).orElseThrow().enabled()).isTrue();

        String third = freshAdministrator();
        Throwable demoting = atTheSameMoment(() -> peopleFile.importFile(peopleFile(demoted(third)), first),
                () -> admin.update(demoted(first), third));
        assertThat(demoting).isInstanceOf(NotAllowedException.class);
        assertThat(people.find(first).orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(people.find(third).orElseThrow().roles()).containsExactly(Role.READER);
    }

    @Test
    void onlyAnAdministratorOrThePerformanceTeamPlacesPeopleInServices() {
        String username = fresh();
        admin.create(reader(username), PASSWORD, "admin");
        var governance = organisation.findService("Governance and Commissioning").orElseThrow();
        for (String notAllowed : Set.of("reader", "dir.housing", "ceo", "nobody.at.all")) {
            assertThatThrownBy(() -> people.assignToService(username, governance.id(), governance.directorateId(),
                    Role.DATA_OFFICER, notAllowed)).isInstanceOf(NotAllowedException.class);
        }
        assertThat(people.find(username).orElseThrow().roles()).containsExactly(Role.READER);

        people.assignToService(username, governance.id(), governance.directorateId(), Role.DATA_OFFICER, "perf");
        assertThat(people.find(username).orElseThrow().roles()).containsExactly(Role.DATA_OFFICER);
        assertThat(jdbc.sql("select changed_by from app_user where username = :u").param("u", username)
                .query(String.class).single()).isEqualTo("perf");
        admin.setEnabled(username, false, "admin"); // other tests count the mail Governance's staff get
    }

    /**
     * A director disabled and then replaced keeps their service on record; enabling them again would give the
     * service two directors, both offered its sign-off. Refused until they are moved out of the post.
     */
    @Test
    void aReplacedDirectorEnabledAgainDoesNotBecomeASecondDirector() {
        long parks = serviceOfOurOwn();
        String former = fresh();
        String successor = fresh();
        admin.create(director(former, "Fran Former", parks), PASSWORD, "admin");
        admin.setEnabled(former, false, "admin");
        admin.create(director(successor, "Sol Successor", parks), PASSWORD, "admin");

        assertThatThrownBy(() -> admin.setEnabled(former, true, "admin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Fran Former").hasMessageContaining("Sol Successor");
        assertThat(people.find(former).orElseThrow().enabled()).isFalse();
        assertThat(people.inService(parks, Role.SERVICE_DIRECTOR)).extracting(Person::username)
                .containsExactly(successor);

        // Moved out of the post, they may sign in again.
        admin.update(reader(former), "admin");
        admin.setEnabled(former, true, "admin");
        assertThat(people.find(former).orElseThrow().enabled()).isTrue();
        assertThat(people.inService(parks, Role.SERVICE_DIRECTOR)).extracting(Person::username)
                .containsExactly(successor);
    }

    /**
     * Someone disabled cannot sign in, so placing them as a service's director would leave the service with
     * nobody to sign off its return (the director in post is released), while the screen says all is well.
     */
    @Test
    void aDisabledPersonIsNotPlacedInAService() {
        long parks = serviceOfOurOwn();
        var service = organisation.findService(parks).orElseThrow();
        String director = fresh();
        String gone = fresh();
        admin.create(director(director, "Dale Director", parks), PASSWORD, "admin");
        admin.create(reader(gone), PASSWORD, "admin");
        admin.setEnabled(gone, false, "admin");

        for (Role role : Set.of(Role.SERVICE_DIRECTOR, Role.DATA_OFFICER)) {
            assertThatThrownBy(() -> people.assignToService(gone, parks, service.directorateId(), role, "perf"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disabled");
        }
        assertThat(people.find(gone).orElseThrow().roles()).containsExactly(Role.READER);
        assertThat(people.find(gone).orElseThrow().serviceId()).isNull();
        assertThat(people.inService(parks, Role.SERVICE_DIRECTOR)).extracting(Person::username)
                .containsExactly(director);
    }

    /**
     * Placing someone in a service makes them its director or data officer and nothing else. A strategic director
     * placed so would silently stop being one, and their directorate's escalations would reach nobody: changing
     * that role is an administrator's decision, on the users screen.
     */
    @Test
    void placingSomeoneInAServiceDoesNotSilentlyEndTheirStrategicDirectorship() {
        long parks = serviceOfOurOwn();
        var service = organisation.findService(parks).orElseThrow();
        String strategic = fresh();
        admin.create(new UserFields(strategic, "Stella Strategic", strategic + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR, Role.READER), null, service.directorateId()), PASSWORD, "admin");

        for (Role role : Set.of(Role.SERVICE_DIRECTOR, Role.DATA_OFFICER)) {
            assertThatThrownBy(() -> people.assignToService(strategic, parks, service.directorateId(), role, "perf"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strategic director");
        }
        assertThat(people.find(strategic).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.STRATEGIC_DIRECTOR, Role.READER);
        assertThat(people.inDirectorate(service.directorateId(), Role.STRATEGIC_DIRECTOR))
                .extracting(Person::username).contains(strategic);
    }

    /**
     * A service director who is also their directorate's strategic director, replaced as the service's director: only
     * the post goes. Their roles were all taken but Service director, unasked, and the directorate's escalations
     * reached nobody.
     */
    @Test
    void aDirectorReplacedKeepsTheirOtherRoles() {
        long parks = serviceOfOurOwn();
        var service = organisation.findService(parks).orElseThrow();
        String both = fresh();
        String next = fresh();
        admin.create(new UserFields(both, "Bea Both", both + "@council.test", EnumSet.of(Role.SERVICE_DIRECTOR,
                Role.STRATEGIC_DIRECTOR, Role.READER), parks, service.directorateId()), PASSWORD, "admin");
        admin.create(reader(next), PASSWORD, "admin");

        people.assignToService(next, parks, service.directorateId(), Role.SERVICE_DIRECTOR, "perf");

        Person replaced = people.find(both).orElseThrow();
        assertThat(replaced.serviceId()).isNull();
        assertThat(replaced.roles()).containsExactlyInAnyOrder(Role.SERVICE_DIRECTOR, Role.STRATEGIC_DIRECTOR,
                Role.READER);
        assertThat(people.inDirectorate(service.directorateId(), Role.STRATEGIC_DIRECTOR))
                .extracting(Person::username).contains(both);
        assertThat(people.inService(parks, Role.SERVICE_DIRECTOR)).extracting(Person::username).containsExactly(next);
    }

    /** The refusal names the role that keeps them out of a service, whichever other roles they have. */
    @Test
    void aChiefExecutiveIsNotPlacedInAServiceAndIsToldWhy() {
        long parks = serviceOfOurOwn();
        var service = organisation.findService(parks).orElseThrow();
        String chief = fresh();
        admin.create(new UserFields(chief, "Cara Chief", chief + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR, Role.CHIEF_EXECUTIVE), null, service.directorateId()), PASSWORD,
                "admin");

        try {
            assertThatThrownBy(() -> people.assignToService(chief, parks, service.directorateId(), Role.DATA_OFFICER,
                    "perf")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chief executive")
                    .hasMessageNotContaining("strategic director");
            assertThat(people.find(chief).orElseThrow().roles())
                    .containsExactlyInAnyOrder(Role.STRATEGIC_DIRECTOR, Role.CHIEF_EXECUTIVE);
        } finally {
            // a second chief executive would take the approvals later tests give the demo's one
            admin.setEnabled(chief, false, "admin");
        }
    }

    private long serviceOfOurOwn() {
        long corporate = organisation.findDirectorate("Corporate Services").orElseThrow();
        return organisation.service("Parks and Open Spaces " + N.incrementAndGet(), corporate);
    }

    private static UserFields director(String username, String name, long serviceId) {
        return new UserFields(username, name, username + "@council.test", EnumSet.of(Role.SERVICE_DIRECTOR),
                serviceId, null);
    }

    /**
     * Runs the first change in a transaction held open until the second has run or is waiting; then lets the
     * first finish. What the second threw, or null.
     */
    private Throwable atTheSameMoment(Runnable first, Runnable second) throws Exception {
        CountDownLatch made = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> firstDone = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(t -> {
                first.run();
                made.countDown();
                try {
                    finish.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(made.await(60, TimeUnit.SECONDS)).isTrue();
            Future<?> secondDone = threads.submit(second);
            LockWaits.untilWaitingOrDone(jdbc, "the second change to run or wait for the first", secondDone);
            finish.countDown();
            firstDone.get(60, TimeUnit.SECONDS);
            try {
                secondDone.get(60, TimeUnit.SECONDS);
                return null;
            } catch (ExecutionException e) {
                return e.getCause();
            }
        } finally {
            finish.countDown();
            threads.shutdownNow();
        }
    }


    private String freshAdministrator() {
        String username = fresh();
        admin.create(new UserFields(username, "Ada Admin", username + "@council.test", EnumSet.of(Role.ADMIN), null,
                null), PASSWORD, "admin");
        return username;
    }

    private static UserFields demoted(String username) {
        return new UserFields(username, "Ada Admin", username + "@council.test", EnumSet.of(Role.READER), null, null);
    }

    private static TabularFile peopleFile(UserFields user) {
        String csv = String.join(",", PeopleFile.COLUMNS) + "\n" + user.username() + "," + user.displayName() + ","
                + user.email() + ",READER,,\n";
        return TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "people.csv");
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() {
        String username = fresh();
        admin.create(reader(username), PASSWORD, "admin");
        admin.setEnabled(username, false, "admin");
        assertThat(people.find(username).orElseThrow().enabled()).isFalse();
        assertThat(signsIn(username, PASSWORD)).isFalse();
        admin.setEnabled(username, true, "admin");
        assertThat(signsIn(username, PASSWORD)).isTrue();
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        String username = fresh();
        admin.create(reader(username), PASSWORD, "admin");
        assertThatThrownBy(() -> admin.resetPassword(username, "too short", "admin"))
                .isInstanceOf(UserRejectedException.class);
        admin.resetPassword(username, "quince meadow 77", "admin");
        assertThat(signsIn(username, PASSWORD)).isFalse();
        assertThat(signsIn(username, "quince meadow 77")).isTrue();
    }

    /**
     * Someone locked out after five wrong passwords asks for a new one: the password the administrator gives them
     * works at once, not refused as if wrong for the rest of the fifteen minutes.
     */
    @Test
    void aResetPasswordWorksAtOnceForSomeoneLockedOut() {
        String username = fresh();
        admin.create(reader(username), PASSWORD, "admin");
        for (int i = 0; i < 5; i++) {
            assertThat(signsIn(username, "wrong guess " + i)).isFalse();
        }
        assertThat(signsIn(username, PASSWORD)).as("locked, even with the right password").isFalse();

        admin.resetPassword(username, "quince meadow 77", "admin");
        assertThat(signsIn(username, "quince meadow 77")).isTrue();
    }
}
