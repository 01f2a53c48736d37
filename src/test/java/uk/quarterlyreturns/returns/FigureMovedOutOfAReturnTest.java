package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.quarterlyreturns.support.TwoServiceFramework.HEADER;
import static uk.quarterlyreturns.support.TwoServiceFramework.csv;
import static uk.quarterlyreturns.support.TwoServiceFramework.measure;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.TwoServiceFramework;

/**
 * A measure moved to another service mid-quarter takes its figure with it: the history of the return it left says
 * where it went, and that return no longer asks for it, on its form, its workbook or its checks. Year 4280-81.
 */
class FigureMovedOutOfAReturnTest extends ApplicationTest {

    private static final String AWAY = "Moved Out Of 4280";
    private static final String INTO = "Moved Out To 4280";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired FigureImport figures;
    @Autowired ReturnRepository returns;
    @Autowired ReturnTrail trail;
    @Autowired ReturnSheets sheets;
    @Autowired ReturnValidation validation;
    @Autowired ReturnContents contents;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired RuntimeService runtime;

    @Test
    void theReturnAMeasureLeftSaysWhereItAndItsFigureWent() {
        String year = "4280-81";
        imports.importMeasures(year, csv(HEADER + measure("MO-1", AWAY) + measure("MO-2", AWAY)
                + measure("MO-3", AWAY) + measure("MO-4", INTO)));
        TwoServiceFramework.directs(organisation, people, "dir.out.4280", AWAY);
        TwoServiceFramework.directs(organisation, people, "dir.to.4280", INTO);
        long cycle = OpenedCycles.openSecondQuarter(context, year, 2);
        ServiceReturn away = returns.forCycle(cycle).stream().filter(r -> r.serviceName().equals(AWAY)).findFirst()
                .orElseThrow();
        figures.importValues(year, 2, csv("code,value\nMO-1,42\n"), "perf");

        // MO-1 moves with its figure, MO-3 with none yet; MO-2 stays, so the return stays with its service
        imports.importMeasures(year, csv(HEADER + measure("MO-1", INTO) + measure("MO-2", AWAY)
                + measure("MO-3", INTO) + measure("MO-4", INTO)));

        assertThat(returns.find(away.id()).orElseThrow().status()).isEqualTo(ReturnStatus.NOT_STARTED);
        assertThat(trail.forReturn(away.id()).stream().filter(e -> ReturnTrail.MOVED_OUT.equals(e.kind())))
                .extracting(ReturnTrail.Event::item, ReturnTrail.Event::oldValue, ReturnTrail.Event::newValue,
                        ReturnTrail.Event::comment)
                .containsExactly(
                        tuple("MO-1", "42", INTO, "Measure MO-1 moved to " + INTO + "; its figure went with it"),
                        tuple("MO-3", null, INTO, "Measure MO-3 moved to " + INTO + "; it had no figure yet"));
        assertThat(TrailWords.what(ReturnTrail.MOVED_OUT)).isEqualTo("Measure moved to another service");
        assertThat(trail.workedOn(away.id(), "perf")).as("the move is nobody's work on the return").isFalse();

        // the return it left no longer asks for it: its form and workbook, its checks, its reminders' count
        ServiceReturn now = returns.find(away.id()).orElseThrow();
        assertThat(sheets.load(away.id()).measures()).extracting(m -> m.measure().code()).containsExactly("MO-2");
        assertThat(validation.problems(now)).extracting(ReturnChecks.Problem::code).containsExactly("MO-2");
        assertThat(contents.counts(away.id()).measuresDue()).isEqualTo(1);
        assertThat(contents.emptyItems(away.id())).containsExactly("MO-2 Measure MO-2");
        OpenedCycles.end(runtime, returns, cycle);
    }
}
