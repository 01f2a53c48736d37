package uk.quarterlyreturns.compliance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.cycle.CycleReports;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.api.ReturnsTable;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.chasing.CycleDateChanges;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.people.PeopleService;

/**
 * A quarter's audit pack over the API: Housing's return accepted with a piece of evidence, Highways' not in, a
 * target moved and the report compiled. Everything is in it as the API and the stores give it, each entry's hash in
 * the manifest; it is only for the performance team and administrators. Years 5610 and 5611.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditPackTest extends ApplicationTest {

    static final String TWO_SERVICES = "fixtures/framework-two-services.csv";
    static final byte[] COUNT = "Counted by hand, 3 July: 12 homes".getBytes(StandardCharsets.UTF_8);

    @Autowired ApplicationContext context;
    @Autowired Evidence evidence;
    @Autowired FrameworkImport imports;
    @Autowired CycleReports reports;
    @Autowired ReportVersions versions;
    @Autowired ObjectMapper json;
    @Autowired CycleDateChanges dateChanges;
    @Autowired CycleRepository cycles;
    @Autowired PeopleService people;

    @Test
    void thePackHoldsTheQuarterAsTheApiGivesItWithEveryEntryHashedInTheManifest(CapturedOutput output)
            throws Exception {
        ReturnScenario scenario = open(5610);
        evidence.add(scenario.housing.id(), scenario.measureId("HF-1"), "count.txt", COUNT, "data.housing");
        scenario.completeAndAccept();
        moveHighwaysTarget(scenario);
        Cycle cycle = cycles.find(scenario.cycle.id()).orElseThrow();
        dateChanges.change(cycle.id(), people.find("perf").orElseThrow(), cycle.submissionDeadline(),
                cycle.compilationDate().plus(java.time.Duration.ofDays(1)), "Cabinet a day later",
                cycle.submissionDeadline(), cycle.compilationDate(), true);
        reports.compile(scenario.cycle.id());
        String quarter = "/api/years/" + scenario.year + "/quarters/2";

        ResponseEntity<byte[]> got = api("perf").getBytes(quarter + "/audit-pack");

        assertThat(got.getStatusCode().value()).isEqualTo(200);
        assertThat(got.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        assertThat(got.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"audit-pack-5610-11-q2.zip\"");
        PackZip pack = PackZip.of(got.getBody());
        String report = "reports/kirklees-council-corporate-performance-report-5610-11-q2-v1";
        assertThat(pack.entries().keySet()).containsExactly("README.txt", "returns.csv", "returns-history.csv",
                "framework-history.csv", "evidence/Housing/HF-1/count.txt", "evidence.csv", report + ".pdf",
                report + ".xlsx", "reports.csv", "report-returns.csv", "cycle-dates.csv", "SHA256SUMS", "manifest.csv");
        assertThat(new String(pack.get("README.txt"), StandardCharsets.UTF_8)).contains("Q2 5610/11")
                .contains("Performance Officer (perf)").contains("sha256sum");

        returnsAsTheApiGivesThem(pack, api("perf").get(quarter + "/returns").getBody());
        assertThat(pack.get("returns-history.csv")).isEqualTo(api("perf").getBytes(quarter + "/returns/history")
                .getBody());
        byte[] framework = api("perf").getBytes("/api/years/" + scenario.year + "/framework/history").getBody();
        assertThat(pack.get("framework-history.csv")).isEqualTo(framework);
        assertThat(new String(framework, StandardCharsets.UTF_8)).as("the target moved").contains("HW-1");

        assertThat(pack.get("evidence/Housing/HF-1/count.txt")).isEqualTo(COUNT);
        TabularRow file = pack.rows("evidence.csv").get(0);
        assertThat(List.of(file.get("service"), file.get("measure code"), file.get("file name"),
                file.get("path in pack"), file.get("size"), file.get("sha256"), file.get("uploaded by")))
                .containsExactly("Housing", "HF-1", "count.txt", "evidence/Housing/HF-1/count.txt",
                        String.valueOf(COUNT.length), Evidence.sha256(COUNT), "data.housing");
        // every time in the pack as the histories give theirs: London time with the offset, not UTC
        String londonWithOffset = "\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d";
        assertThat(file.get("uploaded at")).matches(londonWithOffset);

        ReportVersion v1 = versions.forCycle(scenario.cycle.id()).get(0);
        assertThat(pack.get(report + ".pdf")).isEqualTo(versions.pdf(v1.id()));
        assertThat(pack.get(report + ".xlsx")).isEqualTo(versions.xlsx(v1.id()));
        TabularRow version = pack.rows("reports.csv").get(0);
        assertThat(List.of(version.get("version"), version.get("status"), version.get("pdf sha256"),
                version.get("xlsx sha256"))).containsExactly("1", v1.status().name(), v1.pdfSha256(),
                v1.xlsxSha256());
        assertThat(version.get("compiled at")).isEqualTo(LondonTime.EXPORTED.format(v1.compiledAt()))
                .matches(londonWithOffset);
        assertThat(Evidence.sha256(pack.get(report + ".pdf"))).as("the stored hash holds").isEqualTo(v1.pdfSha256());

        assertThat(pack.rows("cycle-dates.csv")).extracting(r -> r.get("what"), r -> r.get("by"), r -> r.get("reason"))
                .containsExactly(tuple("opened", "perf", ""), tuple("changed", "perf", "Cabinet a day later"));
        assertThat(pack.rows("cycle-dates.csv").get(1).get("compilation_date"))
                .matches(londonWithOffset);

        manifestHashesEveryOtherEntryAsWritten(pack);
        assertThat(output.getOut()).as("the making recorded").contains("perf made the audit pack of Q2 5610/11");
    }

    @Test
    void theWrongRolesAreRefusedAndAQuarterWithNoCycleIsNotFound() throws Exception {
        ReturnScenario scenario = open(5611);
        evidence.add(scenario.housing.id(), scenario.measureId("HF-1"), "count.txt", COUNT, "data.housing");
        String path = "/api/years/" + scenario.year + "/quarters/2/audit-pack";
        for (String who : List.of("data.housing", "dir.housing", "reader", "ceo", "sd.economy")) {
            ResponseEntity<byte[]> refused = api(who).getBytes(path);
            assertThat(refused.getStatusCode().value()).as(who).isEqualTo(403);
            assertThat(new String(refused.getBody(), StandardCharsets.UTF_8)).as(who).doesNotContain("Counted")
                    .doesNotStartWith("PK");
        }
        assertThat(api("admin").getBytes(path).getStatusCode().value()).isEqualTo(200);
        assertThat(api("perf").getBytes(path.replace("quarters/2", "quarters/3")).getStatusCode().value())
                .as("no Q3 cycle").isEqualTo(404);
        assertThat(api("perf").getBytes("/api/years/5699-00/quarters/2/audit-pack").getStatusCode().value())
                .as("no such year").isEqualTo(404);
        assertThat(api("perf").get("/v3/api-docs").getBody()).as("described")
                .contains("/api/years/{year}/quarters/{quarter}/audit-pack");
    }

    static ReturnScenario open(ApplicationContext context, int year) throws Exception {
        return ReturnScenario.open(context, year, TWO_SERVICES, "fixtures/actions-form.csv",
                Map.of("HF-1", "70", "HF-2", "50"), 2);
    }

    private ReturnScenario open(int year) throws Exception {
        return open(context, year);
    }

    /** Highways' target moved from 90 to 85 during the quarter: a change in the framework's history. */
    private void moveHighwaysTarget(ReturnScenario scenario) throws Exception {
        String text = new ClassPathResource(TWO_SERVICES).getContentAsString(StandardCharsets.UTF_8)
                .replace("SNAPSHOT,90,", "SNAPSHOT,85,");
        imports.importMeasures(scenario.year, TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv"));
    }

    /** Each return's row holds the API's value in every column the API gives as one value. */
    private void returnsAsTheApiGivesThem(PackZip pack, String apiJson) throws Exception {
        JsonNode returns = json.readTree(apiJson);
        List<TabularRow> rows = pack.rows("returns.csv");
        assertThat(rows).hasSize(2).hasSize(returns.size());
        Map<String, TabularRow> byId = rows.stream().collect(Collectors.toMap(r -> r.get("id"), r -> r));
        for (JsonNode r : returns) {
            TabularRow row = byId.get(r.get("id").asText());
            for (String column : ReturnsTable.COLUMNS) {
                if (r.has(column) && !r.get(column).isContainerNode()) {
                    String expected = r.get(column).isNull() ? "" : r.get(column).asText();
                    assertThat(text(row.get(column))).as(r.get("service").asText() + " " + column)
                            .isEqualTo(expected);
                }
            }
        }
        TabularRow housing = byId.values().stream().filter(r -> r.get("service").equals("Housing")).findFirst()
                .orElseThrow();
        assertThat(List.of(housing.get("status"), housing.get("submission"), housing.get("submittedBy"),
                housing.get("signedOffBy"), housing.get("acceptedBy"))).containsExactly("ACCEPTED", "ON_TIME",
                "data.housing", "dir.housing", "perf");
        TabularRow highways = byId.values().stream().filter(r -> !r.get("service").equals("Housing")).findFirst()
                .orElseThrow();
        assertThat(highways.get("submission")).isEqualTo("NOT_IN");
    }

    static void manifestHashesEveryOtherEntryAsWritten(PackZip pack) {
        List<TabularRow> manifest = pack.rows("manifest.csv");
        assertThat(manifest).extracting(r -> r.get("path")).containsExactlyElementsOf(pack.entries().keySet()
                .stream().filter(p -> !p.equals("manifest.csv")).toList());
        for (TabularRow entry : manifest) {
            byte[] bytes = pack.get(entry.get("path"));
            assertThat(entry.get("size")).as(entry.get("path")).isEqualTo(String.valueOf(bytes.length));
            assertThat(entry.get("sha256")).as(entry.get("path")).isEqualTo(Evidence.sha256(bytes));
        }
        assertThat(new String(pack.get("SHA256SUMS"), StandardCharsets.UTF_8)).as("as sha256sum writes them")
                .isEqualTo(manifest.stream().filter(r -> !r.get("path").equals("SHA256SUMS"))
                        .map(r -> r.get("sha256") + "  " + r.get("path") + "\n").collect(Collectors.joining()));
    }

    private static String text(String cell) {
        return cell == null ? "" : cell;
    }

    private Api api(String who) {
        return new Api(url(""), who, "demo");
    }
}
