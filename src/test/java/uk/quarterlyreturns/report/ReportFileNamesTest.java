package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The organisation's name as a report file's name starts: safe on any system, whatever the setting holds. */
class ReportFileNamesTest {

    @Test
    void theOrganisationsNameIsMadeSafeForAFileName() {
        assertThat(ReportFileNames.safe("Kirklees Council")).isEqualTo("kirklees-council-");
        assertThat(ReportFileNames.safe("Cyngor Sir Ynys Môn")).isEqualTo("cyngor-sir-ynys-mon-");
        assertThat(ReportFileNames.safe(" Brighton & Hove / \"City\" ..\\Council ")).isEqualTo(
                "brighton-hove-city-council-");
        assertThat(ReportFileNames.safe("مجلس")).as("no letter left to name it by").isEmpty();
        assertThat(ReportFileNames.safe("A".repeat(100))).hasSize(61);
    }
}
