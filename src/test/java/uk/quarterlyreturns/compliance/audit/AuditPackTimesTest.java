package uk.quarterlyreturns.compliance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * An auditor reads the pack's files side by side: every London time in it is written one way, so one moment reads the
 * same in each file, and the README calls UTC only the file that is. Year 7363.
 */
class AuditPackTimesTest extends ApplicationTest {

    private static final List<String> LONDON_FILES = List.of("returns-history.csv", "framework-history.csv",
            "evidence.csv", "reports.csv", "report-returns.csv", "cycle-dates.csv");

    @Autowired ApplicationContext context;
    @Autowired Evidence evidence;

    @Test
    void oneUploadReadsTheSameInEveryFileAndOnlyTheUtcFileIsCalledUtc() throws Exception {
        ReturnScenario scenario = AuditPackTest.open(context, 7363);
        evidence.add(scenario.housing.id(), scenario.measureId("HF-1"), "count.txt", AuditPackTest.COUNT,
                "data.housing");

        PackZip pack = pack(scenario);

        String readme = new String(pack.get("README.txt"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        List<String> saidUtc = Arrays.stream(readme.split("\\. ")).filter(s -> s.contains("UTC")).toList();
        assertThat(saidUtc).isNotEmpty().allSatisfy(sentence -> {
            assertThat(sentence).contains("returns.csv");
            LONDON_FILES.forEach(file -> assertThat(sentence).doesNotContain(file));
        });
        String uploaded = pack.rows("evidence.csv").get(0).get("uploaded at");
        String added = pack.rows("returns-history.csv").stream().filter(r -> r.get("what").equals("Evidence added"))
                .map(r -> r.get("when")).findFirst().orElseThrow();
        // both files' times read by one pattern, a moment apart (the upload and its history entry each take the clock)
        Instant inEvidence = Instant.from(LondonTime.EXPORTED.parse(uploaded));
        Instant inHistory = Instant.from(LondonTime.EXPORTED.parse(added));
        assertThat(Duration.between(inEvidence, inHistory).abs()).isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    private PackZip pack(ReturnScenario scenario) {
        return PackZip.of(new Api(url(""), "perf", "demo").getBytes("/api/years/" + scenario.year
                + "/quarters/2/audit-pack").getBody());
    }
}
