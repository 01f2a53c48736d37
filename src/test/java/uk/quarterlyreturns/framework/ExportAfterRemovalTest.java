package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A measure (or key action) removed from the middle of the year leaves its place empty. The year's own export, imported
 * again, closed the gap: every later one's place moved by one, the import said so many were "new or changed" and told
 * the returns feature of a change that changed nothing. Year 6162.
 */
class ExportAfterRemovalTest extends ApplicationTest {

    private static final String MEASURES = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme
            OR-1,Measure 1,Economy and Infrastructure,Housing,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE
            OR-2,Measure 2,Economy and Infrastructure,Housing,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE
            OR-3,Measure 3,Economy and Infrastructure,Housing,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE
            OR-4,Measure 4,Economy and Infrastructure,Housing,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE
            """;
    private static final String ACTIONS = "code,title,directorate,service,theme\n"
            + "OA-1,Plan 1,Economy and Infrastructure,Housing,Ambitious\n"
            + "OA-2,Plan 2,Economy and Infrastructure,Housing,Ambitious\n"
            + "OA-3,Plan 3,Economy and Infrastructure,Housing,Ambitious\n";

    @Autowired FrameworkImport imports;
    @Autowired FrameworkExport export;
    @Autowired FrameworkRemoval removal;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired KeyActionRepository actions;

    @Test
    void theYearsOwnExportImportedAgainAfterARemovalChangesNothing() {
        String label = ReportingYear.labelOf(6162);
        imports.importMeasures(label, file(MEASURES.getBytes(StandardCharsets.UTF_8)));
        ReportingYear year = years.find(label).orElseThrow();
        removal.removeMeasure(year, "OR-2", "perf");
        Map<String, Integer> places = measures.rowOrders(year.id());

        ImportResult again = imports.importMeasures(label, file(export.csv(year)));
        assertThat(again.changed()).as("0 new or changed").isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(measures.rowOrders(year.id())).as("no place moved").isEqualTo(places);

        imports.importKeyActions(label, file(ACTIONS.getBytes(StandardCharsets.UTF_8)));
        removal.removeKeyAction(year, "OA-2", "perf");
        assertThat(imports.importKeyActions(label, file(ACTIONS.replace("OA-2,Plan 2,Economy and Infrastructure,"
                + "Housing,Ambitious\n", "").getBytes(StandardCharsets.UTF_8))).changed()).as("key actions alike")
                .isZero();
        assertThat(actions.rowOrders(year.id())).containsEntry("OA-3", 2);
    }

    private static TabularFile file(byte[] bytes) {
        return TabularFile.read(bytes, "framework.csv");
    }
}
