package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.HeldImports;

/**
 * A rollover that leaves targets to agree later gives next year's measures a target "TBA" (not yet agreed), as
 * the reports print it; a measure with no target this year has none next year either.
 */
class RolloverTargetsToAgreeTest extends ApplicationTest {

    private static final String FRAMEWORK = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme
            RT-1,Repairs on time,Economy and Infrastructure,Housing,Ambitious,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE
            RT-2,Homeless applications,Economy and Infrastructure,Housing,Resilient,count,LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,,,,NONE
            RT-3,Empty homes back in use,Economy and Infrastructure,Housing,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,TBA,,10,TOLERANCE
            """;

    @Autowired FrameworkImport imports;
    @Autowired YearRollover rollover;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired TransactionTemplate transactions;

    @Test
    void targetsLeftToAgreeAreTbaAndNoTargetStaysNoTarget() {
        imports.importMeasures("2902-03", TabularFile.read(FRAMEWORK.getBytes(StandardCharsets.UTF_8), "f.csv"));

        rollover.rollover("2902-03", "2903-04", false);

        long next = years.find("2903-04").orElseThrow().id();
        assertThat(target(next, "RT-1")).as("agreed this year, to agree next year").isEqualTo(Target.TBA);
        assertThat(target(next, "RT-2")).isEqualTo(Target.NO_TARGET);
        assertThat(target(next, "RT-3")).isEqualTo(Target.TBA);
    }

    /**
     * One officer imports next year's framework while another rolls this year over: the rollover waits for the
     * import and is refused, rather than writing this year's targets over the imported ones.
     */
    @Test
    void aRolloverDuringAnImportOfNextYearWaitsAndIsRefused() throws Exception {
        imports.importMeasures("2985-86", TabularFile.read(FRAMEWORK.getBytes(StandardCharsets.UTF_8), "f.csv"));
        years.findOrCreate("2986-87");
        String agreed = FRAMEWORK.replace("SNAPSHOT,80,", "SNAPSHOT,85,");

        HeldImports.Both<ImportResult, String> both = HeldImports.secondWhileFirstOpen(transactions,
                () -> imports.importMeasures("2986-87", TabularFile.read(agreed.getBytes(StandardCharsets.UTF_8),
                        "f.csv")),
                () -> {
                    try {
                        return "rolled over " + rollover.rollover("2985-86", "2986-87", false).measures();
                    } catch (IllegalStateException refused) {
                        return refused.getMessage();
                    }
                });

        assertThat(both.second()).contains("2986/87 already has a framework");
        long next = years.find("2986-87").orElseThrow().id();
        assertThat(target(next, "RT-1")).as("the imported target").isEqualTo(Target.of(new BigDecimal("85")));
    }

    private Target target(long yearId, String code) {
        return measures.find(yearId, code).orElseThrow().definition().target();
    }
}
