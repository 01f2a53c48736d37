package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleFile;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * A service director appointed mid-cycle gets the mail their predecessor got when the return's step began, once:
 * the issue notice while it waits for submission (named on the Users screen), "ready for your sign-off" while it
 * waits for sign-off (named by a people file). They got only the inbox item.
 */
class NewDirectorMailTest extends ApplicationTest {

    private static final String YEAR = "3602-03";
    private static final String PREPARING = "Still Preparing 3602";
    private static final String SIGNING = "Awaiting Sign-off 3602";

    @Autowired FrameworkImport imports;
    @Autowired FigureImport figures;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired UserAdministration users;
    @Autowired PeopleFile peopleFile;
    @Autowired ApplicationContext context;
    @Autowired ReturnRepository returns;
    @Autowired ReturnWorkflow workflow;
    @Autowired TaskService tasks;
    @Autowired MailOutbox outbox;

    @Test
    void theNewDirectorGetsTheStepsMailOnceAndTheOldOneNothing() {
        imports.importMeasures(YEAR, csv("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
                + "target,floor,tolerance_pct,rag_scheme\n" + measure("ND-1", PREPARING) + measure("ND-2", SIGNING)));
        director("old.prep.3602", PREPARING);
        director("old.sign.3602", SIGNING);
        director("new.prep.3602", null);
        director("new.sign.3602", null);
        long cycle = OpenedCycles.openSecondQuarter(context, YEAR, 2);
        ServiceReturn preparing = returnOf(cycle, PREPARING);
        ServiceReturn signing = returnOf(cycle, SIGNING);
        TestMailServer.awaitReceived(email("old.prep.3602"), "is open");
        awaitStep(signing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        figures.importValues(YEAR, 2, csv("code,value\nND-2,25\n"), "perf");
        workflow.submit(signing.id(), "old.sign.3602");
        awaitStep(signing.id(), ReturnProcess.TASK_SIGN_OFF);

        // On the Users screen: the old director becomes a reader, then the new one takes the service.
        users.update(reader("old.prep.3602"), "admin");
        long service = organisation.findService(PREPARING).orElseThrow().id();
        users.update(new UserFields("new.prep.3602", "new.prep.3602", email("new.prep.3602"),
                EnumSet.of(Role.SERVICE_DIRECTOR), service, null), "admin");
        // By a people file: both in one file.
        peopleFile.importFile(csv("username,name,email,roles,service,directorate\n"
                + "old.sign.3602,old.sign.3602," + email("old.sign.3602") + ",READER,,\n"
                + "new.sign.3602,new.sign.3602," + email("new.sign.3602") + ",SERVICE_DIRECTOR," + SIGNING + ",\n"),
                "admin");

        assertThat(sentTo(preparing, "new.prep.3602")).containsExactly("RETURN_ISSUED");
        assertThat(sentTo(preparing, "old.prep.3602")).as("only at issue").containsExactly("RETURN_ISSUED");
        assertThat(sentTo(signing, "new.sign.3602")).containsExactly("AWAITING_SIGN_OFF");
        assertThat(sentTo(signing, "old.sign.3602")).as("only at issue: they submitted it")
                .containsExactly("RETURN_ISSUED");
        TestMailServer.awaitReceived(email("new.prep.3602"), "is open");
        TestMailServer.awaitReceived(email("new.sign.3602"), "Ready for your sign-off");
        assertThat(TestMailServer.receivedBy(email("new.prep.3602"), "")).hasSize(1);
        assertThat(TestMailServer.receivedBy(email("new.sign.3602"), "")).hasSize(1);
        assertThat(TestMailServer.receivedBy(email("old.sign.3602"), "sign-off")).isEmpty();
    }

    /** The kinds of the return's mail recorded for the person, oldest first. */
    private java.util.List<String> sentTo(ServiceReturn r, String username) {
        return outbox.forReturn(r.id()).stream().filter(m -> m.recipient().equals(email(username)))
                .map(OutboxEntry::kind).toList();
    }

    private void director(String username, String service) {
        Organisation.ServiceUnit unit = service == null ? null : organisation.findService(service).orElseThrow();
        people.create(new Person(username, username, email(username), EnumSet.of(service == null ? Role.READER
                : Role.SERVICE_DIRECTOR), unit == null ? null : unit.id(), unit == null ? null : unit.directorateId(),
                true, false, false), "a-long-password");
    }

    private static UserFields reader(String username) {
        return new UserFields(username, username, email(username), EnumSet.of(Role.READER), null, null);
    }

    private ServiceReturn returnOf(long cycle, String service) {
        return returns.forCycle(cycle).stream().filter(r -> r.serviceName().equals(service)).findFirst()
                .orElseThrow();
    }

    private void awaitStep(long returnId, String step) {
        Await.until("the return at " + step, ReturnScenario.WAIT, () -> tasks.createTaskQuery()
                .processVariableValueEquals(ReturnProcess.VAR_RETURN_ID, returnId).taskDefinitionKey(step).active()
                .count() == 1);
    }

    private static String measure(String code, String service) {
        return code + ",Measure " + code + ",Economy and Infrastructure," + service + ",Ambitious,count,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n";
    }

    private static String email(String username) {
        return username + "@demo.council.test";
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
