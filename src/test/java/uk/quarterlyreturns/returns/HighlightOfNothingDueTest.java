package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.quarterlyreturns.support.TwoServiceFramework.HEADER;
import static uk.quarterlyreturns.support.TwoServiceFramework.csv;
import static uk.quarterlyreturns.support.TwoServiceFramework.measure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.TwoServiceFramework;

/**
 * A return withdrawn mid-quarter with nothing due is asked for nothing: a highlight report asked of it would never be
 * written, and the choice is refused saying why.
 */
class HighlightOfNothingDueTest extends ApplicationTest {

    private static final String AWAY = "Emptied 4186";
    private static final String INTO = "Receiving 4186";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired ReturnRepository returns;
    @Autowired HighlightReports highlights;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;

    @Test
    void aReturnWithNothingDueIsNotAskedForAHighlightReport() {
        String year = "4186-87";
        imports.importMeasures(year, csv(HEADER + measure("HN-1", AWAY) + measure("HN-2", INTO)));
        TwoServiceFramework.directs(organisation, people, "dir.emptied.4186", AWAY);
        TwoServiceFramework.directs(organisation, people, "dir.receiving.4186", INTO);
        long cycle = OpenedCycles.openSecondQuarter(context, year, 2);
        imports.importMeasures(year, csv(HEADER + measure("HN-1", INTO) + measure("HN-2", INTO)));
        ServiceReturn emptied = returns.forCycle(cycle).stream().filter(r -> r.serviceName().equals(AWAY))
                .findFirst().orElseThrow();
        assertThat(emptied.status()).isEqualTo(ReturnStatus.WITHDRAWN);

        assertThatThrownBy(() -> highlights.setWanted(cycle, emptied.serviceId(), true, "perf"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(AWAY + "'s return has nothing due this quarter (its measures and key actions moved to"
                        + " other services), so nobody would write its highlight report: ask from next quarter");
        assertThat(highlights.wanted(emptied.id())).isFalse();
    }
}
