package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ui.InboxTasks;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A director names a deputy ahead of their leave; the return is submitted before the leave begins. When it begins
 * the sign-off waiting then is in the deputy's inbox, and the deputy signs off.
 */
class DeputyNamedAheadTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired Delegations delegations;
    @Autowired UserAdministration admin;
    @Autowired Organisation organisation;
    @Autowired InboxTasks inbox;
    @Autowired ReturnWorkflow workflow;
    @Autowired Clock clock;

    @Test
    void aSignOffBegunBeforeTheDeputysPeriodReachesTheirInboxWhenItStarts() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2910);
        long id = scenario.housing.id();
        Organisation.ServiceUnit housing = organisation.findService("Housing").orElseThrow();
        String deputy = "ahead.deputy2910";
        admin.create(new UserFields(deputy, "Ahead Deputy", deputy + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, housing.directorateId()), "a long enough password", "admin");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        long delegation = delegations.name(housing.id(), deputy, tomorrow, tomorrow.plusDays(7), "dir.housing");
        try {
            scenario.enter("HF-1", 2, "85");
            scenario.enter("HF-2", 2, "55");
            scenario.keyActionOnTrack(2);
            workflow.submit(id, "data.housing");
            scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
            String page = "returns/" + id;
            assertThat(inbox.forUser(deputy)).as("before the period").noneMatch(i -> i.path().equals(page));

            ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(1))));
            assertThat(inbox.forUser(deputy)).as("once the period has begun")
                    .anyMatch(i -> i.path().equals(page) && i.task().equals("Sign off return"));
            workflow.signOff(id, deputy);
            assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        } finally {
            ClockUtil.reset();
            delegations.end(delegation, "dir.housing");
        }
    }
}
