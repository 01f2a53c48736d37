package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.templates.RenderedMail;
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
 * A return in on time and sent back after the deadline is chased: the chase says it was in on time and sent back,
 * as the compliance page does, not that it is overdue.
 */
class SentBackChaseWordsTest extends ApplicationTest {

    private static final String SERVICE = "Sent Back Service 2990";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired PeopleService people;
    @Autowired Chasing chasing;
    @Autowired JdbcClient jdbc;

    @Test
    void aChaseOfAReturnInOnTimeAndSentBackDoesNotCallItOverdue() {
        imports.importMeasures("2990-91", TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nSB-1,Visits made,Sent Back Directorate"
                + " 2990," + SERVICE + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,TOLERANCE\n")
                .getBytes(StandardCharsets.UTF_8), "framework.csv"));
        var service = organisation.findService(SERVICE).orElseThrow();
        people.create(new Person("sb.dir.2990", "Sol Back", "sb.dir.2990@demo.council.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), service.id(), service.directorateId(), true, false, false),
                "a-long-password");
        Instant deadline = Instant.now().minus(Duration.ofDays(12));
        long cycleId = cycles.insert(years.find("2990-91").orElseThrow().id(), 1, deadline,
                deadline.plus(Duration.ofDays(30)), "perf", deadline.minus(Duration.ofDays(20)), ChasePolicy.DEFAULT);
        long returnId = jdbc.sql("""
                insert into service_return (cycle_id, service_id, status, first_submitted_at, submitted_at,
                    sent_back_comment)
                values (:c, :s, 'SENT_BACK', :in, :in, 'Please explain the fall') returning id""")
                .param("c", cycleId).param("s", service.id())
                .param("in", Timestamp.from(deadline.minus(Duration.ofDays(1)))).query(Long.class).single();

        RenderedMail chase = chasing.previewByHand(returnId, people.find("perf").orElseThrow(), null).mail();

        assertThat(chase.subject()).endsWith("return was in on time, then sent back").doesNotContain("overdue");
        assertThat(chase.text()).contains("(was in on time, then sent back)").doesNotContain("overdue");
    }
}
