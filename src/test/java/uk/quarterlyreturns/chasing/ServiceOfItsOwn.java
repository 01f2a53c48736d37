package uk.quarterlyreturns.chasing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.springframework.context.ApplicationContext;
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

/**
 * A Q1 return, not started, of a service of its own ("Chase Service 2990", measure CS-1) in a year of its own, whose
 * director ("cs.dir.2990", Chris Director) may take a daily digest; its cycle is written directly, with no process,
 * so a test drives the chasing itself.
 */
final class ServiceOfItsOwn {

    private ServiceOfItsOwn() {
    }

    static long returnOf(ApplicationContext context, int startYear, boolean digest, Instant deadline) {
        String year = startYear + "-" + String.valueOf(startYear + 1).substring(2);
        String service = "Chase Service " + startYear;
        context.getBean(FrameworkImport.class).importMeasures(year, TabularFile.read(("code,title,directorate,service,"
                + "theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nCS-1,Visits made,"
                + "Chase Directorate " + startYear + "," + service + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,50,,10,TOLERANCE\n").getBytes(StandardCharsets.UTF_8), "framework.csv"));
        var placed = context.getBean(Organisation.class).findService(service).orElseThrow();
        context.getBean(PeopleService.class).create(new Person("cs.dir." + startYear, "Chris Director", "cs.dir."
                + startYear + "@demo.council.test", EnumSet.of(Role.SERVICE_DIRECTOR), placed.id(),
                placed.directorateId(), true, false, digest), "a-long-password");
        long cycleId = context.getBean(CycleRepository.class).insert(
                context.getBean(YearRepository.class).find(year).orElseThrow().id(), 1, deadline,
                deadline.plus(Duration.ofDays(30)), "perf", deadline.minus(Duration.ofDays(20)), ChasePolicy.DEFAULT);
        return context.getBean(JdbcClient.class)
                .sql("insert into service_return (cycle_id, service_id) values (:c, :s) returning id")
                .param("c", cycleId).param("s", placed.id()).query(Long.class).single();
    }
}
