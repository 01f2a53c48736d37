package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * GET .../actions gives the year's key actions in the columns PUT .../actions takes, so that the file imports again
 * with nothing changed, as CSV and as a workbook; to the same roles as GET .../framework. Year 7631.
 */
class KeyActionsExportApiTest extends ApplicationTest {

    private static final String YEAR = "7631-32";
    private static final String ACTIONS = "code,title,directorate,service,theme,outcome\n"
            + "HKA-1,\"Bring empty homes back into use, with \"\"Homes First\"\"\",Economy and Infrastructure,Housing,"
            + "Ambitious,More homes people can afford\n"
            + "HKA-2,Resurface the ring road,Economy and Infrastructure,Highways and Streetscene,Ambitious,\n";

    @Autowired FrameworkImport imports;

    @Test
    void theExportedKeyActionsImportAgainUnchanged() throws Exception {
        imports.importMeasures(YEAR, TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "f.csv"));
        imports.importKeyActions(YEAR, TabularFile.read(ACTIONS.getBytes(StandardCharsets.UTF_8), "a.csv"));
        Api perf = new Api(url(""), "perf", "demo");

        ResponseEntity<byte[]> csv = perf.getBytes("/api/years/" + YEAR + "/actions");
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"key-actions-" + YEAR + ".csv\"");
        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).isEqualTo(ACTIONS);
        assertThat(perf.put("/api/years/" + YEAR + "/actions", MediaTypes.CSV, csv.getBody()).getBody())
                .contains("\"changed\":0").contains("\"unchanged\":2");

        ResponseEntity<byte[]> xlsx = perf.getBytes("/api/years/" + YEAR + "/actions?format=xlsx");
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        TabularFile workbook = TabularFile.read(xlsx.getBody(), "a.xlsx");
        assertThat(workbook.headers()).containsExactly("code", "title", "directorate", "service", "theme", "outcome");
        assertThat(workbook.rows().get(0).get("outcome")).isEqualTo("More homes people can afford");
        assertThat(workbook.rows().get(1).get("outcome")).isEmpty();
        assertThat(perf.put("/api/years/" + YEAR + "/actions", MediaTypes.XLSX, xlsx.getBody()).getBody())
                .contains("\"changed\":0").contains("\"unchanged\":2");

        assertThat(perf.get("/api/years/" + YEAR + "/actions?format=pdf").getStatusCode().value()).isEqualTo(400);
        assertThat(perf.get("/api/years/7636-37/actions").getStatusCode().value()).isEqualTo(404);
        assertThat(new Api(url(""), "reader", "demo").get("/api/years/" + YEAR + "/actions").getStatusCode().value())
                .isEqualTo(403);
        assertThat(new Api(url(""), "dir.housing", "demo").get("/api/years/" + YEAR + "/actions").getStatusCode()
                .value()).isEqualTo(403);
    }
}
