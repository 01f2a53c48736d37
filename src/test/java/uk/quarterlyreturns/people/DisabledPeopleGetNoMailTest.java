package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.chasing.DailyDigest;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Mail sent to everyone with a role (the report for approval, escalations) leaves out disabled people, and so
 * does the daily digest of what was held for someone disabled since.
 */
class DisabledPeopleGetNoMailTest extends ApplicationTest {

    @Autowired UserAdministration admin;
    @Autowired PeopleService people;
    @Autowired ReportApproval approval;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired MailOutbox outbox;
    @Autowired DailyDigest digest;

    @Test
    void aDisabledChiefExecutiveIsNotSentTheReportForApproval() throws Exception {
        admin.create(new UserFields("ceo.former", "Former Chief", "ceo.former@demo.council.test",
                EnumSet.of(Role.CHIEF_EXECUTIVE), null, null), "a long enough password", "admin");
        admin.setEnabled("ceo.former", false, "admin");

        ReturnScenario scenario = ReturnScenario.open(context, 2547);
        approval.compileForApproval(scenario.cycle.id(), null);

        assertThat(jdbc.sql("select recipient from outbox_message where kind = 'REPORT_FOR_APPROVAL'"
                        + " and cycle_id = :c").param("c", scenario.cycle.id()).query(String.class).list())
                .containsExactly("ceo@demo.council.test");
        assertThat(people.withRole(Role.CHIEF_EXECUTIVE)).extracting(Person::username)
                .contains("ceo").doesNotContain("ceo.former");
    }

    @Test
    void someoneDisabledAfterTheirMailWasHeldGetsNoDigest() {
        String username = "digest.leaver" + System.nanoTime();
        String email = username + "@demo.council.test";
        admin.create(new UserFields(username, "Lee Leaver", email, EnumSet.of(Role.READER), null, null),
                "a long enough password", "admin");
        people.setDailyDigest(username, true);
        long held = outbox.hold(new MailMessage("notice:" + username, "NOTICE", email, "Something for Lee",
                "Body", null, null, null));
        admin.setEnabled(username, false, "admin");

        digest.sendDigests();

        assertThat(jdbc.sql("select count(*) from outbox_message where kind = 'DAILY_DIGEST' and recipient = :r")
                .param("r", email).query(Long.class).single()).isZero();
        OutboxEntry left = outbox.find(held).orElseThrow();
        assertThat(left.status()).isEqualTo(OutboxEntry.Status.DIGESTED);
        assertThat(left.lastError()).contains("disabled");
    }
}
