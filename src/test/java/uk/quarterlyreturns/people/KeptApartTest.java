package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The chief executive is never an administrator, and no two people are given one email address (ignoring case),
 * by the users screen's service or the people file over the API.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeptApartTest extends ApplicationTest {

    private static final String HEADER = "username,name,email,roles,service,directorate\n";
    private static final String PASSWORD = "a long enough password";
    private static final AtomicInteger N = new AtomicInteger();

    @Autowired UserAdministration admin;
    @Autowired PeopleService people;
    @Autowired PersonRepository repository;
    @Autowired PeopleFileImport demoFile;
    @Autowired ApplicationContext context;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAdministratorIsNeverAlsoTheChiefExecutive() throws Exception {
        assertThatThrownBy(() -> admin.update(new UserFields("ceo", "Helen Ashworth", "ceo@demo.council.test",
                EnumSet.of(Role.CHIEF_EXECUTIVE, Role.ADMIN), null, null), "admin"))
                .isInstanceOfSatisfying(UserRejectedException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys(UserRejectedException.ROLES));
        String both = fresh();
        assertThatThrownBy(() -> admin.create(new UserFields(both, "Bo Both", both + "@council.test",
                EnumSet.of(Role.ADMIN, Role.CHIEF_EXECUTIVE), null, null), PASSWORD, "admin"))
                .isInstanceOf(UserRejectedException.class);
        assertThat(people.find(both)).isEmpty();

        // The people file, row by row and all or nothing: the good row is not saved either.
        String reader = fresh();
        ResponseEntity<String> refused = new Api(url(""), "admin", "demo").putCsvAfterReading("/api/people", HEADER
                + reader + ",Kit Reader," + reader + "@council.test,READER,,\n"
                + "ceo,Helen Ashworth,ceo@demo.council.test,CHIEF_EXECUTIVE;ADMIN,,\n");
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(errors(refused)).containsExactly("3 roles: An administrator can change the framework and feed"
                + " figures into returns, and the chief executive approves the report made from them: one person"
                + " cannot do both");
        assertThat(people.find(reader)).isEmpty();
        assertThat(people.find("ceo").orElseThrow().roles()).containsExactly(Role.CHIEF_EXECUTIVE);
    }

    @Test
    void nobodyIsGivenAnAddressSomeoneElseHasIgnoringCase() {
        String taker = fresh();
        assertThatThrownBy(() -> admin.create(reader(taker, "PERF@Demo.Council.Test"), PASSWORD, "admin"))
                .isInstanceOfSatisfying(UserRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(java.util.Map.entry(UserRejectedException.EMAIL, "PERF@Demo.Council.Test is"
                                + " already the email address of Performance Officer (perf): give each person their"
                                + " own, as signing in with a council account finds people by it")));
        assertThat(people.find(taker)).isEmpty();

        admin.create(reader(taker, taker + "@council.test"), PASSWORD, "admin");
        assertThatThrownBy(() -> admin.update(reader(taker, "perfmgr@demo.council.test"), "admin"))
                .isInstanceOf(UserRejectedException.class).hasMessageContaining("Performance Manager (perfmgr)");
        admin.update(reader(taker, taker.toUpperCase() + "@council.test"), "admin");
        assertThat(people.find(taker).orElseThrow().email()).isEqualTo(taker.toUpperCase() + "@council.test");
    }

    @Test
    void thePeopleFileRefusesATakenOrRepeatedAddressAndLetsTwoPeopleSwapTheirs() throws Exception {
        String one = fresh();
        String two = fresh();
        String three = fresh();
        Api api = new Api(url(""), "admin", "demo");
        ResponseEntity<String> refused = api.putCsvAfterReading("/api/people", HEADER
                + one + ",One,Reader@demo.council.test,READER,,\n"
                + two + ",Two,same." + two + "@council.test,READER,,\n"
                + three + ",Three,SAME." + two + "@council.test,READER,,\n");
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(errors(refused)).containsExactly(
                "2 email: Reader@demo.council.test is already the email address of Cllr Jo Fairbank (reader): give"
                        + " each person their own, as signing in with a council account finds people by it",
                "3 email: same." + two + "@council.test is already the email address of " + three + " on row 4: give"
                        + " each person their own, as signing in with a council account finds people by it",
                "4 email: SAME." + two + "@council.test is already the email address of " + two + " on row 3: give"
                        + " each person their own, as signing in with a council account finds people by it");
        assertThat(people.find(one)).isEmpty();
        assertThat(people.find(two)).isEmpty();

        admin.create(reader(one, one + "@council.test"), PASSWORD, "admin");
        admin.create(reader(two, two + "@council.test"), PASSWORD, "admin");
        ResponseEntity<String> swapped = api.putCsvAfterReading("/api/people", HEADER
                + one + ",One," + two + "@council.test,READER,,\n" + two + ",Two," + one + "@council.test,READER,,\n");
        assertThat(swapped.getStatusCode().value()).as(swapped.getBody()).isEqualTo(200);
        assertThat(people.find(one).orElseThrow().email()).isEqualTo(two + "@council.test");
    }

    /** The demo's own people file (one role a row) keeps addresses apart too. */
    @Test
    void theDemosPeopleFileRefusesATakenAddress() {
        String one = fresh();
        String file = "username,display_name,email,role,directorate,service\n"
                + one + ",One,CEO@demo.council.test,READER,,\n";
        assertThatThrownBy(() -> demoFile.importFile(TabularFile.read(file.getBytes(StandardCharsets.UTF_8),
                "people.csv"), PASSWORD, false))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.row() + " " + error.column() + ": " + error.message())
                                .startsWith("2 email: CEO@demo.council.test is already the email address of Helen"
                                        + " Ashworth (ceo)")));
        assertThat(people.find(one)).isEmpty();
    }

    /** Data from before the rule: the pair keeps the address until it changes, and may be changed otherwise. */
    @Test
    void aPairSharingAnAddressFromBeforeKeepsItUntilChanged() {
        String one = fresh();
        String two = fresh();
        String shared = "shared." + one + "@council.test";
        for (String username : Set.of(one, two)) {
            repository.insert(new Person(username, "Shared", shared, EnumSet.of(Role.READER), null, null, true, false,
                    false), "unusable");
        }
        admin.update(new UserFields(one, "Shared Renamed", shared.toUpperCase(), EnumSet.of(Role.READER), null,
                null), "admin");
        assertThat(people.find(one).orElseThrow().displayName()).isEqualTo("Shared Renamed");
        admin.update(reader(two, two + "@council.test"), "admin");
        assertThatThrownBy(() -> admin.update(reader(two, shared), "admin"))
                .isInstanceOf(UserRejectedException.class).hasMessageContaining("(" + one + ")");
    }

    /** Someone holding both roles from before the rule, and a shared address: the log names them at start. */
    @Test
    void theLogNamesAtStartWhoHoldsRolesKeptApartAndWhichAddressesAreShared(CapturedOutput log) {
        String both = fresh();
        String sharing = fresh();
        String shared = "shared." + both + "@council.test";
        // Disabled, so that nothing meant for the chief executive reaches them meanwhile.
        repository.insert(new Person(both, "Bea Both", shared, EnumSet.of(Role.ADMIN, Role.CHIEF_EXECUTIVE), null,
                null, false, false, false), "unusable");
        repository.insert(new Person(sharing, "Sid Sharing", shared.toUpperCase(), EnumSet.of(Role.READER), null,
                null, false, false, false), "unusable");
        context.getBean(KeptApartAtStart.class).run(null);
        assertThat(log.getOut()).contains("Bea Both (" + both + ") holds roles kept apart: An administrator can"
                + " change the framework", "Change their roles under Users")
                .contains(shared + " is the email address of " + both + ", " + sharing + ": give each their own under"
                        + " Users");
    }

    /**
     * Someone holding roles kept apart from before the rule neither approves the report nor accepts a return until
     * their roles are changed; the refusal says why.
     */
    @Test
    void rolesKeptApartFromBeforeTheRuleTakeNoApprovalOrAcceptance() {
        String both = fresh();
        // Disabled, so that nothing meant for the chief executive reaches them meanwhile: the rule is on roles alone.
        repository.insert(new Person(both, "Pat Both", both + "@council.test", EnumSet.of(Role.PERFORMANCE_TEAM,
                Role.CHIEF_EXECUTIVE), null, null, false, false, false), "unusable");
        assertThat(context.getBean(ReportApproval.class).whyNotApprove(1, both)).hasValueSatisfying(why ->
                assertThat(why).contains("kept apart", "The performance team compiles the report"));
        ServiceReturn signedOff = new ServiceReturn(1, 1, 1, "Housing", 1, "Place", ReturnStatus.SIGNED_OFF, null,
                null, null, null, null, null, null, null, 1, null, null);
        assertThatThrownBy(() -> context.getBean(ReturnPermissions.class).requireAccept(both, signedOff))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("kept apart");
    }

    private static UserFields reader(String username, String email) {
        return new UserFields(username, "Kept Apart", email, EnumSet.of(Role.READER), null, null);
    }

    private static String fresh() {
        return "kept.apart" + N.incrementAndGet();
    }

    private java.util.List<String> errors(ResponseEntity<String> response) throws Exception {
        JsonNode body = json.readTree(response.getBody());
        java.util.List<String> errors = new java.util.ArrayList<>();
        body.get("errors").forEach(e -> errors.add(e.get("row").asInt() + " " + e.get("column").asText() + ": "
                + e.get("message").asText()));
        return errors;
    }
}
