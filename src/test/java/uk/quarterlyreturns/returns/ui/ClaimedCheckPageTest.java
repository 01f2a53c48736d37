package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** A colleague opening a check someone claimed reads, beside Accept, whose it is and since when. */
class ClaimedCheckPageTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired PeopleService people;
    @Autowired ReturnTrail trail;

    @Test
    void theCheckPageNamesWhoClaimedItBesideAccept() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7484);
        scenario.completeAndClaimTheCheck("perf");
        long id = scenario.housing.id();

        signIn("perf");
        open(QualityCheckView.path(id));
        assertThat(_find(Span.class, s -> s.withClasses("check-claimed"))).as("not said to the claimant").isEmpty();

        signIn("perfmgr");
        open(QualityCheckView.path(id));
        assertThat(_get(Span.class, s -> s.withClasses("check-claimed")).getText()).startsWith("Claimed by "
                + people.find("perf").orElseThrow().displayName() + " since ").endsWith("before you decide.");
    }

    /** Accepting a check a colleague claimed is asked first, naming them; once agreed it is taken over and accepted. */
    @Test
    void acceptingACheckAColleagueClaimedIsAskedFirst() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7564);
        scenario.completeAndClaimTheCheck("perf");
        long id = scenario.housing.id();
        String claimant = people.find("perf").orElseThrow().displayName();

        signIn("perfmgr");
        open(QualityCheckView.path(id));
        _click(_get(Button.class, s -> s.withText("Accept return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class)); // accepting locks it: asked of any return
        ConfirmDialog claimed = _get(ConfirmDialog.class);
        assertThat(claimed.getElement().getProperty("header")).isEqualTo(claimant + " is checking this return; act"
                + " anyway?");
        assertThat(ConfirmDialogKt._getText(claimed)).contains("may be typing challenges");
        ConfirmDialogKt._fireCancel(claimed);
        assertThat(scenario.reload().status()).as("nothing done on Cancel").isEqualTo(ReturnStatus.SIGNED_OFF);

        _click(_get(Button.class, s -> s.withText("Accept return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(trail.forReturn(id)).anyMatch(e -> TaskClaims.TAKEN_OVER.equals(e.kind())
                && "perf".equals(e.oldValue()) && "perfmgr".equals(e.actor()));
    }
}
