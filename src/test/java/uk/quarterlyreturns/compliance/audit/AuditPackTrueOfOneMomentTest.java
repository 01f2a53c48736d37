package uk.quarterlyreturns.compliance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.api.ReturnsTable;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Once the pack has read returns.csv (its entry begun), and before it reads the rest, another person adds evidence to
 * Housing's return, submits it, and moves Highways' target. The pack is true of the moment it began: every part of it
 * is as the API gave it before the change (the return a draft in returns.csv and in its history, no new evidence, no
 * moved target), and its README names that moment. Year 5710.
 */
class AuditPackTrueOfOneMomentTest extends ApplicationTest {

    private static final byte[] COUNT = "Counted by hand, 3 July: 12 homes".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LATE = "Found later: 13 homes".getBytes(StandardCharsets.UTF_8);

    @Autowired ApplicationContext context;
    @Autowired AuditPack auditPack;
    @Autowired Evidence evidence;
    @Autowired ReturnWorkflow workflow;
    @Autowired FrameworkImport imports;
    @Autowired ReturnsTable returnsTable;

    @Test
    void aReturnSubmittedEvidenceAddedAndATargetMovedWhileThePackStreamsAreInNoPartOfIt() throws Exception {
        ReturnScenario scenario = AuditPackTest.open(context, 5710);
        scenario.awaitIssueNotices(); // else they may reach the history between its reading and the pack's moment
        long hf1 = scenario.measureId("HF-1");
        evidence.add(scenario.housing.id(), hf1, "count.txt", COUNT, "data.housing");
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        String quarter = "/api/years/" + scenario.year + "/quarters/2";
        String framework = "/api/years/" + scenario.year + "/framework/history";
        byte[] returnsBefore = returnsTable.csv(scenario.cycle);
        byte[] historyBefore = api().getBytes(quarter + "/returns/history").getBody();
        byte[] frameworkBefore = api().getBytes(framework).getBody();

        ChangesOnSight out = new ChangesOnSight("returns.csv", () -> {
            evidence.add(scenario.housing.id(), hf1, "late.txt", LATE, "data.housing");
            workflow.submit(scenario.housing.id(), "data.housing");
            moveHighwaysTarget(scenario);
        });
        auditPack.write(scenario.cycle, "perf", out);
        PackZip pack = PackZip.of(out.toByteArray());

        assertThat(out.changed).as("returns.csv was written").isTrue();
        assertThat(returnsTable.csv(scenario.cycle)).as("the return submitted").isNotEqualTo(returnsBefore);
        assertThat(api().getBytes(quarter + "/returns/history").getBody()).as("its history says so")
                .isNotEqualTo(historyBefore);
        assertThat(api().getBytes(framework).getBody()).as("the target moved").isNotEqualTo(frameworkBefore);
        assertThat(evidence.inCycle(scenario.cycle.id())).as("the evidence added").hasSize(2);

        assertThat(pack.get("returns.csv")).isEqualTo(returnsBefore);
        assertThat(pack.rows("returns.csv")).filteredOn(r -> r.get("service").equals("Housing"))
                .extracting(r -> r.get("submission")).containsExactly("NOT_IN");
        assertThat(new String(pack.get("returns-history.csv"), StandardCharsets.UTF_8))
                .isEqualTo(new String(historyBefore, StandardCharsets.UTF_8));
        assertThat(new String(pack.get("framework-history.csv"), StandardCharsets.UTF_8))
                .isEqualTo(new String(frameworkBefore, StandardCharsets.UTF_8));
        assertThat(pack.entries().keySet()).filteredOn(p -> p.startsWith("evidence/"))
                .containsExactly("evidence/Housing/HF-1/count.txt");
        assertThat(pack.rows("evidence.csv")).extracting(r -> r.get("file name")).containsExactly("count.txt");
        assertThat(new String(pack.get("README.txt"), StandardCharsets.UTF_8)).contains("True of that moment");
        AuditPackTest.manifestHashesEveryOtherEntryAsWritten(pack);
    }

    /** Highways' target moved from 90 to 85. */
    private void moveHighwaysTarget(ReturnScenario scenario) {
        try {
            String text = new ClassPathResource(AuditPackTest.TWO_SERVICES).getContentAsString(StandardCharsets.UTF_8)
                    .replace("SNAPSHOT,90,", "SNAPSHOT,85,");
            imports.importMeasures(scenario.year, TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Api api() {
        return new Api(url(""), "perf", "demo");
    }
}
