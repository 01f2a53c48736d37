package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.Workbooks;
import uk.quarterlyreturns.base.tabular.Workbooks.Formula;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.support.ApplicationTest;

/** A people file's mistakes are named where the person will look for them: the row and the column. */
class PeopleFileCellsTest extends ApplicationTest {

    private static final String FORMULA = "Formulas are not accepted: paste the value instead";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired UserAdministration admin;
    @Autowired PeopleFile peopleFile;

    /**
     * A workbook's formula reads as nothing: a directorate looked up beside a data officer's service would go in
     * unseen, and one in a name would be refused as a name left out. Each is named on its cell, as every other import
     * names it, and so is a value in a column with no header.
     */
    @Test
    void aFormulaIsRefusedOnItsRowAndColumn() {
        housing("6182-83", "Housing 6182");
        byte[] workbook = Workbooks.xlsx(
                new Object[] {"username", "name", "email", "roles", "service", "directorate"},
                new Object[] {"dora.6182", "Dora Data", "dora.6182@council.test", "DATA_OFFICER", "Housing 6182",
                        new Formula("VLOOKUP(E2,H1:I9,2,FALSE)")},
                new Object[] {"fred.6182", new Formula("PROPER(A3)"), "fred.6182@council.test", "READER"},
                new Object[] {"gail.6182", "Gail Reader", "gail.6182@council.test", "READER", null, null, "stray"});

        assertThatThrownBy(() -> peopleFile.importFile(TabularFile.read(workbook, "people.xlsx"), "admin"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).containsExactly(
                        new ImportError(2, "directorate", FORMULA),
                        new ImportError(3, "name", FORMULA),
                        new ImportError(4, null, "Column 7 has no header but this row has a value in it (\"stray\"):"
                                + " check for a comma inside a value, or give the column a header")));
    }

    /** A second director for a service is the row naming them's mistake, not the header's. */
    @Test
    void aSecondDirectorForAServiceIsRefusedOnTheRowNamingThem() {
        long housing = housing("6181-82", "Housing 6181");
        admin.create(new UserFields("alice.6181", "Alice Inpost", "alice.6181@council.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), housing, null), "pear tree lane 6181", "admin");

        assertThatThrownBy(() -> peopleFile.importFile(csv("username,name,email,roles,service,directorate\n"
                + "carl.6181,Carl Reader,carl.6181@council.test,READER,,\n"
                + "dina.6181,Dina Reader,dina.6181@council.test,READER,,\n"
                + "ed.6181,Ed Reader,ed.6181@council.test,READER,,\n"
                + "bob.6181,Bob Newcome,bob.6181@council.test,SERVICE_DIRECTOR,Housing 6181,\n"), "admin"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).containsExactly(new ImportError(5, "service", "The director of Housing 6181"
                            + " is already Alice Inpost: move them in the same file, or under Services and people"));
                    assertThat(e).hasMessage("1 row has errors; nothing was imported");
                });
    }

    private long housing(String year, String service) {
        imports.importMeasures(year, csv("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
                + "target,floor,tolerance_pct,rag_scheme\nHO-" + year + ",Homes let,Economy and Infrastructure,"
                + service + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n"));
        return organisation.findService(service).orElseThrow().id();
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "people.csv");
    }
}
