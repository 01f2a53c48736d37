package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/** A return submitted while the director is away: the deputy named for the period is told it awaits sign-off. */
class AwaitingSignOffMailTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired Delegations delegations;
    @Autowired UserAdministration admin;
    @Autowired Organisation organisation;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnTrail trail;
    @Autowired Clock clock;

    @Test
    void theDeputyForThePeriodIsMailedWithTheDirectorWhenTheReturnIsSubmitted() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2913);
        long id = scenario.housing.id();
        Organisation.ServiceUnit housing = organisation.findService("Housing").orElseThrow();
        String deputy = "leave.deputy2913";
        admin.create(new UserFields(deputy, "Leave Deputy", deputy + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, housing.directorateId()), "a long enough password", "admin");
        LocalDate today = LocalDate.now(clock);
        long delegation = delegations.name(housing.id(), deputy, today, today.plusDays(7), "dir.housing");
        try {
            scenario.enter("HF-1", 2, "85");
            scenario.enter("HF-2", 2, "55");
            scenario.keyActionOnTrack(2);
            workflow.submit(id, "data.housing");

            assertThat(trail.history(id)).filteredOn(e -> e.kind().equals("CHASE") && e.item().equals("SUBMITTED"))
                    .extracting(ReturnTrail.Event::newValue).containsExactlyInAnyOrder("dir.housing", deputy);
        } finally {
            delegations.end(delegation, "dir.housing");
        }
    }
}
