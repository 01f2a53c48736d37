package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ChaseCounts;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A chase by hand waits for the daily digest of the service's only director; the return comes in before the digest
 * goes, so the chase is left out of it. Nothing was sent: it is not counted as a chase.
 */
class ChaseLeftOutOfDigestTest extends ApplicationTest {

    private static final String SERVICE = "Digest Only Service 2991";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired PeopleService people;
    @Autowired Chasing chasing;
    @Autowired DailyDigest digest;
    @Autowired ChaseCounts chaseCounts;
    @Autowired JdbcClient jdbc;

    @Test
    void aChaseLeftOutOfEveryDigestItWaitedForIsNotCounted() {
        imports.importMeasures("2991-92", TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nDO-1,Visits made,Digest Only"
                + " Directorate 2991," + SERVICE + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,"
                + "TOLERANCE\n").getBytes(StandardCharsets.UTF_8), "framework.csv"));
        var service = organisation.findService(SERVICE).orElseThrow();
        people.create(new Person("do.dir.2991", "Dee Only", "do.dir.2991@demo.council.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), service.id(), service.directorateId(), true, false, true),
                "a-long-password");
        Instant now = Instant.now();
        long cycleId = cycles.insert(years.find("2991-92").orElseThrow().id(), 1, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), "perf", now, ChasePolicy.DEFAULT);
        long returnId = jdbc.sql("insert into service_return (cycle_id, service_id) values (:c, :s) returning id")
                .param("c", cycleId).param("s", service.id()).query(Long.class).single();

        assertThat(chasing.chaseByHand(returnId, people.find("perf").orElseThrow(), "Please send it")).isEqualTo(1);
        assertThat(chaseCounts.forReturn(returnId).reminders()).isEqualTo(1); // waiting for the digest
        jdbc.sql("update service_return set status = 'SUBMITTED', first_submitted_at = now(), submitted_at = now()"
                + " where id = :id").param("id", returnId).update();
        digest.sendDigests();

        assertThat(chaseCounts.forReturn(returnId)).isEqualTo(ChaseCounts.Counts.NONE);
        assertThat(chaseCounts.forCycle(cycleId).getOrDefault(returnId, ChaseCounts.Counts.NONE))
                .isEqualTo(ChaseCounts.Counts.NONE);
    }
}
