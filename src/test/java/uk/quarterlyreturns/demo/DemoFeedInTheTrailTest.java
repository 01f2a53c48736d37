package uk.quarterlyreturns.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The demo's figures loaded while a cycle is open are named in the return's history as the demo's data: they read
 * "values feed (API)", as if a system had fed them through the API. Still nobody's work on the return.
 */
class DemoFeedInTheTrailTest extends ApplicationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnTrail trail;

    @Test
    void theDemosFiguresAreNamedAsDemoDataNotTheApi() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4152);

        context.getBean(DemoFramework.class).feed(scenario.year, 2,
                TabularFile.read("code,value\nHF-1,81\n".getBytes(StandardCharsets.UTF_8), "values.csv"));

        assertThat(trail.forReturn(scenario.housing.id())).filteredOn(e -> "VALUE".equals(e.kind()))
                .extracting(ReturnTrail.Event::actor, ReturnTrail.Event::item, ReturnTrail.Event::newValue,
                        ReturnTrail.Event::comment)
                .containsExactly(tuple("demo", "HF-1", "81", "values feed (demo data)"));
        assertThat(trail.workedOn(scenario.housing.id(), "demo")).isFalse();
    }
}
