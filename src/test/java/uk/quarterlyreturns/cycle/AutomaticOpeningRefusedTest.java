package uk.quarterlyreturns.cycle;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.cycle.AutomaticOpeningTest.opening;

import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.TestMailServer;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A quarter the timer cannot open is told to the performance team where they look, the compliance screen, and by
 * mail once, until its cycle opens: otherwise they would find out weeks late that no returns went out.
 */
class AutomaticOpeningRefusedTest extends ViewTest {

    private static final String PERF = "perf@demo.council.test";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired MailOutbox outbox;
    @Autowired JdbcClient jdbc;

    @Test
    void aRefusalIsShownToThePerformanceTeamAndMailedOnceUntilTheCycleOpens() {
        String service = "Directorless 4170";
        imports.importMeasures("4170-71", framework(service));
        // Q2 4170/71 ends on 30 September; the timer opens it 3 days later.
        ZonedDateTime first = ZonedDateTime.of(4170, 10, 3, 6, 5, 0, 0, ReportingYear.LONDON);
        assertThat(opening(context, first).openDueCycles()).isEmpty();
        assertThat(opening(context, first.plusHours(1)).openDueCycles()).as("tried again, refused again").isEmpty();

        String subject = "Q2 4170/71 cycle: could not open automatically";
        assertThat(mailedToPerf("Q2 4170/71 cycle")).as("once for the quarter and reason").singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo(subject));
        assertThat(TestMailServer.body(TestMailServer.awaitReceived(PERF, subject))).contains(service)
                .contains("Name a director");

        signIn("perf");
        open("compliance");
        assertThat(_get(Paragraph.class, s -> s.withClasses("not-opened")).getText())
                .startsWith("The Quarter 2 (July to September) 4170/71 cycle could not open automatically, so no"
                        + " returns have been issued for it. Last tried 3 Oct 4170 07:05: These services owe a Q2"
                        + " return but have no service director, so nobody could sign it off: " + service + ".")
                .endsWith("or open it yourself with \"Open a cycle…\".");

        signIn("sd.economy"); // a strategic director sees the compliance screen, but cannot open a cycle
        open("inbox");
        open("compliance");
        assertThat(_find(Paragraph.class, s -> s.withClasses("not-opened"))).isEmpty();

        Organisation.ServiceUnit unit = organisation.findService(service).orElseThrow();
        people.create(new Person("dir.4170", "Dana Field", null, EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(),
                unit.directorateId(), true, false, false), "a-long-password");
        List<Cycle> opened = opening(context, first.plusHours(2)).openDueCycles();
        try {
            assertThat(opened).hasSize(1);
            signIn("perf");
            open("inbox");
            open("compliance");
            assertThat(_find(Paragraph.class, s -> s.withClasses("not-opened"))).as("gone once it opened").isEmpty();
        } finally {
            ReturnRepository returns = context.getBean(ReturnRepository.class);
            long id = opened.get(0).id();
            Await.until("its return issued", ReturnScenario.WAIT, () -> returns.forCycle(id).size() == 1);
            OpenedCycles.end(context.getBean(RuntimeService.class), returns, id);
        }
    }

    @Test
    void aNewReasonIsMailedAgainAndWhenItsWeekEndsStillUnopenedTheTimerSaysItHasStoppedTrying() {
        imports.importMeasures("4171-72", framework("Directorless 4171"));
        ZonedDateTime first = ZonedDateTime.of(4171, 10, 3, 6, 5, 0, 0, ReportingYear.LONDON);
        try {
            assertThat(opening(context, first).openDueCycles()).isEmpty();
            imports.importMeasures("4171-72", TabularFile.read((FRAMEWORK + measure("NS-1", "Directorless 4171")
                    + measure("NS-2", "Unled 4171")).getBytes(StandardCharsets.UTF_8), "f.csv"));
            opening(context, first.plusHours(1)).openDueCycles();
            opening(context, first.plusDays(8)).openDueCycles();
            opening(context, first.plusDays(8).plusHours(1)).openDueCycles();

            String refused = "Q2 4171/72 cycle: could not open automatically";
            String subject = "Q2 4171/72 cycle: still not open, no longer tried automatically";
            assertThat(mailedToPerf("Q2 4171/72 cycle")).extracting(OutboxEntry::subject)
                    .as("once for each reason, once when the week ends")
                    .containsExactlyInAnyOrder(refused, refused, subject);
            assertThat(TestMailServer.body(TestMailServer.awaitReceived(PERF, subject)))
                    .contains("It is no longer tried automatically");
            signIn("perf");
            open("compliance");
            assertThat(_get(Paragraph.class, s -> s.withClasses("not-opened")).getText())
                    .contains("Last tried 3 Oct 4171 07:05").contains("sign it off: Directorless 4171, Unled 4171.")
                    .endsWith("Its week of automatic tries ended on 11 Oct 4171 06:05: once this is put right, open"
                            + " it with \"Open a cycle…\".");
        } finally {
            // the quarter is never opened here: the notice would stand on every other test's compliance screen
            jdbc.sql("delete from automatic_opening_refusal where year_id = (select id from reporting_year"
                    + " where label = '4171-72')").update();
        }
    }

    private List<OutboxEntry> mailedToPerf(String subject) {
        return outbox.latest(50, subject).stream().filter(m -> m.recipient().equals(PERF)).toList();
    }

    private static final String FRAMEWORK = "code,title,directorate,service,theme,unit,polarity,frequency,"
            + "aggregation,target,floor,tolerance_pct,rag_scheme\n";

    private static TabularFile framework(String service) {
        return TabularFile.read((FRAMEWORK + measure("NS-1", service)).getBytes(StandardCharsets.UTF_8), "f.csv");
    }

    private static String measure(String code, String service) {
        return code + ",Visits," + "Economy and Infrastructure," + service + ",Ambitious,count,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,20,,,NONE\n";
    }
}
