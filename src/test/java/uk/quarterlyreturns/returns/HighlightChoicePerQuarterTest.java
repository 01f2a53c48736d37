package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The performance team asks a service for a highlight report in the first quarter, not in the second. The first
 * quarter's report (and a correction of it, compiled later) keeps the service's highlight report; the second's has
 * none; a third quarter starts from the latest choice. Once a quarter's report is compiled its choice stands.
 */
class HighlightChoicePerQuarterTest extends ApplicationTest {

    private static final String SERVICE = "Highlight Quarters 3000";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired ReturnRepository returns;
    @Autowired HighlightReports highlights;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnTrail trail;

    @Test
    void eachQuarterKeepsItsOwnChoice() {
        imports.importMeasures("3000-01", TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nHQ-1,Visits made,Highlight Directorate"
                + " 3000," + SERVICE + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,TOLERANCE\n")
                .getBytes(StandardCharsets.UTF_8), "framework.csv"));
        long serviceId = organisation.findService(SERVICE).orElseThrow().id();
        long q1 = cycle(1, serviceId);
        highlights.setWanted(q1, serviceId, true, "perf");
        long q2 = cycle(2, serviceId);
        assertThat(highlights.choices(q2)).as("a new quarter starts from the latest choice").singleElement()
                .satisfies(c -> assertThat(c.wanted()).isTrue());

        highlights.setWanted(q2, serviceId, false, "perf");
        highlights.setWanted(q2, serviceId, false, "perfmgr");
        assertThat(trail.forReturn(returns.find(q2, serviceId).orElseThrow().id()))
                .filteredOn(e -> e.kind().equals(HighlightReports.ASKED_KIND))
                .extracting(ReturnTrail.Event::actor, ReturnTrail.Event::oldValue, ReturnTrail.Event::newValue)
                .as("who stopped asking, once: choosing the same again changes nothing")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("perf", "Asked for", "Not asked for"));

        assertThat(highlights.forCycle(q1)).extracting(HighlightReports.ServiceHighlight::service)
                .containsExactly(SERVICE);
        assertThat(highlights.forCycle(q2)).isEmpty();
        assertThat(highlights.wanted(returns.find(q1, serviceId).orElseThrow().id())).isTrue();
        assertThat(highlights.wanted(returns.find(q2, serviceId).orElseThrow().id())).isFalse();
        long q3 = cycle(3, serviceId);
        assertThat(highlights.forCycle(q3)).isEmpty();

        jdbc.sql("update cycle set status = 'AWAITING_APPROVAL' where id = :c").param("c", q1).update();
        assertThatThrownBy(() -> highlights.setWanted(q1, serviceId, false, "perf"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The report is compiled: highlight report choices can no longer change");
        assertThat(highlights.forCycle(q1)).hasSize(1);
    }

    private long cycle(int quarter, long serviceId) {
        Instant now = Instant.now();
        long cycleId = cycles.insert(years.find("3000-01").orElseThrow().id(), quarter, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), "perf", now, ChasePolicy.DEFAULT);
        returns.insert(cycleId, List.of(serviceId));
        return cycleId;
    }
}
