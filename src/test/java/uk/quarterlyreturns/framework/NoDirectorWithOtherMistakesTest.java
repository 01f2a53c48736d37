package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.OpenedCycles;

/**
 * While Q2 is being collected, a file moves a measure whose figure Housing signed off (row 2) and gives a service with no
 * director its first measure (row 3). Only row 2 was named; once it was put right, the next upload was refused on row 3,
 * as the director was looked for only after the file's other checks had passed. One refusal now names both, for a key
 * actions file too. Years 6163 (and 6164, where the service without a director is known).
 */
class NoDirectorWithOtherMistakesTest extends ApplicationTest {

    private static final String LACKING = "Directorless 6163";
    private static final String NO_DIRECTOR = LACKING + " has no service director, so nobody could sign off the Q2"
            + " return this change would issue it now, in the cycle already open. Name its director (or a deputy)"
            + " first, then make the change again";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired KeyActionRepository actions;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;

    @Test
    void aServiceWithNobodyToSignOffIsNamedWithTheFilesOtherRefusals() {
        String year = ReportingYear.labelOf(6163);
        String header = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme\n";
        imports.importMeasures(ReportingYear.labelOf(6164), AcceptedReturn.csv(header + measure("ND-9", LACKING)));
        ServiceReturn housing = AcceptedReturn.housing(context, year);

        refusedOnRowsTwoAndThree(() -> imports.importMeasures(year, AcceptedReturn.csv(header
                + "RH-1,Repairs on time,Economy and Infrastructure,Highways and Streetscene,Ambitious,PERCENT,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE\n" + measure("ND-1", LACKING))),
                "service", "RH-1's figures for Q2 are in Housing's return");
        refusedOnRowsTwoAndThree(() -> imports.importKeyActions(year, AcceptedReturn.csv("code,title,directorate,"
                + "service,theme\nNA-1,Depot move,Corporate,Housing,Ambitious\nNA-2,Depot move,Economy and"
                + " Infrastructure," + LACKING + ",Ambitious\n")), "directorate", "a key actions file cannot move");
        long yearId = years.find(year).orElseThrow().id();
        assertThat(measures.find(yearId, "ND-1")).as("nothing changed").isEmpty();
        assertThat(actions.find(yearId, "NA-1")).isEmpty();
        assertThat(returns.forCycle(housing.cycleId())).hasSize(2);
        OpenedCycles.end(runtime, returns, housing.cycleId());
    }

    private static String measure(String code, String service) {
        return code + ",Measure " + code + ",Economy and Infrastructure," + service + ",Ambitious,count,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n";
    }

    private static void refusedOnRowsTwoAndThree(Runnable importing, String rowTwosColumn, String rowTwosWords) {
        assertThatThrownBy(importing::run).isInstanceOfSatisfying(ImportRejectedException.class, refused -> {
            assertThat(refused.errors()).extracting(ImportError::row).containsExactly(2, 3);
            assertThat(refused.errors().get(0).column()).isEqualTo(rowTwosColumn);
            assertThat(refused.errors().get(0).message()).contains(rowTwosWords);
            assertThat(refused.errors().get(1).column()).isEqualTo("service");
            assertThat(refused.errors().get(1).message()).isEqualTo(NO_DIRECTOR);
        });
    }
}
