package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.mail.MailServer;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.chasing.ChaseArrivals;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;
import uk.quarterlyreturns.chasing.ChasesByHand;

/**
 * A chase by hand of many services runs on a thread of its own: the dialog shows how far it has got and then what
 * it did, and the page answers meanwhile. A second chase of the same services, from a second tab or a second click
 * on a list read before, chases none of them twice.
 */
class ChaseOfManyTest extends ViewTest {

    private static final int SERVICES = 12;

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired ComplianceService compliance;
    @Autowired Chasing chasing;
    @Autowired MailServer mailServer;
    @Autowired ChaseArrivals arrivals;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;

    private long cycle;

    @AfterEach
    void endTheCycle() {
        OpenedCycles.end(runtime, returns, cycle);
    }

    @Test
    void aChaseOfManyShowsItsProgressAndThenWhatItDid() {
        List<ReturnCompliance> targets = collection(3970);
        signIn("perf");
        ChaseDialog dialog = dialog(targets);

        _click(_get(dialog, Button.class, s -> s.withText("Send chase")));
        assertThat(dialog.isOpened()).as("the dialog stays to show how far the chase has got").isTrue();
        assertThat(_get(dialog, ProgressBar.class).isVisible()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).containsPattern("Chasing (\\d+ of )?12");
        assertThat(_find(dialog, Button.class, s -> s.withText("Send chase"))).as("one click is one chase").isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).as("the page asks for news").isPositive();

        awaitSummary(dialog);
        assertThat(dialog.getElement().getTextRecursively()).contains("Chased 12 services: 12 emails");
        assertThat(UI.getCurrent().getPollInterval()).as("no more asking once it is done").isNegative();
        assertThat(compliance.forCycle(cycle).returns()).extracting(ReturnCompliance::remindersSent)
                .containsOnly(1);
        _click(_get(dialog, Button.class, s -> s.withText("Close")));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void aSecondChaseOfTheSameServicesWhileTheFirstRunsChasesNoneOfThemTwice() {
        List<ReturnCompliance> targets = collection(3971);
        signIn("perf");
        ChaseDialog first = dialog(targets);
        _click(_get(first, Button.class, s -> s.withText("Send chase")));
        // a second tab, or the same list read before the first chase, chased again at once
        ChaseDialog second = dialog(targets);
        _click(_get(second, Button.class, s -> s.withText("Send chase")));

        awaitSummary(first);
        awaitSummary(second);
        assertThat(compliance.forCycle(cycle).returns()).extracting(ReturnCompliance::remindersSent)
                .as("each service chased once").containsOnly(1);
        assertThat(first.getElement().getTextRecursively()).contains("Chased 12 services");
        assertThat(second.getElement().getTextRecursively()).contains("Nothing was sent")
                .containsPattern("Background 3971-07 was chased at \\d\\d:\\d\\d on \\d{1,2} \\w{3} \\d{4}, after the"
                        + " page was read, so it was not chased again");
    }

    private ChaseDialog dialog(List<ReturnCompliance> targets) {
        ChaseDialog dialog = new ChaseDialog(chasing, arrivals, mailServer, people.find("perf").orElseThrow(),
                targets, summary -> { });
        dialog.open();
        return dialog;
    }

    /**
     * A chase that meets a fault (here a return gone from the database) says which service was not chased and gives a
     * reference to quote, not the fault's own text (SQL, class names, ids), which goes to the log.
     */
    @Test
    void aServiceNotChasedForAFaultIsNamedWithAReferenceNotTheFaultsText() {
        ChasesByHand.Outcome outcome = new ChasesByHand(chasing).chase(List.of(new ChasesByHand.Target(
                Long.MAX_VALUE, "Nowhere Service", null, true)), people.find("perf").orElseThrow(), "",
                ChasesByHand.Progress.NONE);

        assertThat(outcome.chased()).isEmpty();
        assertThat(outcome.notChased()).singleElement().asString()
                .matches("Nowhere Service was not chased: something went wrong; try again, and if it keeps happening,"
                        + " tell the administrator the reference [0-9a-f]{8}\\.")
                .doesNotContain(String.valueOf(Long.MAX_VALUE));
    }

    private static void awaitSummary(ChaseDialog dialog) {
        Await.until("the chase done", ReturnScenario.WAIT, () -> {
            MockVaadin.clientRoundtrip();
            return !dialog.isOpened() || !_find(dialog, Button.class, s -> s.withText("Close")).isEmpty();
        });
    }

    /** A year of its own with twelve services, each with a director who has an email address; their returns. */
    private List<ReturnCompliance> collection(int startYear) {
        String year = startYear + "-" + String.valueOf(startYear + 1).substring(2);
        StringBuilder csv = new StringBuilder("code,title,directorate,service,theme,unit,polarity,frequency,"
                + "aggregation,target,floor,tolerance_pct,rag_scheme\n");
        for (int i = 1; i <= SERVICES; i++) {
            csv.append("BG-").append(i).append(",Visits made,Background Directorate ").append(startYear)
                    .append(',').append(service(startYear, i))
                    .append(",Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n");
        }
        imports.importMeasures(year, TabularFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), "f.csv"));
        for (int i = 1; i <= SERVICES; i++) {
            Organisation.ServiceUnit unit = organisation.findService(service(startYear, i)).orElseThrow();
            String username = "dir" + startYear + "." + i;
            people.create(new Person(username, "Director " + i, username + "@example.test",
                    EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(), unit.directorateId(), true, false, false),
                    "a-long-password");
        }
        cycle = OpenedCycles.openSecondQuarter(context, year, SERVICES);
        return compliance.forCycle(cycle).returns();
    }

    private static String service(int year, int i) {
        return "Background " + year + "-" + (i < 10 ? "0" : "") + i;
    }
}
