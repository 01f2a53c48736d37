package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.support.Await;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FeedRoute;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Figures the values feed changes are accounted for in the trail of the return they belong to; those fed before
 * the return was issued, in its trail from its issue.
 */
class FeedTrailTest extends ApplicationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkImport imports;
    @Autowired
    FigureImport figures;
    @Autowired
    ReturnTrail trail;

    @Test
    void theFeedsChangesAppearInTheReturnsTrailWithWhoAndWhatChanged() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2381);
        scenario.enter("HF-2", 2, "60");

        figures.importValues(scenario.year, 2, csv("code,value,note,numerator,denominator\n"
                + "HF-1,,From the repairs system,153,180\nHF-2,60,,,\n"), "perf");
        figures.importValues(scenario.year, 2, csv("code,value\nHF-2,58\n"), "perf");

        assertThat(trail.forReturn(scenario.housing.id()))
                .filteredOn(e -> FeedRoute.API.words().equals(e.comment()))
                .extracting(ReturnTrail.Event::actor, ReturnTrail.Event::kind, ReturnTrail.Event::item,
                        ReturnTrail.Event::oldValue, ReturnTrail.Event::newValue)
                .containsExactly(
                        tuple("perf", "VALUE", "HF-1", null, "85"),
                        tuple("perf", "NOTE", "HF-1", null, "From the repairs system"),
                        tuple("perf", "RATIO", "HF-1", null, "153/180"),
                        tuple("perf", "VALUE", "HF-2", "60", "58"));
    }

    @Test
    void aFeedForAQuarterWithoutACycleRecordsNothingAndStillSaves() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2382);
        figures.importValues(scenario.year, 3, csv("code,value\nHF-1,81\n"), "perf");
        assertThat(trail.forReturn(scenario.housing.id())).noneMatch(e -> FeedTrail.COMMENTS.contains(e.comment()));
        assertThat(context.getBean(uk.quarterlyreturns.framework.ValueRepository.class)
                .find(scenario.measureId("HF-1"), 3).orElseThrow().value()).isEqualByComparingTo("81");
    }

    @Test
    void figuresFedBeforeTheCycleOpenedAreInTheTrailOfTheReturnIssuedWithThemAndAreNoOnesWorkOnIt() throws Exception {
        String year = ReportingYear.labelOf(4041);
        imports.importMeasures(year, fixture("fixtures/framework-form.csv"));
        imports.importKeyActions(year, fixture("fixtures/actions-form.csv"));
        figures.importValues(year, 2, csv("code,value,note,numerator,denominator\n"
                + "HF-1,,From the repairs system,153,180\nHF-2,60.0,,,\n"), "perf");

        Instant now = Instant.now();
        Cycle cycle = context.getBean(CycleService.class).open(year, 2, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), ChasePolicy.DEFAULT, "perf");
        ReturnRepository returns = context.getBean(ReturnRepository.class);
        Await.until("the Housing return issued", ReturnScenario.WAIT, () -> returns.forCycle(cycle.id()).size() == 1);
        long housing = returns.forCycle(cycle.id()).get(0).id();

        assertThat(trail.forReturn(housing))
                .extracting(ReturnTrail.Event::actor, ReturnTrail.Event::kind, ReturnTrail.Event::item,
                        ReturnTrail.Event::oldValue, ReturnTrail.Event::newValue, ReturnTrail.Event::comment)
                .containsExactlyInAnyOrder(
                        tuple("perf", "VALUE", "HF-1", null, "85", ReturnTrail.ALREADY_IN),
                        tuple("perf", "NOTE", "HF-1", null, "From the repairs system", ReturnTrail.ALREADY_IN),
                        tuple("perf", "RATIO", "HF-1", null, "153/180", ReturnTrail.ALREADY_IN),
                        tuple("perf", "VALUE", "HF-2", null, "60", ReturnTrail.ALREADY_IN));
        assertThat(trail.workedOn(housing, "perf")).as("perf may still accept it").isFalse();
    }

    private static TabularFile fixture(String path) throws Exception {
        return TabularFile.read(new ClassPathResource(path).getContentAsByteArray(), path);
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "values.csv");
    }
}
