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
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A service moved to another directorate for the new year; its return for the last quarter of the old year is late.
 * The old directorate has no strategic director any more, so the escalation goes to the strategic director of the
 * directorate the service sits in now, not only to the performance team; they may read the return its link opens,
 * not countersign it.
 */
class EscalationAfterAMoveTest extends ApplicationTest {

    private static final String SERVICE = "Escalated Service 2968";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired PeopleService people;
    @Autowired Chasing chasing;
    @Autowired MailOutbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnRepository returns;
    @Autowired ReturnPermissions permissions;

    @Test
    void lastYearsLateReturnIsEscalatedToTheStrategicDirectorOfTheServiceToday() {
        imports.importMeasures("2969-70", framework("Escalation New Directorate 2969"));
        imports.importMeasures("2968-69", framework("Escalation Old Directorate 2968"));
        long newDirectorate = organisation.findService(SERVICE).orElseThrow().directorateId();
        people.create(new Person("sd.escalation.2969", "Nell Newdir", "sd.escalation.2969@demo.council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, newDirectorate, true, false, false), "a-long-password");
        Instant deadline = Instant.now().minus(Duration.ofDays(30));
        long cycleId = cycles.insert(years.find("2968-69").orElseThrow().id(), 4, deadline,
                Instant.now().plus(Duration.ofDays(30)), "perf", deadline.minus(Duration.ofDays(21)),
                ChasePolicy.DEFAULT);
        // told it is overdue already: the escalations are what is due now
        long returnId = jdbc.sql("""
                insert into service_return (cycle_id, service_id, chased_until) values (:c, :s, :t) returning id""")
                .param("c", cycleId).param("s", organisation.findService(SERVICE).orElseThrow().id())
                .param("t", Timestamp.from(deadline)).query(Long.class).single();

        chasing.sendDueChase(returnId);

        assertThat(outbox.forReturn(returnId)).filteredOn(m -> m.kind().equals("ESCALATION_STRATEGIC"))
                .extracting(OutboxEntry::recipient).containsExactly("sd.escalation.2969@demo.council.test");
        // The return the escalation links to is theirs to read, not to countersign (that year's directorate's).
        ServiceReturn late = returns.find(returnId).orElseThrow();
        assertThat(permissions.canRead("sd.escalation.2969", late)).as("the return the escalation links to").isTrue();
        assertThat(permissions.canCountersign("sd.escalation.2969", late)).as("not theirs to countersign").isFalse();
        assertThat(permissions.canRead("sd.children", late)).as("another directorate's strategic director").isFalse();
    }

    private static TabularFile framework(String directorate) {
        return TabularFile.read(("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,"
                + "floor,tolerance_pct,rag_scheme\nEA-1,Visits made," + directorate + "," + SERVICE + ",Ambitious,"
                + "count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,TOLERANCE\n").getBytes(StandardCharsets.UTF_8),
                "framework.csv");
    }
}
