package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.framework.YearStructure;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.TwoServiceFramework;

/**
 * A measure retired after Q1 is owed nowhere in Q2: not in what the return's reminders, overdue notices, escalations
 * and chases count and list as missing (they counted it while the form no longer showed it), and a service whose only
 * measures are retired is issued no return at all (it was, empty, and chased). Year 7525.
 */
class RetiredMeasureOwedNowhereTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnContents contents;
    @Autowired ReturnValidation validation;
    @Autowired YearStructure structure;
    @Autowired YearRepository years;
    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired JdbcClient jdbc;

    @Test
    void aMeasureRetiredAfterTheFirstQuarterIsOwedNowhereInTheSecond() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7525);
        long yearId = years.find(scenario.year).orElseThrow().id();
        // HF-2 reported until Q1, as its form or the framework file sets it (RetiredMidYearTest takes those ways)
        jdbc.sql("update measure set reported_until = 1 where year_id = :y and code = 'HF-2'").param("y", yearId)
                .update();

        ReturnContents.Counts counts = contents.counts(scenario.housing.id());
        assertThat(counts.measuresDue()).as("HF-1; HF-3 is annual, due in Q4")
                .isEqualTo(validation.completeness(scenario.housing).measuresDue()).isEqualTo(1);
        assertThat(contents.emptyItems(scenario.housing.id())).anyMatch(i -> i.startsWith("HF-1 "))
                .noneMatch(i -> i.startsWith("HF-2 "));

        // a service with one measure, reported until Q1 from the start: owes Q1, and no director is needed for Q2
        String retired = "Retired Only 7525";
        imports.importMeasures(scenario.year, TwoServiceFramework.csv(
                TwoServiceFramework.HEADER.replace("rag_scheme\n", "rag_scheme,reported_until\n")
                        + TwoServiceFramework.measure("RO-1", retired).replace("\n", ",1\n")));
        long service = organisation.findService(retired).orElseThrow().id();
        assertThat(structure.owingServices(yearId, 1)).contains(service);
        assertThat(structure.owingServices(yearId, 2)).doesNotContain(service);
    }
}
