package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A member of the performance team who worked on a return may not accept it but may still send it back: they read
 * the director's note from the sign-off as a colleague checking it does.
 */
class SignOffNoteInOwnWorkCheckTest extends ViewTest {

    private static final String NOTE = "HF-2 rose with the hostel closure: see the reasons";

    @Autowired ApplicationContext context;
    @Autowired UserAdministration admin;
    @Autowired ReturnWorkflow workflow;

    @Test
    void theDirectorsNoteIsShownToWhoeverMayOnlySendTheReturnBack() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3804);
        long id = scenario.housing.id();
        String submitter = "note.officer3804";
        admin.create(new UserFields(submitter, "Sam Submitter", submitter + "@council.test",
                EnumSet.of(Role.DATA_OFFICER), scenario.housing.serviceId(), null), "a long enough password", "admin");
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        workflow.submit(id, submitter);
        workflow.signOff(id, scenario.reload().version(), Instant.now(), "dir.housing", NOTE);
        admin.update(new UserFields(submitter, "Sam Submitter", submitter + "@council.test",
                EnumSet.of(Role.PERFORMANCE_TEAM), null, null), "admin");

        signIn(submitter);
        open(QualityCheckView.path(id));
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).contains(DecisionPanel.OWN_WORK)
                .contains("Note from Imran Hussain at sign-off: " + NOTE);
    }
}
