package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.HeldImports;

/**
 * A key actions file for a year with no framework yet: a service the council already has is found by its name,
 * a new one is placed once however many rows name it, and a service named under another directorate than the
 * year places it is refused with its row, nothing of that file kept.
 */
class KeyActionImportTest extends ApplicationTest {

    private static final String YEAR = "2061-62";
    private static final String HEADER = "code,title,directorate,service,theme,outcome\n";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired KeyActionRepository actions;
    @Autowired TransactionTemplate transactions;
    @Autowired YearStructure structure;
    @Autowired Organisation organisation;
    @Autowired FrameworkHistoryReader history;

    @Test
    void servicesAreFoundOrPlacedOnceAndAServiceUnderAnotherDirectorateIsRefused() {
        ImportResult result = imports.importKeyActions(YEAR, csv(HEADER
                + "KA1,Revitalise the town centres,Economy and Infrastructure,\"Economy, Regeneration and Culture\",Ambitious,Growth\n"
                + "KA2,Support new businesses,Economy and Infrastructure,\"Economy, Regeneration and Culture\",Ambitious,Growth\n"
                + "KA3,Open the new service,Economy and Infrastructure,Harbour Services,Ambitious,Growth\n"
                + "KA4,Staff the new service,Economy and Infrastructure,Harbour Services,Ambitious,Growth\n"));
        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.changed()).isEqualTo(4);
        long year = years.find(YEAR).orElseThrow().id();
        Map<String, Long> serviceOf = actions.forYear(year).stream()
                .collect(Collectors.toMap(KeyAction::code, KeyAction::serviceId));
        assertThat(serviceOf).containsOnlyKeys("KA1", "KA2", "KA3", "KA4");
        assertThat(serviceOf.get("KA2")).isEqualTo(serviceOf.get("KA1"));
        assertThat(serviceOf.get("KA4")).isEqualTo(serviceOf.get("KA3")).isNotEqualTo(serviceOf.get("KA1"));

        assertThatThrownBy(() -> imports.importKeyActions(YEAR, csv(HEADER
                + "KA5,Move the harbour,Children and Families,Harbour Services,Ambitious,Growth\n")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).row()).isEqualTo(2);
                    assertThat(e.errors().get(0).message()).contains("Harbour Services sits in Economy and Infrastructure");
                });
        assertThat(actions.find(year, "KA5")).isEmpty();
    }

    @Test
    void aServiceUnderAnotherDirectorateIsNamedOnItsOwnRowAlongsideTheFilesMistakes() {
        String year = "2075-76";
        imports.importKeyActions(year, csv(HEADER + "KB1,Open the marina,Economy and Infrastructure,Marina Services,"
                + "Ambitious,Growth\n"));
        assertThatThrownBy(() -> imports.importKeyActions(year, csv(HEADER
                + "KB2,,Economy and Infrastructure,Marina Services,Ambitious,Growth\n"
                + "\n"
                + "KB3,Move the marina,Children and Families,Marina Services,Ambitious,Growth\n")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).extracting(err -> err.row() + " " + err.column())
                            .containsExactly("2 title", "4 directorate"); // the blank row 3 is counted
                    assertThat(e.errors().get(1).message()).contains("Marina Services sits in Economy and Infrastructure");
                });
        assertThat(actions.find(years.find(year).orElseThrow().id(), "KB3")).isEmpty();
    }

    @Test
    void aFileOfSomeKeyActionsKeepsTheYearsOrderAndAFileOfThemAllSetsIt() {
        String year = "2077-78";
        String row = ",Economy and Infrastructure,Dock Services,Ambitious,Growth\n";
        imports.importKeyActions(year, csv(HEADER + "KC-A,Dredge the dock" + row + "KC-B,Light the quay" + row
                + "KC-C,Paint the cranes" + row));
        long id = years.find(year).orElseThrow().id();

        imports.importKeyActions(year, csv(HEADER + "KC-C,Paint and repair the cranes" + row));
        assertThat(actions.forYear(id)).extracting(KeyAction::code).containsExactly("KC-A", "KC-B", "KC-C");

        imports.importKeyActions(year, csv(HEADER + "KC-D,Open the ferry" + row));
        assertThat(actions.forYear(id)).extracting(KeyAction::code).containsExactly("KC-A", "KC-B", "KC-C", "KC-D");

        // Every key action of the year, none changed but their order: the file's order becomes the year's.
        imports.importKeyActions(year, csv(HEADER + "KC-D,Open the ferry" + row + "KC-C,Paint and repair the cranes"
                + row + "KC-A,Dredge the dock" + row + "KC-B,Light the quay" + row));
        assertThat(actions.forYear(id)).extracting(KeyAction::code).containsExactly("KC-D", "KC-C", "KC-A", "KC-B");
    }

    /**
     * A service renamed and moved in a year's framework, named in that year's key actions by its earlier name under a
     * third directorate: refused on its row, and neither that year's placement, the earlier year's nor the service's
     * current one moves.
     */
    @Test
    void aServiceNamedByAnotherYearsNameUnderAnotherDirectorateIsRefusedAndMovesNowhere() {
        inTwoYears("TW-3001", "3001-02", "Tide Directorate A 3001,Tide Works 3001", "3002-03",
                "Tide Directorate B 3001,Tide and Flood Works 3001");
        long serviceId = organisation.findService("Tide Works 3001").orElseThrow().id();

        assertThatThrownBy(() -> imports.importKeyActions("3002-03", csv(HEADER
                + "TWK-1,Clear the gullies,Tide Directorate C 3001,Tide Works 3001,Ambitious,Growth\n")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).extracting(err -> err.row() + " " + err.column())
                            .containsExactly("2 directorate");
                    assertThat(e.errors().get(0).message())
                            .contains("Tide Works 3001 sits in Tide Directorate B 3001 in the 3002/03 framework");
                });
        assertThat(placement("3001-02", serviceId)).isEqualTo("Tide Works 3001 in Tide Directorate A 3001");
        assertThat(placement("3002-03", serviceId)).isEqualTo("Tide and Flood Works 3001 in Tide Directorate B 3001");
        assertThat(organisation.findService(serviceId).orElseThrow().directorateName())
                .isEqualTo("Tide Directorate A 3001");
    }

    /**
     * A service renamed by its code in the year's framework (Housing to Homes), still named Housing in the year's key
     * actions file, as the file may: importing that file again changes nothing, so keeps nothing in the framework's
     * history and tells the returns nothing; the key action stays under the name the year gives its service.
     */
    @Test
    void aKeyActionsFileNamingAServiceByAnotherOfItsNamesFindsNothingToChangeTheSecondTime() {
        inTwoYears("HOU-7720", "7720-21", "Economy and Infrastructure,Housing 7720", "7721-22",
                "Economy and Infrastructure,Homes 7720");
        TabularFile file = csv(HEADER
                + "HHK-1,Open the repairs hub,Economy and Infrastructure,Housing 7720,Ambitious,Growth\n");
        assertThat(imports.importKeyActions("7721-22", file).changed()).isEqualTo(1);
        ReportingYear year = years.find("7721-22").orElseThrow();
        assertThat(history.ofItem(year, "HHK-1", "perf")).extracting(FrameworkEvent::what)
                .containsExactly(FrameworkEvent.ADDED);

        ImportResult again = imports.importKeyActions("7721-22", file);

        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(history.ofItem(year, "HHK-1", "perf")).extracting(FrameworkEvent::what)
                .containsExactly(FrameworkEvent.ADDED);
        assertThat(actions.find(year.id(), "HHK-1").orElseThrow().definition().service()).isEqualTo("Homes 7720");
    }

    /**
     * A service with a measure in each of two years, the same service by its code: placed in the first year's
     * directorate under the first year's name, and so in the second (each "directorate,service").
     */
    private void inTwoYears(String serviceCode, String firstYear, String placedThen, String secondYear,
            String placedNow) {
        String framework = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme,service_code\n";
        String measure = ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,TOLERANCE," + serviceCode + "\n";
        imports.importMeasures(firstYear, csv(framework + "SC-1,Measure of the service," + placedThen + measure));
        imports.importMeasures(secondYear, csv(framework + "SC-1,Measure of the service," + placedNow + measure));
    }

    private String placement(String year, long serviceId) {
        return structure.services(years.find(year).orElseThrow().id()).stream()
                .filter(s -> s.serviceId() == serviceId).map(s -> s.name() + " in " + s.directorate())
                .findFirst().orElse("nowhere");
    }

    /**
     * Two imports of one year's key actions at once: the second waits for the first to commit, as a measures import
     * does, and then finds nothing to change, rather than reading the year as it was and writing over the first.
     */
    @Test
    void aKeyActionsImportWaitsForAnotherOfTheSameYearAndThenFindsNothingToChange() throws Exception {
        String year = "2663-64";
        String row = ",Economy and Infrastructure,Quay Services,Ambitious,Growth\n";
        imports.importKeyActions(year, csv(HEADER + "KD-A,Dredge the quay" + row));
        TabularFile file = csv(HEADER + "KD-A,Dredge the quay" + row + "KD-B,Light the quay" + row
                + "KD-C,Paint the quay" + row);
        HeldImports.Results results = HeldImports.secondWhileFirstOpen(transactions,
                () -> imports.importKeyActions(year, file));
        assertThat(results.first().changed()).isEqualTo(2);
        assertThat(results.second().changed()).isZero();
        assertThat(actions.forYear(years.find(year).orElseThrow().id())).extracting(KeyAction::code)
                .containsExactly("KD-A", "KD-B", "KD-C");
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "key-actions.csv");
    }
}
