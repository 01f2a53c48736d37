package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.people.PeopleFile;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.PeopleInRoles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * The only chief executive disabled, or their role taken away, while the report waits for their approval: the
 * performance team and the administrators are mailed that nobody can approve it, once for each such change (on the Users screen or by a people file), as when
 * the report is sent with no chief executive; a change that leaves one who may approve it tells nobody. Year 4281-82.
 */
class ChiefExecutiveLeftMidApprovalTest extends ApplicationTest {

    private static final String CEO = "ceo.4281";

    @Autowired ApplicationContext context;
    @Autowired CycleRepository cycles;
    @Autowired ReportApproval approval;
    @Autowired UserAdministration admin;
    @Autowired PeopleService people;
    @Autowired PeopleFile peopleFile;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;

    @Test
    void theTeamIsMailedWhenTheOnlyChiefExecutiveWhoMayApproveLeaves() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4281);
        long cycleId = scenario.cycle.id();
        PeopleInRoles roles = new PeopleInRoles(admin, jdbc);
        try {
            jdbc.sql("update app_user set enabled = false where username = 'ceo'").update();
            roles.give(CEO, "Cleo Only 4281", Role.CHIEF_EXECUTIVE);
            scenario.completeAndAccept();
            Await.until("the report awaiting a decision", ReturnScenario.WAIT,
                    () -> cycles.find(cycleId).orElseThrow().status() == CycleStatus.AWAITING_APPROVAL
                            && approval.decisionStep(cycleId).isPresent());
            assertThat(nobodyApprovesMailedTo(cycleId)).as("their chief executive may approve it").isEmpty();
            List<String> team = Stream.concat(people.withRole(Role.PERFORMANCE_TEAM).stream(),
                    people.withRole(Role.ADMIN).stream()).map(Person::email).filter(Objects::nonNull).distinct()
                    .toList();

            admin.setEnabled(CEO, false, "admin");
            assertThat(nobodyApprovesMailedTo(cycleId)).as("disabled").containsExactlyInAnyOrderElementsOf(team);
            String perf = people.find("perf").orElseThrow().email();
            Await.until("the notice delivered to the performance team", ReturnScenario.WAIT,
                    () -> TestMailServer.receivedBy(perf, "nobody can approve it yet").stream()
                            .map(TestMailServer::body).anyMatch(b -> b.contains(scenario.year.replace('-', '/'))
                                    && b.contains("there is no chief executive")));

            admin.setEnabled(CEO, true, "admin"); // back, and may approve it: nothing to tell
            assertThat(nobodyApprovesMailedTo(cycleId)).hasSameSizeAs(team);
            admin.update(new UserFields(CEO, "Cleo Only 4281", CEO + "@council.test", EnumSet.of(Role.READER), null,
                    null), "admin");
            assertThat(nobodyApprovesMailedTo(cycleId)).as("the role taken away: a change of its own, told too")
                    .hasSize(2 * team.size());

            roles.give(CEO, "Cleo Only 4281", Role.CHIEF_EXECUTIVE);
            peopleFile.importFile(TabularFile.read(("username,name,email,roles,service,directorate\n" + CEO
                    + ",Cleo Only 4281," + CEO + "@council.test,READER,,\n").getBytes(StandardCharsets.UTF_8),
                    "people.csv"), "admin");
            assertThat(nobodyApprovesMailedTo(cycleId)).as("by a people file").hasSize(3 * team.size());

            // another chief executive who may approve it stays: the one leaving leaves nobody waiting unseen
            jdbc.sql("update app_user set enabled = true where username = 'ceo'").update();
            roles.give(CEO, "Cleo Only 4281", Role.CHIEF_EXECUTIVE);
            admin.setEnabled(CEO, false, "admin");
            assertThat(nobodyApprovesMailedTo(cycleId)).hasSize(3 * team.size());
        } finally {
            jdbc.sql("update app_user set enabled = true where username = 'ceo'").update();
            roles.disable(CEO);
            OpenedCycles.end(runtime, returns, cycleId);
        }
    }

    private List<String> nobodyApprovesMailedTo(long cycleId) {
        return jdbc.sql("select recipient from outbox_message where kind = 'REPORT_NOBODY_APPROVES' and cycle_id = :c")
                .param("c", cycleId).query(String.class).list();
    }
}
