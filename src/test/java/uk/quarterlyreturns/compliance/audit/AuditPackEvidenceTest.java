package uk.quarterlyreturns.compliance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.EvidenceFile;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.SqlStatements;

/**
 * The evidence in a quarter's audit pack: names nobody should trust land inside their folder, and each file is read
 * from the database only as it is written, never the quarter's evidence all at once; a file removed from a return is
 * in it still, marked removed, under the service whose return it was removed from. Years 5612, 5613, 5615, 7371 and
 * 7422.
 */
class AuditPackEvidenceTest extends ApplicationTest {

    private static final String FOLDER = "evidence/Housing/HF-1/";

    @Autowired ApplicationContext context;
    @Autowired Evidence evidence;
    @Autowired AuditPack auditPack;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnWorkflow workflow;
    @Autowired FrameworkImport imports;

    /** The upload keeps no folder in a name; these came another way (an older version, a database restore). */
    @Test
    void hostileFileNamesLandInsideTheirMeasuresFolderEachUnderANameOfItsOwn() throws Exception {
        ReturnScenario scenario = AuditPackTest.open(context, 5612);
        long measure = scenario.measureId("HF-1");
        evidence.add(scenario.housing.id(), measure, "count.txt", "first".getBytes(StandardCharsets.UTF_8),
                "data.housing");
        List<String> names = List.of("../../x", "a/b", "count.txt", "COUNT.TXT", "..", "/etc/passwd",
                "C:\\Windows\\win.ini", "...", ".hidden");
        for (String name : names) {
            keptStraightInTheDatabase(measure, name, ("content of " + name).getBytes(StandardCharsets.UTF_8));
        }

        PackZip pack = pack(scenario, new ByteArrayOutputStream());

        List<String> files = pack.entries().keySet().stream().filter(p -> p.startsWith("evidence/")).toList();
        assertThat(files).hasSize(names.size() + 1).allSatisfy(path -> {
            assertThat(path).startsWith(FOLDER).doesNotContain("\\").doesNotContain("..");
            assertThat(path.substring(FOLDER.length())).doesNotContain("/").doesNotStartWith(".").isNotBlank();
        });
        assertThat(files.stream().map(p -> p.toLowerCase(Locale.ROOT)).distinct()).as("none overwrites another")
                .hasSize(files.size());
        List<TabularRow> listed = pack.rows("evidence.csv");
        assertThat(listed).extracting(r -> r.get("file name")).containsAll(names);
        for (TabularRow row : listed) {
            // the file uploaded first keeps its name; the one of the same name after it is numbered
            String content = row.get("path in pack").equals(FOLDER + "count.txt") ? "first"
                    : "content of " + row.get("file name");
            assertThat(pack.get(row.get("path in pack"))).as(row.get("file name"))
                    .isEqualTo(content.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(files).contains(FOLDER + "count.txt", FOLDER + "count (2).txt", FOLDER + "COUNT (3).TXT");
        AuditPackTest.manifestHashesEveryOtherEntryAsWritten(pack);
        assertThat(checkedBySha256sum(pack)).as("sha256sum -c SHA256SUMS, as docs/audit.md says").isZero();
    }

    /**
     * The return accepted with a file behind HF-1, reopened for correction, and the file removed by the data officer
     * who added it: it leaves the return (its files, the API's list and download), a file of the same name may come
     * after it, and the pack holds both, the removed one under evidence-removed/ with who removed it and when.
     */
    @Test
    void aFileRemovedFromAReopenedReturnIsInThePackMarkedRemoved() throws Exception {
        ReturnScenario scenario = AuditPackTest.open(context, 7371);
        long measure = scenario.measureId("HF-1");
        byte[] first = "Counted by hand: 85".getBytes(StandardCharsets.UTF_8);
        EvidenceFile removed = evidence.add(scenario.housing.id(), measure, "count.txt", first, "data.housing");
        scenario.completeAndAccept();
        workflow.reopen(scenario.housing.id(), "perf", "HF-1 recounted after an audit of repairs data");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        evidence.remove(scenario.housing.id(), removed.id(), "data.housing");

        String path = "/api/years/" + scenario.year + "/quarters/2/measures/HF-1/evidence";
        Api director = new Api(url(""), "dir.housing", "demo");
        assertThat(evidence.of(measure, 2)).isEmpty();
        assertThat(evidence.forReturn(scenario.housing.id())).isEmpty();
        assertThat(evidence.download(removed.id(), "dir.housing")).isEmpty();
        assertThat(director.get(path).getBody()).isEqualTo("[]");
        assertThat(director.getBytes(path + "/" + removed.id()).getStatusCode().value()).isEqualTo(404);
        byte[] recount = "Recounted: 84".getBytes(StandardCharsets.UTF_8);
        EvidenceFile again = evidence.add(scenario.housing.id(), measure, "count.txt", recount, "data.housing");
        assertThat(evidence.of(measure, 2)).extracting(EvidenceFile::id).containsExactly(again.id());

        PackZip pack = pack(scenario, new ByteArrayOutputStream());

        assertThat(pack.get(FOLDER + "count.txt")).isEqualTo(recount);
        assertThat(pack.get("evidence-removed/Housing/HF-1/count.txt")).isEqualTo(first);
        Instant removedAt = jdbc.sql("select removed_at from measure_evidence where id = :id")
                .param("id", removed.id()).query(Timestamp.class).single().toInstant();
        List<TabularRow> rows = pack.rows("evidence.csv");
        assertThat(rows).extracting(r -> r.get("path in pack"), r -> r.get("removed by"), r -> r.get("removed at"))
                .containsExactly(tuple("evidence-removed/Housing/HF-1/count.txt", "data.housing",
                                LondonTime.EXPORTED.format(removedAt)),
                        tuple(FOLDER + "count.txt", "", ""));
        assertThat(rows.get(0).get("sha256")).isEqualTo(Evidence.sha256(first));
        assertThat(new String(pack.get("README.txt"), StandardCharsets.UTF_8)).contains("evidence-removed/");
        AuditPackTest.manifestHashesEveryOtherEntryAsWritten(pack);
    }

    /**
     * Housing's data officer removes a wrong file from behind HF-1 and keeps another; then HF-1 moves to Highways and
     * Streetscene mid-quarter, its figure and the file still kept going with it. The pack holds the kept file under
     * Highways and Streetscene, whose return now has it, and the removed one under Housing, the return it was removed
     * from: it was never in Highways and Streetscene's. So is a file whose removal was stored without its return (one
     * removed before V62), once V62's update has found the return by the entry the removal wrote in its history.
     */
    @Test
    void aFileRemovedBeforeItsMeasureMovedIsInThePackUnderTheReturnItWasRemovedFrom() throws Exception {
        ReturnScenario scenario = AuditPackTest.open(context, 7422);
        long measure = scenario.measureId("HF-1");
        byte[] wrong = "Week 2 by mistake".getBytes(StandardCharsets.UTF_8);
        byte[] kept = "Counted by hand: 85".getBytes(StandardCharsets.UTF_8);
        EvidenceFile removed = evidence.add(scenario.housing.id(), measure, "count.txt", wrong, "data.housing");
        evidence.remove(scenario.housing.id(), removed.id(), "data.housing");
        evidence.add(scenario.housing.id(), measure, "count.txt", kept, "data.housing");

        String moved = new ClassPathResource(AuditPackTest.TWO_SERVICES).getContentAsString(StandardCharsets.UTF_8)
                .replace("on time,Economy and Infrastructure,Housing,", "on time,Economy and Infrastructure,"
                        + "Highways and Streetscene,");
        imports.importMeasures(scenario.year, TabularFile.read(moved.getBytes(StandardCharsets.UTF_8), "f.csv"));

        PackZip pack = pack(scenario, new ByteArrayOutputStream());

        assertThat(pack.get("evidence/Highways and Streetscene/HF-1/count.txt")).isEqualTo(kept);
        assertThat(pack.get("evidence-removed/Housing/HF-1/count.txt")).isEqualTo(wrong);
        assertThat(pack.rows("evidence.csv")).extracting(r -> r.get("service"), r -> r.get("path in pack"),
                r -> r.get("removed by")).containsExactlyInAnyOrder(
                        tuple("Housing", "evidence-removed/Housing/HF-1/count.txt", "data.housing"),
                        tuple("Highways and Streetscene", "evidence/Highways and Streetscene/HF-1/count.txt", ""));
        AuditPackTest.manifestHashesEveryOtherEntryAsWritten(pack);

        String backfill = new String(getClass().getResourceAsStream(
                "/db/migration/V62__evidence_removed_from_return.sql").readAllBytes(), StandardCharsets.UTF_8)
                .split(";")[1];
        jdbc.sql("update measure_evidence set removed_from_return = null where id = :id").param("id", removed.id())
                .update();
        jdbc.sql(backfill.replace("where f.removed_at", "where f.id = " + removed.id() + " and f.removed_at"))
                .update();
        assertThat(pack(scenario, new ByteArrayOutputStream()).get("evidence-removed/Housing/HF-1/count.txt"))
                .isEqualTo(wrong);
    }

    /** The pack unpacked into a folder of its own and checked there as audit would check it: the exit code. */
    private static int checkedBySha256sum(PackZip pack) throws Exception {
        Path folder = Files.createTempDirectory("audit-pack");
        try {
            for (var entry : pack.entries().entrySet()) {
                Path file = folder.resolve(entry.getKey()).normalize();
                assertThat(file.startsWith(folder)).as(entry.getKey()).isTrue();
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
            Process check = new ProcessBuilder("sha256sum", "--quiet", "-c", "SHA256SUMS").directory(folder.toFile())
                    .redirectErrorStream(true).start();
            String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = check.waitFor();
            assertThat(said).as("nothing failed").isEmpty();
            return exit;
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    /**
     * While the first file is being written the second is changed in the database: the pack holds the second as it
     * was when the pack began, with the first (one moment, docs/audit.md), and its kept hash (evidence.csv) agrees
     * with the manifest's.
     */
    @Test
    void aFileChangedWhileThePackIsWrittenIsInItAsItWasWhenThePackBegan() throws Exception {
        ReturnScenario scenario = AuditPackTest.open(context, 5613);
        long measure = scenario.measureId("HF-1");
        byte[] before = "as uploaded".getBytes(StandardCharsets.UTF_8);
        byte[] after = "changed after upload".getBytes(StandardCharsets.UTF_8);
        evidence.add(scenario.housing.id(), measure, "first.txt", "one".getBytes(StandardCharsets.UTF_8),
                "data.housing");
        EvidenceFile second = evidence.add(scenario.housing.id(), measure, "second.txt", before, "data.housing");
        ChangesOnSight out = new ChangesOnSight(FOLDER + "first.txt", () -> jdbc.sql(
                "update measure_evidence set content = :c where id = :id").param("c", after)
                .param("id", second.id()).update());

        PackZip pack = pack(scenario, out);

        assertThat(out.changed).as("the first file was written").isTrue();
        assertThat(evidence.content(second.id())).as("the change committed").contains(after);
        assertThat(pack.get(FOLDER + "second.txt")).isEqualTo(before);
        assertThat(pack.rows("evidence.csv").get(1).get("sha256")).isEqualTo(Evidence.sha256(before));
        assertThat(pack.rows("manifest.csv").stream().filter(r -> r.get("path").equals(FOLDER + "second.txt"))
                .findFirst().orElseThrow().get("sha256")).isEqualTo(Evidence.sha256(before));
    }

    /**
     * Each file's bytes are read by a statement of their own, by the file's id, as the file is written (when the first
     * is written, only its bytes have been read), and no other statement of the pack reads any: a quarter's evidence,
     * hundreds of megabytes, is never in memory at once.
     */
    @Test
    void eachFilesBytesAreReadByThemselves() throws Exception {
        ReturnScenario scenario = AuditPackTest.open(context, 5615);
        long measure = scenario.measureId("HF-1");
        for (String name : List.of("one.txt", "two.txt", "three.txt")) {
            evidence.add(scenario.housing.id(), measure, name, name.getBytes(StandardCharsets.UTF_8), "data.housing");
        }

        AtomicLong readWhenTheFirstIsWritten = new AtomicLong(-1);
        SqlStatements.Seen<PackZip> seen = SqlStatements.during(() -> {
            List<String> sent = SqlStatements.soFar();
            try {
                return pack(scenario, new ChangesOnSight(FOLDER + "one.txt", () -> readWhenTheFirstIsWritten
                        .set(sent.stream().filter(sql -> sql.contains("measure_evidence")
                                && readsContent(sql)).count())));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(seen.result().entries().keySet()).filteredOn(p -> p.startsWith(FOLDER)).hasSize(3);
        assertThat(readWhenTheFirstIsWritten).as("files' bytes read when the first is written").hasValue(1);
        List<String> evidenceReads = seen.statements().stream()
                .filter(sql -> sql.toLowerCase(Locale.ROOT).contains("measure_evidence")).toList();
        assertThat(evidenceReads).filteredOn(AuditPackEvidenceTest::readsContent).as("one read of bytes a file")
                .hasSize(3).allSatisfy(sql -> assertThat(sql).containsIgnoringCase("where id = ?"));
        assertThat(evidenceReads).noneMatch(sql -> sql.contains("*"));
    }

    private static boolean readsContent(String sql) {
        return sql.toLowerCase(Locale.ROOT).matches("(?s)\\s*select\\b.*\\bcontent\\b.*\\bfrom\\b.*");
    }

    private PackZip pack(ReturnScenario scenario, ByteArrayOutputStream out) throws Exception {
        auditPack.write(scenario.cycle, "perf", out);
        return PackZip.of(out.toByteArray());
    }

    private void keptStraightInTheDatabase(long measureId, String name, byte[] content) {
        jdbc.sql("""
                insert into measure_evidence (measure_id, quarter, file_name, media_type, size_bytes, sha256, content,
                  uploaded_by, uploaded_at) values (:m, 2, :name, 'text/plain', :size, :sha, :content, 'data.housing',
                  :at)""").param("m", measureId).param("name", name).param("size", content.length)
                .param("sha", Evidence.sha256(content)).param("content", content)
                .param("at", Timestamp.from(Instant.now())).update();
    }
}
