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
 * A director names a deputy for their leave. A return submitted within the period is mailed to the deputy for
 * sign-off; one submitted before the period (the deputy named ahead) reaches the deputy's inbox when it begins.
 */
class DeputyForThePeriodTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired Delegations delegations;
    @Autowired UserAdministration admin;
    @Autowired Organisation organisation;
    @Autowired InboxTasks inbox;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnTrail trail;
    @Autowired Clock clock;

    @Test
    void aSignOffBegunBeforeTheDeputysPeriodReachesTheirInboxWhenItStarts() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2910);
        long id = scenario.housing.id();
        String deputy = deputy("ahead.deputy2910");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        long delegation = delegations.name(housing().id(), deputy, tomorrow, tomorrow.plusDays(7), "dir.housing");
        try {
            scenario.completeAndSubmit();
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

    @Test
    void theDeputyForThePeriodIsMailedWithTheDirectorWhenTheReturnIsSubmitted() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2913);
        String deputy = deputy("leave.deputy2913");
        LocalDate today = LocalDate.now(clock);
        long delegation = delegations.name(housing().id(), deputy, today, today.plusDays(7), "dir.housing");
        try {
            scenario.completeAndSubmit();

            assertThat(trail.history(scenario.housing.id()))
                    .filteredOn(e -> e.kind().equals("CHASE") && e.item().equals("SUBMITTED"))
                    .extracting(ReturnTrail.Event::newValue).contains("dir.housing", deputy);
        } finally {
            delegations.end(delegation, "dir.housing");
        }
    }

    /** A strategic director of Housing's directorate, who may be its deputy. */
    private String deputy(String username) {
        admin.create(new UserFields(username, "Deputy " + username, username + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, housing().directorateId()), "a long enough password",
                "admin");
        return username;
    }

    private Organisation.ServiceUnit housing() {
        return organisation.findService("Housing").orElseThrow();
    }
}
