package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The strategic director of the return's directorate countersigns a signed-off return: once per sign-off, with
 * an optional comment, never their own work, and never anyone else.
 */
class CountersigningTest extends ApplicationTest {

    private static final AtomicInteger N = new AtomicInteger();

    @Autowired ApplicationContext context;
    @Autowired Countersigning countersigning;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnTrail trail;
    @Autowired UserAdministration admin;
    @Autowired Delegations delegations;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theDirectoratesStrategicDirectorCountersignsASignedOffReturnWithACommentAndAcceptanceDoesNotWait()
            throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2710);
        long id = scenario.housing.id();
        readyToSubmit(scenario);
        workflow.submit(id, "data.housing");
        assertThatThrownBy(() -> countersigning.countersign(id, "sd.economy", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("once its director has signed it off");
        workflow.signOff(id, "dir.housing");

        assertThatThrownBy(() -> countersigning.countersign(id, "sd.economy", "x".repeat(2001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 2000 characters");
        assertThat(countersigning.forReturn(id)).isEmpty();
        assertThat(countersigning.whyNot("sd.economy", scenario.reload())).isEmpty();

        Countersignature c = countersigning.countersign(id, "sd.economy", "  Checked against the housing register ");
        assertThat(c.by()).isEqualTo("sd.economy");
        assertThat(c.comment()).isEqualTo("Checked against the housing register");
        assertThat(c.standing()).isTrue();
        assertThat(countersigning.standing(id)).contains(c);
        assertThat(trail.history(id)).filteredOn(e -> e.kind().equals(Countersigning.TRAIL_KIND)).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("sd.economy");
                    assertThat(e.comment()).isEqualTo("Checked against the housing register");
                });

        // The same person again (a second tab): refused clearly, one countersignature.
        assertThatThrownBy(() -> countersigning.countersign(id, "sd.economy", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already countersigned");
        assertThat(countersigning.forReturn(id)).hasSize(1);

        // It never holds anything up, and still stands once the return is accepted; the API shows it.
        workflow.accept(id, "perf");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(countersigning.standing(id)).isPresent();
        JsonNode json = new ObjectMapper().readTree(new Api(url(""), "perf", "demo")
                .get("/api/years/" + scenario.year + "/quarters/2/returns").getBody()).get(0);
        assertThat(json.get("countersignedBy").asText()).isEqualTo("sd.economy");
        assertThat(json.get("countersignedAt").asText()).isNotBlank();
        assertThat(json.get("countersignComment").asText()).isEqualTo("Checked against the housing register");
    }

    @Test
    void everyoneButTheDirectoratesStrategicDirectorIsRefusedAndSoIsOneWhoPreparedOrSignedItOff() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2711);
        long id = scenario.housing.id();
        long directorate = scenario.housing.directorateId();
        LocalDate today = LocalDate.now(clock);
        // Strategic directors of Housing's own directorate, named the director's deputies: one submits, one signs off.
        String submitter = user(EnumSet.of(Role.STRATEGIC_DIRECTOR), directorate);
        String signer = user(EnumSet.of(Role.STRATEGIC_DIRECTOR), directorate);
        long first = delegations.name(scenario.housing.serviceId(), submitter, today, today.plusDays(7), "dir.housing");
        long second = delegations.name(scenario.housing.serviceId(), signer, today, today.plusDays(7), "dir.housing");
        readyToSubmit(scenario);
        workflow.submit(id, submitter);
        workflow.signOff(id, signer);
        delegations.end(first, "dir.housing");
        delegations.end(second, "dir.housing");

        for (String who : List.of("dir.housing", "data.housing", "perf", "perfmgr", "ceo", "sd.children",
                "dir.economy", "reader", "admin")) {
            assertThatThrownBy(() -> countersigning.countersign(id, who, "Seen")).as(who)
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("Only the strategic director of " + scenario.housing.directorateName());
            assertThat(countersigning.whyNot(who, scenario.reload())).as(who).isPresent();
        }
        for (String own : List.of(submitter, signer)) {
            assertThatThrownBy(() -> countersigning.countersign(id, own, "Seen")).as(own)
                    .isInstanceOf(NotAllowedException.class).hasMessageContaining("nobody countersigns their own work");
        }
        assertThat(countersigning.forReturn(id)).isEmpty();
        assertThat(trail.history(id)).noneMatch(e -> e.kind().equals(Countersigning.TRAIL_KIND));

        countersigning.countersign(id, "sd.economy", null);
        assertThat(countersigning.standing(id)).map(Countersignature::by).contains("sd.economy");
    }

    @Test
    void aReturnSentBackAndSignedOffAgainNeedsANewCountersignatureOnceEvenFromTwoTabsAtOnce() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2712);
        long id = scenario.housing.id();
        readyToSubmit(scenario);
        workflow.submit(id, "data.housing");
        workflow.signOff(id, "dir.housing");
        Instant firstSignOff = scenario.reload().signedOffAt();
        countersigning.countersign(id, "sd.economy", "First look", firstSignOff);

        workflow.sendBackByPerformanceTeam(id, "perf", "HF-1 needs a source");
        assertThat(countersigning.standing(id)).isEmpty();
        assertThat(countersigning.forReturn(id)).singleElement().satisfies(c -> assertThat(c.standing()).isFalse());
        assertThatThrownBy(() -> countersigning.countersign(id, "sd.economy", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sent back");

        workflow.submit(id, "data.housing");
        workflow.signOff(id, "dir.housing");
        assertThat(countersigning.whyNot("sd.economy", scenario.reload())).isEmpty();
        // A page left open since the first sign-off does not countersign the second, which its reader never saw.
        assertThatThrownBy(() -> countersigning.countersign(id, "sd.economy", "From the old page", firstSignOff))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("signed off again since this page");
        countersigning.countersign(id, "sd.economy", "Second look", scenario.reload().signedOffAt());
        assertThat(countersigning.forReturn(id)).extracting(Countersignature::comment, Countersignature::standing)
                .containsExactly(tuple("First look", false),
                        tuple("Second look", true));

        // Signed off again, two tabs countersign at once: one countersignature, the other told so.
        workflow.sendBackByPerformanceTeam(id, "perf", "Once more");
        workflow.submit(id, "data.housing");
        workflow.signOff(id, "dir.housing");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        List<Throwable> refusals = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(tabs.submit(() -> {
                start.await();
                try {
                    countersigning.countersign(id, "sd.economy", "Seen");
                } catch (RuntimeException e) {
                    refusals.add(e);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : both) {
            f.get(60, TimeUnit.SECONDS);
        }
        tabs.shutdown();
        assertThat(countersigning.forReturn(id)).filteredOn(Countersignature::standing).hasSize(1);
        assertThat(countersigning.forReturn(id)).hasSize(3);
        assertThat(refusals).singleElement().isInstanceOf(IllegalStateException.class)
                .extracting(Throwable::getMessage).asString().contains("already countersigned");
        assertThat(trail.history(id)).filteredOn(e -> e.kind().equals(Countersigning.TRAIL_KIND)).hasSize(3);

        // Once the quarter's report is published, its returns are no longer countersigned.
        workflow.sendBackByPerformanceTeam(id, "perf", "And again");
        workflow.submit(id, "data.housing");
        workflow.signOff(id, "dir.housing");
        jdbc.sql("update cycle set status = 'PUBLISHED' where id = :c").param("c", scenario.cycle.id()).update();
        try {
            assertThatThrownBy(() -> countersigning.countersign(id, "sd.economy", null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("published");
        } finally {
            jdbc.sql("update cycle set status = 'OPEN' where id = :c").param("c", scenario.cycle.id()).update();
        }
    }

    /**
     * A countersignature is a look by someone apart from the return: not by the directorate's strategic director
     * while they are the service's deputy (though they did no work on it), nor by one who is also in the performance
     * team; and once the quarter's report has been published, a correction reopening one return does not let the
     * others be countersigned.
     */
    @Test
    void aStrategicDirectorWhoIsAlsoTheServicesDeputyOrInThePerformanceTeamMayNotCountersign() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 6261);
        long id = scenario.housing.id();
        long directorate = scenario.housing.directorateId();
        LocalDate today = LocalDate.now(clock);
        String deputy = user(EnumSet.of(Role.STRATEGIC_DIRECTOR), directorate);
        String alsoPerformanceTeam = user(EnumSet.of(Role.STRATEGIC_DIRECTOR, Role.PERFORMANCE_TEAM), directorate);
        long named = delegations.name(scenario.housing.serviceId(), deputy, today, today.plusDays(7), "dir.housing");
        readyToSubmit(scenario);
        workflow.submit(id, "data.housing");
        workflow.signOff(id, "dir.housing");
        try {
            assertThatThrownBy(() -> countersigning.countersign(id, deputy, "Seen"))
                    .isInstanceOf(NotAllowedException.class).hasMessageContaining("deputy");
            assertThat(countersigning.whyNot(deputy, scenario.reload())).isPresent();
        } finally {
            delegations.end(named, "dir.housing");
        }
        assertThatThrownBy(() -> countersigning.countersign(id, alsoPerformanceTeam, "Seen"))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("performance team");
        assertThat(countersigning.forReturn(id)).isEmpty();

        jdbc.sql("update cycle set pending_change_note = 'Q2 figure corrected' where id = :c")
                .param("c", scenario.cycle.id()).update();
        try {
            assertThatThrownBy(() -> countersigning.countersign(id, "sd.economy", null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("has been published");
            assertThat(countersigning.signedOffInDirectorate("sd.economy")).noneMatch(r -> r.id() == id);
        } finally {
            jdbc.sql("update cycle set pending_change_note = null where id = :c").param("c", scenario.cycle.id())
                    .update();
        }
        countersigning.countersign(id, "sd.economy", null);
        assertThat(countersigning.standing(id)).map(Countersignature::by).contains("sd.economy");
    }

    private static void readyToSubmit(ReturnScenario scenario) {
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
    }

    private String user(Set<Role> roles, Long directorateId) {
        String username = "countersign.user" + N.incrementAndGet();
        admin.create(new UserFields(username, "Duty " + username, username + "@council.test", roles, null,
                directorateId), "a long enough password", "admin");
        return username;
    }
}
