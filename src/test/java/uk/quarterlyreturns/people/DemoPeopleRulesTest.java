package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The demo's people file (one role a row) goes through the people file's rules: a service has one director, only its
 * director and data officers belong to it, a data officer is never also its director, and a service sits in its own
 * directorate. All or nothing, naming every bad row and column. (The demo's own file loads under these rules
 * whenever the application starts on an empty database, as every test run's does.)
 */
class DemoPeopleRulesTest extends ApplicationTest {

    private static final String SERVICE = "Demo Rules 4116";
    private static final String HEADER = String.join(",", PeopleFileImport.COLUMNS) + "\n";

    @Autowired FrameworkImport imports;
    @Autowired PeopleFileImport demoFile;
    @Autowired PeopleService people;

    @Test
    void aDemoFileBreakingTheRolesOfAServiceIsRefusedRowByRowAndNothingIsCreated() {
        imports.importMeasures("4116-17", csv("code,title,directorate,service,theme,unit,polarity,frequency,"
                + "aggregation,target,floor,tolerance_pct,rag_scheme\nDR-4116,Visits,Economy and Infrastructure,"
                + SERVICE + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n"));
        String place = ",Economy and Infrastructure," + SERVICE + "\n";
        TabularFile file = csv(HEADER
                + "dir.a.4116,Ann Director,dir.a.4116@council.test,SERVICE_DIRECTOR" + place
                + "dir.b.4116,Bea Director,dir.b.4116@council.test,SERVICE_DIRECTOR" + place
                + "both.4116,Bo Both,both.4116@council.test,DATA_OFFICER;SERVICE_DIRECTOR" + place
                + "reader.4116,Rae Reader,reader.4116@council.test,READER" + place
                + "data.4116,Dee Data,data.4116@council.test,DATA_OFFICER,Corporate Services," + SERVICE + "\n"
                + "dir.housing,Imran Hussain,dir.housing@demo.council.test,SERVICE_DIRECTOR,,Housing\n");

        assertThatThrownBy(() -> demoFile.importFile(file, "a-long-password", true))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.row() + " " + err.column() + ": " + err.message())
                        .containsExactly(
                                "3 service: A service has one director: dir.a.4116 is its director on an earlier row",
                                "4 role: A data officer cannot sign off a return, so cannot also be a service director",
                                "4 service: A service has one director: dir.a.4116 is its director on an earlier row",
                                "5 service: Only a service director or data officer belongs to a service: leave it"
                                        + " empty",
                                "6 directorate: " + SERVICE + " sits in Economy and Infrastructure this year",
                                "7 username: There is already a user called dir.housing"));
        for (String username : new String[] {"dir.a.4116", "dir.b.4116", "both.4116", "reader.4116", "data.4116"}) {
            assertThat(people.find(username)).as(username).isEmpty();
        }
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "people.csv");
    }
}
