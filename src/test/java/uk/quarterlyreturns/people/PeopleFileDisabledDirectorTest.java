package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Someone disabled cannot sign in: a people file naming them a service's director, in place of the one in post, would
 * leave the service nobody to sign off its returns while the import says all is well. Refused on the row, as the
 * services screen refuses it; a disabled director kept where they are in the file is no change, and goes through.
 */
class PeopleFileDisabledDirectorTest extends ApplicationTest {

    private static final String SERVICE = "Museums 3985";
    private static final String HEADER = "username,name,email,roles,service,directorate\n";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired UserAdministration admin;
    @Autowired PeopleService people;
    @Autowired PeopleFile peopleFile;

    @Test
    void aDisabledPersonIsNotMadeAServicesDirectorByAFile() {
        imports.importMeasures("3985-86", csv("code,title,directorate,service,theme,unit,polarity,frequency,"
                + "aggregation,target,floor,tolerance_pct,rag_scheme\nMU-3985,Visits,Economy and Infrastructure,"
                + SERVICE + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n"));
        long museums = organisation.findService(SERVICE).orElseThrow().id();
        admin.create(new UserFields("dir.3985", "Mo Inpost", "dir.3985@council.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), museums, null), "pear tree lane 3985", "admin");
        admin.create(new UserFields("gone.3985", "Gil Gone", "gone.3985@council.test", EnumSet.of(Role.READER), null,
                null), "pear tree lane 3985", "admin");
        admin.setEnabled("gone.3985", false, "admin");

        assertThatThrownBy(() -> peopleFile.importFile(csv(HEADER
                + "dir.3985,Mo Inpost,dir.3985@council.test,READER,,\n"
                + "gone.3985,Gil Gone,gone.3985@council.test,SERVICE_DIRECTOR," + SERVICE + ",\n"), "admin"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.row() + " " + err.column() + ": " + err.message())
                        .containsExactly("3 service: Gil Gone is disabled and cannot sign in, so as director of "
                                + SERVICE + " would leave nobody to sign off its returns: enable them under Users"
                                + " first"));
        assertThat(people.inService(museums, Role.SERVICE_DIRECTOR)).extracting(Person::username)
                .containsExactly("dir.3985");

        // Disabled in post, and kept there by the file: nothing changes for the service, so it goes through.
        admin.setEnabled("dir.3985", false, "admin");
        peopleFile.importFile(csv(HEADER + "dir.3985,Mo Inpost-Jones,dir.3985@council.test,SERVICE_DIRECTOR,"
                + SERVICE + ",\n"), "admin");
        assertThat(people.find("dir.3985").orElseThrow().displayName()).isEqualTo("Mo Inpost-Jones");
    }

    /** The Users screen's save refuses it alike, for a service with no director as for one with a director in post. */
    @Test
    void aDisabledPersonIsNotMadeAServicesDirectorOnTheUsersScreen() {
        imports.importMeasures("4024-25", csv("code,title,directorate,service,theme,unit,polarity,frequency,"
                + "aggregation,target,floor,tolerance_pct,rag_scheme\nLB-4024,Loans,Economy and Infrastructure,"
                + "Libraries 4024,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n"));
        long libraries = organisation.findService("Libraries 4024").orElseThrow().id();
        admin.create(new UserFields("gone.4024", "Gus Gone", "gone.4024@council.test", EnumSet.of(Role.READER), null,
                null), "pear tree lane 4024", "admin");
        admin.setEnabled("gone.4024", false, "admin");

        assertThatThrownBy(() -> admin.update(new UserFields("gone.4024", "Gus Gone", "gone.4024@council.test",
                EnumSet.of(Role.SERVICE_DIRECTOR), libraries, null), "admin"))
                .isInstanceOfSatisfying(UserRejectedException.class, e -> assertThat(e.problems())
                        .containsEntry(UserRejectedException.SERVICE, "Gus Gone is disabled and cannot sign in, so as"
                                + " director of Libraries 4024 would leave nobody to sign off its returns: enable them"
                                + " under Users first"));
        assertThat(people.inService(libraries, Role.SERVICE_DIRECTOR)).isEmpty();
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
