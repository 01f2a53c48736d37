package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.MailRetry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The mail server was down for days; once it is back the administrator sends the failed mail again. A reminder for a
 * return the service has submitted meanwhile, and mail to someone disabled meanwhile, are not sent: the first would
 * ask for what is done, the second reach someone who has left. The administrator is told why; the rest go.
 */
class ResendOvertakenMailTest extends ApplicationTest {

    private static final String SERVICE = "Resend Service 2966";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired PeopleService people;
    @Autowired MailOutbox outbox;
    @Autowired MailRetry retry;
    @Autowired JdbcClient jdbc;

    @Test
    void mailOvertakenWhileTheServerWasDownIsNotSentAgain() {
        imports.importMeasures("2966-67", TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nRS-1,Visits made,Resend Directorate"
                + " 2966," + SERVICE + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,TOLERANCE\n")
                .getBytes(StandardCharsets.UTF_8), "framework.csv"));
        Instant now = Instant.now();
        long cycleId = cycles.insert(years.find("2966-67").orElseThrow().id(), 1, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), "perf", now, ChasePolicy.DEFAULT);
        long returnId = jdbc.sql("""
                insert into service_return (cycle_id, service_id, status, first_submitted_at, submitted_at)
                values (:c, :s, 'SUBMITTED', now(), now()) returning id""").param("c", cycleId)
                .param("s", organisation.findService(SERVICE).orElseThrow().id()).query(Long.class).single();
        people.create(new Person("resend.left.2966", "Lena Left", "resend.left.2966@demo.council.test",
                EnumSet.of(Role.READER), null, null, false, false, false), "a-long-password");

        long reminder = notSent("REMINDER", "resend.dir.2966@demo.council.test", returnId);
        long toSomeoneGone = notSent("REPORT_PUBLISHED", "resend.left.2966@demo.council.test", null);
        long stillWanted = notSent("REPORT_PUBLISHED", "resend.reader.2966@demo.council.test", null);

        // the outbox's page asks for all its failed messages at once
        assertThat(retry.whyNotAgain(List.of(outbox.find(reminder).orElseThrow(),
                outbox.find(toSomeoneGone).orElseThrow(), outbox.find(stillWanted).orElseThrow()))).containsOnly(
                java.util.Map.entry(reminder, "Not sent again: it asks for a return that has been submitted since"),
                java.util.Map.entry(toSomeoneGone, "Not sent again: its recipient has been disabled since"));
        assertThatThrownBy(() -> retry.retry(reminder, "admin")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Not sent again: it asks for a return that has been submitted since");
        assertThatThrownBy(() -> retry.retry(toSomeoneGone, "admin")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Not sent again: its recipient has been disabled since");
        assertThat(retry.retryAll(List.of(outbox.find(reminder).orElseThrow(),
                outbox.find(toSomeoneGone).orElseThrow(), outbox.find(stillWanted).orElseThrow()), "admin"))
                .isEqualTo(1);
        assertThat(List.of(status(reminder), status(toSomeoneGone))).containsOnly("NOT_SENT");
        assertThat(status(stillWanted)).isNotEqualTo("NOT_SENT");
        assertThat(jdbc.sql("select count(*) from outbox_resend where message_id in (:ids)")
                .param("ids", List.of(reminder, toSomeoneGone)).query(Integer.class).single()).isZero();

        // withdrawn with nothing due (its measures moved to another service), never submitted: said as it is
        jdbc.sql("update service_return set status = 'WITHDRAWN', first_submitted_at = null, submitted_at = null"
                + " where id = :id").param("id", returnId).update();
        assertThat(retry.whyNotAgain(List.of(outbox.find(reminder).orElseThrow()))).containsOnly(java.util.Map.entry(
                reminder, "Not sent again: it asks for a return that has had nothing due since"));
    }

    /** The overdue notice failed; the deadline was then extended: sent again, it would say what is untrue. */
    @Test
    void anOverdueNoticeIsNotSentAgainOnceTheDeadlineWasMovedLater() {
        String year = "4906-07";
        imports.importMeasures(year, TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nRL-1,Visits made,Resend Directorate"
                + " 4906,Late Service 4906,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,TOLERANCE\n"
                + "RL-2,Calls answered,Resend Directorate 4906,Later Service 4906,Ambitious,count,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,50,,10,TOLERANCE\n").getBytes(StandardCharsets.UTF_8), "framework.csv"));
        Instant now = Instant.now();
        long cycleId = cycles.insert(years.find(year).orElseThrow().id(), 1, now.minus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(30)), "perf", now, ChasePolicy.DEFAULT);
        long stillLate = draftReturn(cycleId, "Late Service 4906", null);
        long extended = draftReturn(cycleId, "Later Service 4906", now.plus(Duration.ofDays(5)));
        long lateNotice = notSent("OVERDUE", "resend.late.4906@demo.council.test", stillLate);
        long extendedNotice = notSent("OVERDUE", "resend.later.4906@demo.council.test", extended);
        long extendedEscalation = notSent("ESCALATION_STRATEGIC", "resend.sd.4906@demo.council.test", extended);

        String why = "Not sent again: the return's deadline has been moved later since";
        assertThat(retry.whyNotAgain(List.of(outbox.find(lateNotice).orElseThrow(),
                outbox.find(extendedNotice).orElseThrow(), outbox.find(extendedEscalation).orElseThrow())))
                .containsOnly(java.util.Map.entry(extendedNotice, why), java.util.Map.entry(extendedEscalation, why));
        assertThatThrownBy(() -> retry.retry(extendedNotice, "admin")).isInstanceOf(IllegalStateException.class)
                .hasMessage(why);
        assertThat(status(extendedNotice)).isEqualTo("NOT_SENT");
    }

    private long draftReturn(long cycleId, String service, Instant extendedTo) {
        return jdbc.sql("""
                insert into service_return (cycle_id, service_id, status, extended_to, extension_reason)
                values (:c, :s, 'DRAFT', :to, :why) returning id""").param("c", cycleId)
                .param("s", organisation.findService(service).orElseThrow().id())
                .param("to", extendedTo == null ? null : java.sql.Timestamp.from(extendedTo), java.sql.Types.TIMESTAMP)
                .param("why", extendedTo == null ? null : "Data late", java.sql.Types.VARCHAR)
                .query(Long.class).single();
    }

    private long notSent(String kind, String to, Long returnId) {
        return jdbc.sql("""
                insert into outbox_message (message_key, kind, recipient, subject, body_text, status, return_id)
                values (:key, :kind, :to, 'Sent while the server was down', 'Hello', 'NOT_SENT', :r) returning id""")
                .param("key", "resend-overtaken:" + System.nanoTime()).param("kind", kind).param("to", to)
                .param("r", returnId, java.sql.Types.BIGINT).query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("select status from outbox_message where id = :id").param("id", id).query(String.class)
                .single();
    }
}
