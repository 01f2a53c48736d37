package uk.quarterlyreturns.framework.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A return's history says by which way the values feed brought a figure, a file on the Framework screen or the API,
 * as an auditor asks; either way the feed is not the performance team's work on the return, which they may still
 * accept.
 */
class FeedRouteInTheTrailTest extends ApplicationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnTrail trail;

    @Test
    void theHistoryTellsTheFrameworkScreensFileFromTheApi() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4063);

        YearFileKind.VALUES.save(context.getBean(FrameworkImport.class), context.getBean(FigureImport.class),
                scenario.year, 2, "perf",
                TabularFile.read("code,value\nHF-1,81\n".getBytes(StandardCharsets.UTF_8), "values.csv"));
        assertThat(new Api(url(""), "perf", "demo").putCsv("/api/years/" + scenario.year + "/quarters/2/values",
                "code,value\nHF-2,58\n").getStatusCode().value()).isEqualTo(200);

        assertThat(trail.forReturn(scenario.housing.id())).filteredOn(e -> "VALUE".equals(e.kind()))
                .extracting(ReturnTrail.Event::actor, ReturnTrail.Event::item, ReturnTrail.Event::newValue,
                        ReturnTrail.Event::comment)
                .containsExactly(
                        tuple("perf", "HF-1", "81", "values feed (file on the Framework screen)"),
                        tuple("perf", "HF-2", "58", "values feed (API)"));
        assertThat(trail.workedOn(scenario.housing.id(), "perf")).as("perf may still accept it").isFalse();
    }

    @Test
    void aFigureFedBeforeTheWaysWereToldApartIsStillNoOnesWorkOnTheReturn() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4064);
        trail.record(scenario.housing.id(), "perf", "VALUE", "HF-1", null, "81", "values feed");
        assertThat(trail.workedOn(scenario.housing.id(), "perf")).isFalse();
    }
}
