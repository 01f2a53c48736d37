package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Codes match in any letters, names did not: a row writing `housing` for Housing quietly made a second service, with no
 * director, and moved its measure there; so would a directorate or a theme, or a name with a double space. Such a row is
 * refused on its column, saying which name it matches. A name given exactly, and a service renamed by its
 * service_code into other letters, still go in; a service code in other letters is refused too. Years 6165
 * to 6168.
 */
class NameInOtherLettersTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme,service_code\n";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired Organisation organisation;

    @Test
    void aNameDifferingOnlyInLettersOrSpacesIsRefusedSayingWhichItMatches() {
        String year = ReportingYear.labelOf(6165);
        imports.importMeasures(year, csv(HEADER + row("NL-1", "Economy and Infrastructure", "Housing", "Ambitious", "")
                + row("NL-2", "Economy and Infrastructure", "Highways and Streetscene", "Ambitious", "")));
        long housing = measures.find(years.find(year).orElseThrow().id(), "NL-1").orElseThrow().serviceId();

        assertThatThrownBy(() -> imports.importMeasures(year, csv(HEADER
                + row("NL-1", "Economy and Infrastructure", "housing", "Ambitious", "")
                + row("NL-2", "economy and infrastructure", "Highways and  Streetscene", "AMBITIOUS", "")
                + row("NL-3", "Economy and Infrastructure", "Tenancy Support 6165", "Ambitious", "")
                + row("NL-4", "Economy and Infrastructure", "tenancy support 6165", "Ambitious", ""))))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::row, ImportError::column, ImportError::message).containsExactly(
                                tuple(2, "service", "Housing exists: write it as Housing, or give the service a name"
                                        + " of its own"),
                                tuple(3, "theme", "Ambitious exists: write it as Ambitious, or give the theme a name"
                                        + " of its own"),
                                tuple(3, "directorate", "Economy and Infrastructure exists: write it as Economy and"
                                        + " Infrastructure, or give the directorate a name of its own"),
                                tuple(5, "service", "Row 4 names it Tenancy Support 6165: write it as Tenancy Support"
                                        + " 6165, or give the service a name of its own")));
        assertThatThrownBy(() -> imports.importMeasures(year, csv(HEADER
                + row("NL-2", "Economy and Infrastructure", "Highways and  Streetscene", "Ambitious", ""))))
                .as("a double space").isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(
                        e.errors()).singleElement().extracting(ImportError::message).isEqualTo("Highways and"
                        + " Streetscene exists: write it as Highways and Streetscene, or give the service a name of"
                        + " its own"));
        String misspelt = HEADER + row("NL-1", "Economy and Infrastructure", "HOUSING", "Ambitious", "");
        assertThat(new Api(url(""), "perf", "demo").putCsv("/api/years/" + year + "/framework", misspelt).getBody())
                .as("the API as the screen").contains("Housing exists: write it as Housing");
        assertThatThrownBy(() -> imports.importKeyActions(year, csv("code,title,directorate,service,theme\n"
                + "NLA-1,Repairs plan,Economy and Infrastructure,housing,Ambitious\n")))
                .as("a key actions file").isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(
                        e.errors()).extracting(ImportError::column).containsExactly("service"));
        assertThat(measures.find(years.find(year).orElseThrow().id(), "NL-1").orElseThrow().serviceId())
                .as("nothing moved").isEqualTo(housing);
        assertThat(organisation.findService("housing")).as("no second Housing").isEmpty();
    }

    /** Its service_code says which service it is: the same service, its name now in other letters. */
    @Test
    void aServiceRenamedByItsCodeMayChangeItsLetters() {
        String year = ReportingYear.labelOf(6166);
        imports.importMeasures(year, csv(HEADER + row("NC-1", "Economy and Infrastructure", "Tenancy support 6166",
                "Ambitious", "TS6166")));
        long service = measures.find(years.find(year).orElseThrow().id(), "NC-1").orElseThrow().serviceId();

        imports.importMeasures(year, csv(HEADER + row("NC-1", "Economy and Infrastructure", "Tenancy Support 6166",
                "Ambitious", "TS6166")));
        Measure renamed = measures.find(years.find(year).orElseThrow().id(), "NC-1").orElseThrow();
        assertThat(renamed.serviceId()).isEqualTo(service);
        assertThat(renamed.definition().service()).isEqualTo("Tenancy Support 6166");
    }

    /**
     * Next year's file renames Tenancy support by its code, written `ts6167` for TS6167: matched exactly, the code was
     * not found, and a new service "Homes Support 6167" was made beside it, with no director, its measure moved there.
     * Refused, saying which code it matches; so is a later row writing an earlier row's code in other letters.
     */
    @Test
    void aServiceCodeDifferingOnlyInLettersIsRefusedSayingWhichItMatches() {
        String lastYear = ReportingYear.labelOf(6167);
        String year = ReportingYear.labelOf(6168);
        imports.importMeasures(lastYear, csv(HEADER + row("NS-1", "Economy and Infrastructure", "Tenancy support 6167",
                "Ambitious", "TS6167")));

        assertThatThrownBy(() -> imports.importMeasures(year, csv(HEADER
                + row("NS-1", "Economy and Infrastructure", "Homes Support 6167", "Ambitious", "ts6167")
                + row("NS-2", "Economy and Infrastructure", "Lettings 6167", "Ambitious", "LET6167")
                + row("NS-3", "Economy and Infrastructure", "Lettings 6167", "Ambitious", "let6167"))))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::row, ImportError::column, ImportError::message).containsExactly(
                                tuple(2, "service_code", "TS6167 exists: write it as TS6167, or give the service a"
                                        + " code of its own"),
                                tuple(4, "service_code", "Row 3 names it LET6167: write it as LET6167, or give the"
                                        + " service a code of its own")));
        assertThat(organisation.findService("Homes Support 6167")).as("no second service").isEmpty();

        imports.importMeasures(year, csv(HEADER + row("NS-1", "Economy and Infrastructure", "Homes Support 6167",
                "Ambitious", "TS6167")));
        assertThat(measures.find(years.find(year).orElseThrow().id(), "NS-1").orElseThrow().serviceId())
                .as("written exactly, the same service renamed").isEqualTo(measures.find(years.find(lastYear)
                        .orElseThrow().id(), "NS-1").orElseThrow().serviceId());
    }

    private static String row(String code, String directorate, String service, String theme, String serviceCode) {
        return code + ",Measure " + code + "," + directorate + "," + service + "," + theme
                + ",count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE," + serviceCode + "\n";
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
