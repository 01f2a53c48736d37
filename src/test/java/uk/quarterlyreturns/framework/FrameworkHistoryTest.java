package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Every change to a year's measures and key actions is kept, in the transaction of the change, with who made it, when,
 * by which way and why: an import, a removal, a rollover, the band edges. Nothing changed, nothing kept; a refused
 * file keeps nothing; and the history outlives what it tells of and cannot be rewritten.
 */
public class FrameworkHistoryTest extends ApplicationTest {

    public static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,"
            + "floor,tolerance_pct,rag_scheme\n";
    public static final String KI = "KI 433,Repairs on time,Economy and Infrastructure,Housing,Ambitious,%,"
            + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,60,,,FIVE_POINT\n";
    static final String R1 = "R-1,Potholes awaiting repair,Economy and Infrastructure,Highways and Streetscene,"
            + "Ambitious,count,LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE\n";
    static final String ACTIONS = "code,title,directorate,service,theme\n"
            + "HKA-1,Bring empty homes back into use,Economy and Infrastructure,Housing,Ambitious\n";

    @Autowired FrameworkImport imports;
    @Autowired FrameworkRemoval removal;
    @Autowired YearRollover rollover;
    @Autowired BandEdgesChange bandEdges;
    @Autowired YearRepository years;
    @Autowired FrameworkHistoryReader history;
    @Autowired JdbcClient jdbc;

    @Test
    void anImportKeepsEachChangedColumnWithWhoHowAndWhyAndAnUnchangedOrRefusedFileKeepsNothing() {
        imports.importMeasures("5010-11", csv(HEADER + KI + R1), new FrameworkEdit("perf", FrameworkWay.API_FILE,
                " "));
        ReportingYear year = years.find("5010-11").orElseThrow();
        assertThat(lines(year)).containsExactly(
                "MEASURE R-1 added null > Potholes awaiting repair by perf API_FILE null",
                "MEASURE KI 433 added null > Repairs on time by perf API_FILE null");

        String lowered = KI.replace(",60,", ",55,").replace("Repairs on time", "Repairs completed on time");
        imports.importMeasures("5010-11", csv(HEADER + lowered + R1), new FrameworkEdit("perfmgr",
                FrameworkWay.FILE_ON_SCREEN, "Cabinet 12/09 agreed a lower target"));
        assertThat(lines(year)).hasSize(4).startsWith(
                "MEASURE KI 433 target 60 > 55 by perfmgr FILE_ON_SCREEN Cabinet 12/09 agreed a lower target",
                "MEASURE KI 433 title Repairs on time > Repairs completed on time by perfmgr FILE_ON_SCREEN"
                        + " Cabinet 12/09 agreed a lower target");

        // the same file again changes nothing, and keeps nothing
        imports.importMeasures("5010-11", csv(HEADER + lowered + R1), new FrameworkEdit("perf",
                FrameworkWay.API_FILE, "again"));
        assertThat(lines(year)).hasSize(4);

        // one bad row refuses the whole file: the good row's change is neither made nor kept
        String bad = HEADER + lowered.replace(",55,", ",50,") + R1.replace("LOWER_IS_BETTER", "SIDEWAYS");
        assertThatThrownBy(() -> imports.importMeasures("5010-11", csv(bad), new FrameworkEdit("perf",
                FrameworkWay.API_FILE, null))).isInstanceOf(ImportRejectedException.class);
        assertThat(lines(year)).hasSize(4);
    }

    @Test
    void aRemovalIsKeptWithItsTitleAndTheHistoryOutlivesTheMeasureAndCannotBeRewritten() {
        imports.importMeasures("5012-13", csv(HEADER + KI + R1), new FrameworkEdit("perf", FrameworkWay.API_FILE,
                null));
        ReportingYear year = years.find("5012-13").orElseThrow();
        removal.removeMeasure(year, "r-1", new FrameworkEdit("perfmgr", FrameworkWay.SCREEN, "Imported by mistake"));
        assertThat(jdbc.sql("select count(*) from measure where year_id = :y and code = 'R-1'")
                .param("y", year.id()).query(Integer.class).single()).isZero();
        assertThat(history.ofItem(year, "R-1", "perf")).extracting(this::line)
                .startsWith("MEASURE R-1 removed Potholes awaiting repair > null by perfmgr SCREEN Imported by mistake")
                .contains("MEASURE R-1 target 100 > null by perfmgr SCREEN Imported by mistake",
                "MEASURE R-1 rag_scheme TOLERANCE > null by perfmgr SCREEN Imported by mistake")
                .endsWith("MEASURE R-1 added null > Potholes awaiting repair by perf API_FILE null");
        int kept = lines(year).size();

        String event = " framework_event where year_id = " + year.id();
        assertThatThrownBy(() -> jdbc.sql("update" + event.replace(" where", " set changed_by = 'someone' where"))
                .update()).hasMessageContaining("kept as written");
        assertThatThrownBy(() -> jdbc.sql("delete from" + event).update()).hasMessageContaining("kept as written");
        assertThat(lines(year)).hasSize(kept);
    }

    @Test
    void aKeyActionChangeTheBandEdgesAndARolloverAreKept() {
        imports.importMeasures("5014-15", csv(HEADER + KI), new FrameworkEdit("perf", FrameworkWay.API_FILE, null));
        imports.importKeyActions("5014-15", csv(ACTIONS), new FrameworkEdit("perf", FrameworkWay.API_FILE, null));
        imports.importKeyActions("5014-15", csv(ACTIONS.replace("Bring empty", "Bring 200 empty")),
                new FrameworkEdit("perfmgr", FrameworkWay.API_FILE, "Scope agreed"));
        ReportingYear year = years.find("5014-15").orElseThrow();
        assertThat(lines(year).get(0)).isEqualTo("KEY_ACTION HKA-1 title Bring empty homes back into use > Bring 200"
                + " empty homes back into use by perfmgr API_FILE Scope agreed");

        bandEdges.save(year, BandEdges.parse("4;8;12"), new FrameworkEdit("perf", FrameworkWay.SCREEN, null));
        assertThat(lines(year).get(0)).isEqualTo("YEAR  band_edges 5;10;15 > 4;8;12 by perf SCREEN null");
        assertThat(history.ofYear(year, "perf").get(0).kind().words()).isEqualTo("year setting");

        rollover.rollover("5014-15", "5015-16", true, "perfmgr");
        assertThat(lines(years.find("5015-16").orElseThrow())).containsExactlyInAnyOrder(
                "YEAR  band_edges 5;10;15 > 4;8;12 by perfmgr ROLLOVER Rolled over from 5014/15",
                "MEASURE KI 433 added null > Repairs on time by perfmgr ROLLOVER Rolled over from 5014/15",
                "KEY_ACTION HKA-1 added null > Bring 200 empty homes back into use by perfmgr ROLLOVER Rolled over"
                        + " from 5014/15");
    }

    @Test
    void aCodeRespeltIsKeptForAKeyActionAsForAMeasure() {
        imports.importMeasures("5510-11", csv(HEADER + KI), new FrameworkEdit("perf", FrameworkWay.API_FILE, null));
        imports.importKeyActions("5510-11", csv(ACTIONS), new FrameworkEdit("perf", FrameworkWay.API_FILE, null));
        imports.importMeasures("5510-11", csv(HEADER + KI.replace("KI 433", "ki 433")),
                new FrameworkEdit("perfmgr", FrameworkWay.API_FILE, "House style"));
        imports.importKeyActions("5510-11", csv(ACTIONS.replace("HKA-1", "hka-1")),
                new FrameworkEdit("perfmgr", FrameworkWay.API_FILE, "House style"));
        ReportingYear year = years.find("5510-11").orElseThrow();
        assertThat(lines(year).subList(0, 2)).containsExactly(
                "KEY_ACTION hka-1 code HKA-1 > hka-1 by perfmgr API_FILE House style",
                "MEASURE ki 433 code KI 433 > ki 433 by perfmgr API_FILE House style");
    }

    @Test
    void aServiceMovedToAnotherDirectorateMovesEachOfItsMeasuresTheFileLeftOutToo() {
        String rent = KI.replace("KI 433,Repairs on time", "RC-1,Rent collected");
        imports.importMeasures("5018-19", csv(HEADER + KI + rent + R1), new FrameworkEdit("perf",
                FrameworkWay.API_FILE, null));
        ReportingYear year = years.find("5018-19").orElseThrow();
        imports.importMeasures("5018-19", csv(HEADER + KI.replace("Economy and Infrastructure", "Corporate Services")),
                new FrameworkEdit("perfmgr", FrameworkWay.FORM, "Housing joins Corporate Services"));
        assertThat(lines(year).subList(0, 2)).containsExactlyInAnyOrder(
                "MEASURE KI 433 directorate Economy and Infrastructure > Corporate Services by perfmgr FORM Housing"
                        + " joins Corporate Services",
                "MEASURE RC-1 directorate Economy and Infrastructure > Corporate Services by perfmgr FORM Housing"
                        + " joins Corporate Services");
        assertThat(lines(year)).hasSize(5); // R-1's service stays where it was
    }

    @Test
    void aServiceRenamedRenamesEachOfItsMeasuresTheFileLeftOutToo() {
        String header = HEADER.replace("rag_scheme\n", "rag_scheme,service_code\n");
        String ki = KI.replace("\n", ",HOU\n");
        String rent = ki.replace("KI 433,Repairs on time", "RC-1,Rent collected");
        imports.importMeasures("5540-41", csv(header + ki + rent), new FrameworkEdit("perf", FrameworkWay.API_FILE,
                null));
        ReportingYear year = years.find("5540-41").orElseThrow();
        imports.importMeasures("5540-41", csv(header + ki.replace(",Housing,", ",Housing Services,")),
                new FrameworkEdit("perfmgr", FrameworkWay.FORM, "New name from April"));
        assertThat(lines(year).subList(0, 2)).containsExactlyInAnyOrder(
                "MEASURE KI 433 service Housing > Housing Services by perfmgr FORM New name from April",
                "MEASURE RC-1 service Housing > Housing Services by perfmgr FORM New name from April");
    }

    @Test
    void onlyThePerformanceTeamAndAdministratorsReadIt() {
        imports.importMeasures("5016-17", csv(HEADER + KI), new FrameworkEdit("perf", FrameworkWay.API_FILE, null));
        ReportingYear year = years.find("5016-17").orElseThrow();
        assertThat(history.ofYear(year, "admin")).hasSize(1);
        for (String who : List.of("data.housing", "dir.housing", "reader", "ceo", "sd.economy")) {
            assertThatThrownBy(() -> history.ofYear(year, who)).as(who).isInstanceOf(NotAllowedException.class);
        }
        assertThatThrownBy(() -> new FrameworkEdit("perf", FrameworkWay.FORM, "x".repeat(1001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1000 characters");
    }

    private List<String> lines(ReportingYear year) {
        return history.ofYear(year, "perf").stream().map(this::line).toList();
    }

    private String line(FrameworkEvent e) {
        return e.kind() + " " + e.code() + " " + e.what() + " " + e.from() + " > " + e.to() + " by " + e.by() + " "
                + e.way() + " " + e.reason();
    }

    static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "file.csv");
    }
}
