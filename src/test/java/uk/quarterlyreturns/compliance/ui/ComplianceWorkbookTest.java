package uk.quarterlyreturns.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.returns.ReturnStatus;

/**
 * The compliance table's spreadsheet gives a first submission late within the deadline's minute to the second, and
 * says, as the screen does, that the director it names is the director now.
 */
class ComplianceWorkbookTest {

    private static final Instant DEADLINE = Instant.parse("2017-10-20T16:00:00Z"); // 17:00, BST

    @Test
    void aReturnLateWithinTheDeadlinesMinuteGivesItsTimeToTheSecond() throws Exception {
        TabularFile sheet = TabularFile.read(ComplianceWorkbook.xlsx(List.of(
                row("Housing", "2017-10-20T16:00:25Z", false, null),
                row("Highways", "2017-10-20T15:59:40Z", true, null),
                row("Parks", "2017-10-27T16:00:10Z", false, Instant.parse("2017-10-27T16:00:00Z"))), DEADLINE),
                "c.xlsx");
        assertThat(sheet.rows()).extracting(r -> r.get("service"), r -> r.get("first_submitted")).containsExactly(
                org.assertj.core.api.Assertions.tuple("Housing", "20/10/2017 17:00:25"),
                org.assertj.core.api.Assertions.tuple("Highways", "20/10/2017 16:59"),
                org.assertj.core.api.Assertions.tuple("Parks", "27/10/2017 17:00:10"));
    }

    @Test
    void itsDirectorColumnSaysItIsTheDirectorNow() throws Exception {
        TabularFile sheet = TabularFile.read(ComplianceWorkbook.xlsx(List.of(
                row("Housing", "2017-10-20T15:00:00Z", true, null)), DEADLINE), "c.xlsx");
        assertThat(sheet.headers()).contains("director_now").doesNotContain("director");
        assertThat(sheet.rows().get(0).get("director_now")).isEqualTo("A Director");
    }

    private static ReturnCompliance row(String service, String submitted, boolean onTime, Instant extendedTo) {
        return new ReturnCompliance(1, 1, service, "Place", "A Director", ReturnStatus.SUBMITTED,
                Instant.parse(submitted), onTime, false, true, -1, 0, 0, null, null, extendedTo,
                extendedTo == null ? null : "Data late");
    }
}
