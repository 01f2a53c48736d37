package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.MailServer;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.chasing.ChaseArrivals;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Chasing several services: the one nobody there can be emailed at is named before and after sending. Each person
 * is told apart by what happens to their chase: sent now, or in their daily digest.
 */
class ChaseDialogTest extends ViewTest {

    private static final String NOBODY = "Unaddressed Service 2699";

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired CycleService cycles;
    @Autowired ComplianceService compliance;
    @Autowired Chasing chasing;
    @Autowired MailServer mailServer;
    @Autowired ChaseArrivals arrivals;
    @Autowired MailOutbox outbox;

    @Test
    void aServiceNobodyCanBeEmailedIsNamedAndTheEmailPreviewedIsAServiceThatCanBe() {
        String csv = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme\n"
                + "UA-1,Visits made,Economy and Infrastructure,\"" + NOBODY + "\",Ambitious,COUNT,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n"
                + "HX-1,Repairs done,Economy and Infrastructure,Housing,Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,50,,,FIVE_POINT\n";
        imports.importMeasures("2699-00", TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "f.csv"));
        Organisation.ServiceUnit unit = organisation.findService(NOBODY).orElseThrow();
        people.create(new Person("unaddressed.director.2699", "Una Dressed", null, EnumSet.of(Role.SERVICE_DIRECTOR),
                unit.id(), unit.directorateId(), true, false, false), "a-long-password");
        Instant now = Instant.now();
        Cycle cycle = cycles.open("2699-00", 2, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(30)),
                ChasePolicy.DEFAULT, "perf");
        Await.until("both returns issued", Duration.ofSeconds(90),
                () -> compliance.forCycle(cycle.id()).returns().size() == 2);
        List<ReturnCompliance> targets = compliance.forCycle(cycle.id()).returns().stream()
                .sorted(Comparator.comparing(r -> !r.service().equals(NOBODY))).toList();
        assertThat(targets.get(0).service()).isEqualTo(NOBODY);

        signIn("perf");
        ChaseDialog dialog = new ChaseDialog(chasing, arrivals, mailServer, people.find("perf").orElseThrow(),
                targets, summary -> { });
        dialog.open();
        assertThat(dialog.getElement().getTextRecursively()).contains("1 has nobody with an email address ("
                + NOBODY + "): it will not be chased, as nothing can be sent.");
        assertThat(_get(dialog, H4.class).getText()).isEqualTo("Preview (the email to Housing; each service gets"
                + " its own)");
        assertThat(dialog.getElement().getTextRecursively()).contains("dir.housing@demo.council.test");

        _click(_get(dialog, Button.class, s -> s.withText("Send chase")));
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).startsWith("Chased 1 service: ")
                        // Housing's people as earlier tests left them: one may take their mail in a daily digest
                        .contains(" queued for delivery")
                        .endsWith(" (see the outbox for what becomes of them). " + NOBODY
                                + " was not chased: nobody there has an email address"));
        // nothing could be sent, and nothing is recorded: said so, the list shows it never chased
        assertThat(compliance.forCycle(cycle.id()).returns()).filteredOn(r -> r.service().equals(NOBODY))
                .singleElement().satisfies(r -> assertThat(r.lastChased()).isNull());
    }

    /**
     * Housing submits while the page is open: chased with Highways, the preview showed the email to Housing, which
     * will not go; chased alone, nothing said it would not be chased until "Nothing was sent".
     */
    @Test
    void aServiceInSinceThePageWasReadIsNotPreviewedAndIsSaidNotToBeChased() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 6301, "fixtures/framework-two-services.csv",
                "fixtures/actions-form.csv", java.util.Map.of("HF-1", "70", "HF-2", "50"), 2);
        try {
            List<ReturnCompliance> read = compliance.forCycle(scenario.cycle.id()).returns().stream()
                    .sorted(Comparator.comparing(r -> !r.service().equals("Housing"))).toList();
            scenario.completeAndSubmit();
            signIn("perf");
            Person perf = people.find("perf").orElseThrow();

            ChaseDialog both = new ChaseDialog(chasing, arrivals, mailServer, perf, read, summary -> { });
            both.open();
            assertThat(_get(both, H4.class).getText()).isEqualTo("Preview (the email to Highways and Streetscene;"
                    + " each service gets its own)");
            both.close();
            ChaseDialog alone = new ChaseDialog(chasing, arrivals, mailServer, perf, read.subList(0, 1), summary -> { });
            alone.open();
            assertThat(alone.getElement().getTextRecursively()).contains("Since the page was read, Housing")
                    .contains("it will not be chased");
            _setValue(_get(alone, com.vaadin.flow.component.textfield.TextArea.class), "Cabinet is on Thursday.");
            _click(_get(alone, Button.class, s -> s.withText("Send chase")));
            assertThat(alone.isOpened()).as("nothing went: the dialog stays, saying why").isTrue();
            assertThat(alone.getElement().getTextRecursively()).contains("Nothing was sent");
            assertThat(_get(alone, com.vaadin.flow.component.textfield.TextArea.class).getValue())
                    .isEqualTo("Cabinet is on Thursday.");
        } finally {
            uk.quarterlyreturns.support.OpenedCycles.end(context.getBean(org.camunda.bpm.engine.RuntimeService.class),
                    context.getBean(uk.quarterlyreturns.returns.ReturnRepository.class), scenario.cycle.id());
        }
    }

    @Test
    void eachPersonIsToldApartByWhetherTheChaseGoesNowOrInTheirDailyDigest() {
        Cycle cycle = oneService("2822-23", "DC-1", "Digest Chase Service 2822", unit -> List.of(
                new Person("chase.now.2822", "Dan Direct", "chase.now.2822@demo.council.test",
                        EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(), unit.directorateId(), true, false, false),
                new Person("chase.digest.2822", "Dora Digest", "chase.digest.2822@demo.council.test",
                        EnumSet.of(Role.DATA_OFFICER), unit.id(), unit.directorateId(), true, false, true)));
        List<ReturnCompliance> targets = compliance.forCycle(cycle.id()).returns();
        String digestWords = "in their daily digest at 07:00 " + (java.time.ZonedDateTime.now(
                uk.quarterlyreturns.base.calendar.LondonTime.ZONE).getHour() < 7 ? "today" : "tomorrow");

        signIn("perf");
        ChaseDialog dialog = new ChaseDialog(chasing, arrivals, mailServer, people.find("perf").orElseThrow(),
                targets, summary -> { });
        dialog.open();
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Dan Direct <chase.now.2822@demo.council.test>, ")
                .contains("Dora Digest <chase.digest.2822@demo.council.test> (" + digestWords + ")");

        _click(_get(dialog, Button.class, s -> s.withText("Send chase")));
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text"))
                        .isEqualTo("Chased 1 service: 2 emails. Dan Direct: queued for delivery; Dora Digest: "
                                + digestWords + " (see the outbox for what becomes of them)"));
        assertThat(outbox.held("chase.digest.2822@demo.council.test")).extracting(OutboxEntry::kind)
                .as("what the dialog said is what happened").contains("CHASE");
        assertThat(outbox.held("chase.now.2822@demo.council.test")).isEmpty();
    }

    /**
     * A chase from a row of the compliance screen: the page is drawn again without the row's button, so what the
     * chase did is kept above the table, read out, and given the focus rather than left to a passing message.
     */
    @Test
    @SuppressWarnings("unchecked")
    void afterAChaseFromTheScreenWhatItDidStaysAboveTheTableWithTheFocus() {
        Cycle cycle = oneService("7641-42", "SC-1", "Screen Chase Service 7641", unit -> List.of(
                new Person("screen.chase.7641", "Sam Screen", "screen.chase.7641@demo.council.test",
                        EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(), unit.directorateId(), true, false, false)));
        try {
            signIn("perf");
            open("compliance");
            Select<Cycle> select = _get(Select.class, s -> s.withLabel("Cycle"));
            _setValue(select, select.getListDataView().getItems().filter(c -> c.id() == cycle.id()).findFirst()
                    .orElseThrow());

            _click((Button) GridKt._getCellComponent(_get(ComplianceGrid.class), 0, "chase"));
            _click(_get(_get(ChaseDialog.class), Button.class, s -> s.withText("Send chase")));

            Paragraph said = _get(Paragraph.class, s -> s.withClasses("chase-result"));
            assertThat(said.getText()).startsWith("Chased 1 service: 1 email");
            assertThat(said.getElement().getAttribute("role")).isEqualTo("status");
            assertThat(said.getElement().getAttribute("tabindex")).as("the focus is put on it").isEqualTo("-1");
        } finally {
            uk.quarterlyreturns.support.OpenedCycles.end(context.getBean(org.camunda.bpm.engine.RuntimeService.class),
                    context.getBean(uk.quarterlyreturns.returns.ReturnRepository.class), cycle.id());
        }
    }

    /** A year of its own with one service and the people given for it: its Q2 cycle, open and its return issued. */
    private Cycle oneService(String year, String code, String service,
            Function<Organisation.ServiceUnit, List<Person>> staff) {
        String csv = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme\n"
                + code + ",Visits made,Economy and Infrastructure,\"" + service + "\",Ambitious,COUNT,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n";
        imports.importMeasures(year, TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "f.csv"));
        staff.apply(organisation.findService(service).orElseThrow()).forEach(p -> people.create(p, "a-long-password"));
        Instant now = Instant.now();
        Cycle cycle = cycles.open(year, 2, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(30)),
                ChasePolicy.DEFAULT, "perf");
        Await.until("the return issued", Duration.ofSeconds(90),
                () -> compliance.forCycle(cycle.id()).returns().size() == 1);
        return cycle;
    }
}
