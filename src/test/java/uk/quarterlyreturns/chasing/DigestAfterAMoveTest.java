package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.TestMailServer;

/**
 * A director moved to another service while the old service's mail waits for their digest: the digest leaves it
 * out (they may no longer act on that return), and the service's new director gets what is sent from then on. Her
 * own digest carries the issue notice of the service she now directs.
 */
class DigestAfterAMoveTest extends ApplicationTest {

    private static final String YEAR = "2821-22";
    private static final String FROM = "Moved From Service 2821";
    private static final String TO = "Moved To Service 2821";
    private static final String OLD = "move.old.2821";
    private static final String NEW = "move.new.2821";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired CycleService cycles;
    @Autowired ReturnRepository returns;
    @Autowired Chasing chasing;
    @Autowired DailyDigest digest;
    @Autowired MailOutbox outbox;
    @Autowired JdbcClient jdbc;

    @Test
    void theMovedDirectorsDigestLeavesOutTheOldServicesMailAndTheNewDirectorGetsTheirOwn() {
        imports.importMeasures(YEAR, TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\n"
                + "MV-1,Visits made,Economy and Infrastructure," + FROM + ",Ambitious,COUNT,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,50,,10,TOLERANCE\n"
                + "MV-2,Calls answered,Economy and Infrastructure," + TO + ",Ambitious,COUNT,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,50,,10,TOLERANCE\n").getBytes(StandardCharsets.UTF_8), "f.csv"));
        Organisation.ServiceUnit from = organisation.findService(FROM).orElseThrow();
        Organisation.ServiceUnit to = organisation.findService(TO).orElseThrow();
        people.create(digestDirector(OLD, "Olive Oldpost", from), "a-long-password");
        people.create(digestDirector(NEW, "Nina Newpost", null), "a-long-password");
        people.create(new Person("move.to.2821", "Tom Topost", null, EnumSet.of(Role.SERVICE_DIRECTOR), to.id(),
                to.directorateId(), true, false, false), "a-long-password");
        Instant now = Instant.now();
        long cycle = cycles.open(YEAR, 2, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(30)),
                ChasePolicy.DEFAULT, "perf").id();
        Await.until("both returns issued", Duration.ofSeconds(90), () -> returns.forCycle(cycle).size() == 2
                && !outbox.held(email(OLD)).isEmpty());
        ServiceReturn fromReturn = returns.forCycle(cycle).stream().filter(r -> r.serviceName().equals(FROM))
                .findFirst().orElseThrow();
        assertThat(outbox.held(email(OLD))).extracting(OutboxEntry::kind).containsExactly("RETURN_ISSUED");

        // Olive moves to the other service; Nina takes her old post and is chased there.
        people.assignToService(OLD, to.id(), to.directorateId(), Role.SERVICE_DIRECTOR, "admin");
        people.assignToService(NEW, from.id(), from.directorateId(), Role.SERVICE_DIRECTOR, "admin");
        chasing.chaseByHand(fromReturn.id(), people.find("perf").orElseThrow(), "Please send it this week");
        digest.sendDigests();

        Await.until("Nina's digest", TestMailServer.DELIVERY, () -> !digestsTo(email(NEW)).isEmpty());
        assertThat(digestsTo(email(NEW))).singleElement().satisfies(m -> assertThat(TestMailServer.body(m))
                .contains("/returns/" + fromReturn.id()).contains("Chase from"));
        assertThat(outbox.forReturn(fromReturn.id())).filteredOn(m -> m.recipient().equals(email(OLD)))
                .singleElement().satisfies(m -> {
                    assertThat(m.status()).isEqualTo(OutboxEntry.Status.DIGESTED);
                    assertThat(m.lastError()).isEqualTo(StillTheirs.MOVED);
                });
        assertThat(jdbc.sql("select body_text from outbox_message where kind = 'DAILY_DIGEST' and recipient = :to")
                .param("to", email(OLD)).query(String.class).list())
                .as("nothing of the old service's return in Olive's digest")
                .noneMatch(body -> body.contains("/returns/" + fromReturn.id()));
        // Olive is now the other service's director, so its waiting return's issue notice reached her digest
        ServiceReturn toReturn = returns.forCycle(cycle).stream().filter(r -> r.serviceName().equals(TO))
                .findFirst().orElseThrow();
        TestMailServer.awaitReceived(email(OLD), "digest");
        assertThat(digestsTo(email(OLD))).singleElement().satisfies(m -> assertThat(TestMailServer.body(m))
                .contains("/returns/" + toReturn.id()).doesNotContain("/returns/" + fromReturn.id()));
    }

    private static Person digestDirector(String username, String name, Organisation.ServiceUnit service) {
        return new Person(username, name, email(username), EnumSet.of(Role.SERVICE_DIRECTOR),
                service == null ? null : service.id(), service == null ? null : service.directorateId(), true, false,
                true);
    }

    private static String email(String username) {
        return username + "@demo.council.test";
    }

    private static List<MimeMessage> digestsTo(String address) {
        return TestMailServer.receivedBy(address, "digest");
    }
}
