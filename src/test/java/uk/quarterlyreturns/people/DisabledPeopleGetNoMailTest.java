package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/** Mail sent to everyone with a role (the report for approval, escalations) leaves out disabled people. */
class DisabledPeopleGetNoMailTest extends ApplicationTest {

    @Autowired UserAdministration admin;
    @Autowired PeopleService people;
    @Autowired ReportApproval approval;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

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
}
