package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ImportResult;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.HeldImports;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.LockWaits;

/**
 * The framework and values API with rows typed from Kirklees Council's published Q2 2017/18 report and Kent-style target and
 * floor rows. Expected RAGs are worked out by hand from the rules of docs/rag.md (FIVE_POINT edges 5;10;15).
 */
class FrameworkApiTest extends ApplicationTest {

    @Autowired FrameworkImport imports;
    @Autowired TransactionTemplate transactions;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private Api perf;

    @BeforeEach
    void signIn() {
        perf = new Api(url(""), "perf", "demo");
    }

    @Test
    void importedMeasuresReadBackWithTheRagsTheRulesDefine() throws Exception {
        String year = "2018-19";
        assertThat(perf.putCsv("/api/years/" + year + "/framework", fixture("framework-sample.csv")).getStatusCode()
                .value()).isEqualTo(200);
        assertThat(perf.putCsv("/api/years/" + year + "/history", fixture("history-sample.csv")).getStatusCode()
                .value()).isEqualTo(200);
        // history for "the same quarter last year" uses the year before 2018-19
        assertThat(perf.putCsv("/api/years/" + year + "/quarters/1/values", fixture("values-sample-q1.csv"))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(perf.putCsv("/api/years/" + year + "/quarters/2/values", fixture("values-sample-q2.csv"))
                .getStatusCode().value()).isEqualTo(200);

        Map<String, JsonNode> q2 = measures(year, 2);
        // 1.1: cumulative 62 + 60 = 122 against 50% of 250 = 125: shortfall 2.4% -> Amber/Green (printed R/A)
        assertRow(q2, "1.1", "AMBER_GREEN", "122", "125");
        assertThat(q2.get("1.1").get("direction").asText()).isEqualTo("IMPROVED"); // 60 against 55 in Q2 2017-18
        assertThat(q2.get("1.1").get("comparedWith").get("value").decimalValue()).isEqualByComparingTo("55");
        assertThat(q2.get("1.1").get("comparedWith").get("period").asText()).isEqualTo("Q2 2017/18");
        assertThat(q2.get("1.1").get("comparedWith").get("basis").asText()).isEqualTo("same quarter last year");
        // 1.3: 90.47, judged as the 90.5 it prints at its 1 decimal place, against 70, higher is better -> Green,
        // up from 90
        assertRow(q2, "1.3", "GREEN", "90.5", "70");
        assertThat(q2.get("1.3").get("direction").asText()).isEqualTo("IMPROVED");
        // 1.15: 82 against 100 -> shortfall 18% -> Red (printed R/A), unchanged from 82
        assertRow(q2, "1.15", "RED", "82", "100");
        assertThat(q2.get("1.15").get("direction").asText()).isEqualTo("UNCHANGED");
        // 3.1: 65.3 against 60, lower is better -> shortfall 8.83% -> Amber (printed G), down from 67.3: improved
        assertRow(q2, "3.1", "AMBER", "65.3", "60");
        assertThat(q2.get("3.1").get("direction").asText()).isEqualTo("IMPROVED");
        assertThat(q2.get("3.1").get("comparedWith").get("period").asText()).isEqualTo("Q1 2018/19");
        // 1.12: expected but absent after the quarter closed -> Missing
        assertThat(q2.get("1.12").get("rag").asText()).isEqualTo("MISSING");
        assertThat(q2.get("1.12").get("comparedWith").isNull()).isTrue();
        // 1.10: annual, due in Q3 -> Not due
        assertThat(q2.get("1.10").get("rag").asText()).isEqualTo("NOT_DUE");
        // 1.4: no target -> no RAG
        assertThat(q2.get("1.4").get("rag").asText()).isEqualTo("NONE");
        // T-2: target to be agreed -> no RAG
        assertThat(q2.get("T-2").get("rag").asText()).isEqualTo("NONE");
        // K-CS04: Kent target 95, floor 90; exactly on the floor -> Amber
        assertRow(q2, "K-CS04", "AMBER", "90", "95");
        // T-1: tolerance 10%: 72 against 80 is exactly 10% short -> Amber
        assertRow(q2, "T-1", "AMBER", "72", "80");
        // K-A01: activity indicator 7600 above its 5500-7500 range
        assertThat(q2.get("K-A01").get("activity").asText()).isEqualTo("ABOVE_RANGE");
        assertThat(q2.get("1.3").get("ragOverride").isNull()).isTrue();
        assertThat(q2.get("1.3").get("ragComputed").asText()).isEqualTo("GREEN");
        // no number either way, but a target still to agree is not "No target"
        assertThat(q2.get("T-2").get("target").isNull()).isTrue();
        assertThat(q2.get("T-2").get("targetKind").asText()).isEqualTo("TBA");
        assertThat(q2.get("1.4").get("targetKind").asText()).isEqualTo("NO_TARGET");
        assertThat(q2.get("T-1").get("targetKind").asText()).isEqualTo("VALUE");

        Map<String, JsonNode> q1 = measures(year, 1);
        // T-1 in Q1 came as 380 / 500 with no value: 76.00%, 5% short of 80 -> Amber under a 10% tolerance
        assertRow(q1, "T-1", "AMBER", "76", "80");
        // 1.1 in Q1: 62 against 25% of 250 = 62.5: shortfall 0.8% -> Amber/Green
        assertRow(q1, "1.1", "AMBER_GREEN", "62", "62.5");
    }

    @Test
    void aRateSentAsNumeratorAndDenominatorIsStoredPerItsBaseAndRated() throws Exception {
        String year = "2071-72";
        assertThat(perf.putCsv("/api/years/" + year + "/framework", fixture("framework-sample.csv")).getStatusCode()
                .value()).isEqualTo(200);
        // 3.1 is a rate per 10k: 469 children in a population of 67,000 is 70.0 per 10k
        assertThat(perf.putCsv("/api/years/" + year + "/quarters/1/values",
                "code,value,numerator,denominator\n3.1,,469,67000\nK-A01,7000,,\n").getStatusCode().value())
                .isEqualTo(200);

        Map<String, JsonNode> q1 = measures(year, 1);
        // 70 against 60, lower is better: shortfall 16.7%, beyond the 15% edge -> Red
        assertRow(q1, "3.1", "RED", "70", "60");
        assertThat(q1.get("3.1").get("value").decimalValue()).isEqualByComparingTo("70.0");
    }

    @Test
    void wholeNumbersAreWrittenInFullNotInExponentForm() {
        String year = "2072-73";
        assertThat(perf.putCsv("/api/years/" + year + "/framework", fixture("framework-sample.csv")).getStatusCode()
                .value()).isEqualTo(200);
        assertThat(perf.putCsv("/api/years/" + year + "/quarters/1/values", "code,value\nK-A01,7000\n3.1,60\n")
                .getStatusCode().value()).isEqualTo(200);

        String body = perf.get("/api/years/" + year + "/quarters/1/measures").getBody();
        assertThat(body).contains("\"value\":7000,").contains("\"target\":60,").doesNotContain("E+");
    }

    @Test
    void aValuesFileWithABlankRowNamesTheRowAsTheFileNumbersIt() {
        String year = "2073-74";
        assertThat(perf.putCsv("/api/years/" + year + "/framework", fixture("framework-sample.csv")).getStatusCode()
                .value()).isEqualTo(200);
        ResponseEntity<String> response = perf.putCsv("/api/years/" + year + "/quarters/1/values",
                "code,value\n1.1,62\n\nNOPE,5\n");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        JsonNode errors = body(response).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(4); // the header, 1.1, the blank row, then NOPE
        assertThat(errors.get(0).get("column").asText()).isEqualTo("code");
        assertThat(errors.get(0).get("message").asText()).contains("No measure NOPE");
    }

    @Test
    void reimportingTheSameFileChangesNothingAndTheExportRoundTrips() {
        String year = "2019-20";
        String original = fixture("framework-sample.csv");
        JsonNode first = body(perf.putCsv("/api/years/" + year + "/framework", original));
        assertThat(first.get("rows").asInt()).isEqualTo(11);
        assertThat(first.get("changed").asInt()).isEqualTo(11);
        JsonNode second = body(perf.putCsv("/api/years/" + year + "/framework", original));
        assertThat(second.get("changed").asInt()).isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(11);

        String exported = perf.get("/api/years/" + year + "/framework").getBody();
        assertThat(exported).isEqualTo(original);
    }

    /**
     * A "revised framework" leaving measures out does not retire them: the answer names them (the first five, then
     * how many more) and says how to stop reporting one. Nothing said so, and those measures stayed due unseen.
     */
    @Test
    void aFileLeavingOutSomeOfTheYearsMeasuresSaysTheyStay() {
        String year = "2990-91";
        String header = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme\n";
        StringBuilder all = new StringBuilder(header);
        for (int i = 1; i <= 8; i++) {
            all.append("LO-").append(i).append(",Kept ").append(i).append(",Economy and Infrastructure,Left Out 2990,"
                    + "Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,5,,10,TOLERANCE\n");
        }
        assertThat(body(perf.putCsv("/api/years/" + year + "/framework", all.toString())).get("notes").toString())
                .doesNotContain("not in this file");

        String second = all.toString().lines().skip(2).limit(1).collect(Collectors.joining());
        JsonNode partial = body(perf.putCsv("/api/years/" + year + "/framework", header + second + "\n"));
        assertThat(partial.get("notes")).extracting(JsonNode::asText).contains("7 of the 2990/91 framework's measures"
                + " are not in this file and stay as they were: LO-1, LO-3, LO-4, LO-5, LO-6 and 2 more. A file changes"
                + " only the measures it names; to stop reporting one, remove it on the Framework screen (a measure"
                + " already holding figures this year stays until next year's framework), or give it the quarter of"
                + " its last return in reported_until.");
    }

    /** The service code, once given, stays with the service: a later file without the column changes nothing. */
    @Test
    void aFileWithoutTheServiceCodeColumnChangesNothingOfAFrameworkThatGaveIt() {
        String year = "2988-89";
        String header = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme";
        String row = "SC-1,Repairs on time,Economy and Infrastructure,Coded Repairs,Ambitious,%,HIGHER_IS_BETTER,"
                + "QUARTERLY,SNAPSHOT,80,,10,TOLERANCE";
        body(perf.putCsv("/api/years/" + year + "/framework", header + ",service_code\n" + row + ",REP\n"));

        JsonNode again = body(perf.putCsv("/api/years/" + year + "/framework", header + "\n" + row + "\n"));
        assertThat(again.get("changed").asInt()).as("the screen's \"new or changed\"").isZero();
        assertThat(perf.get("/api/years/" + year + "/framework").getBody()).endsWith(",REP\n");
    }

    /**
     * A restructure renames a directorate: the answer names the new directorate with no strategic director and the
     * strategic director left with the old one, imports it all the same, and says nothing once they are moved.
     */
    @Test
    void aRenamedDirectorateIsNamedWithTheStrategicDirectorLeftBehind() {
        String header = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,"
                + "tolerance_pct,rag_scheme\n";
        String row = ",Lock Gates 3003,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,5,,10,TOLERANCE\n";
        body(perf.putCsv("/api/years/3003-04/framework", header + "LG-1,Gates mended,Waterways 3003" + row));
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, directorate_id)
                select 'sd3003', 'Wren Lockkeeper', 'x', id from directorate where name = 'Waterways 3003'""").update();
        jdbc.sql("insert into user_role (username, role) values ('sd3003', 'STRATEGIC_DIRECTOR')").update();

        JsonNode renamed = body(perf.putCsv("/api/years/3004-05/framework", header
                + "LG-1,Gates mended,Rivers and Canals 3004" + row));
        assertThat(renamed.get("changed").asInt()).isEqualTo(1);
        assertThat(renamed.get("notes").get(0).asText())
                .contains("With no strategic director in 3004/05: ")
                .contains("Rivers and Canals 3004")
                .contains("Strategic directors of directorates not in the 3004/05 framework: ")
                .contains("Wren Lockkeeper (Waterways 3003)")
                .contains("move them under Users");

        jdbc.sql("""
                update app_user set directorate_id = (select id from directorate where name = 'Rivers and Canals 3004')
                where username = 'sd3003'""").update();
        assertThat(body(perf.putCsv("/api/years/3004-05/framework", header + "LG-1,Gates mended,Rivers and Canals 3004"
                + row)).get("notes").toString()).doesNotContain("Rivers and Canals 3004", "Wren Lockkeeper");
    }

    @Test
    void oneBadRowAmongFiftyRejectsTheFileNamesTheRowAndChangesNothing() {
        String year = "2020-21";
        assertThat(perf.putCsv("/api/years/" + year + "/framework", fixture("framework-sample.csv"))
                .getStatusCode().value()).isEqualTo(200);
        String before = perf.get("/api/years/" + year + "/framework").getBody();

        StringBuilder file = new StringBuilder(fixture("framework-sample.csv").lines().findFirst().orElseThrow())
                .append('\n');
        for (int i = 1; i <= 50; i++) {
            String polarity = i == 26 ? "UPWARDS" : "HIGHER_IS_BETTER";
            file.append("N-").append(i).append(",New measure ").append(i)
                    .append(",Corporate Services,Customer and Exchequer Services,Ambitious,COUNT,").append(polarity)
                    .append(",QUARTERLY,SNAPSHOT,10,,,FIVE_POINT,,,4,25,50,75,100,,,0,\n");
        }
        ResponseEntity<String> response = perf.putCsv("/api/years/" + year + "/framework", file.toString());
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        JsonNode errors = body(response).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(27); // header is row 1, N-26 is row 27
        assertThat(errors.get(0).get("column").asText()).isEqualTo("polarity");
        assertThat(errors.get(0).get("message").asText()).contains("HIGHER_IS_BETTER");
        assertThat(perf.get("/api/years/" + year + "/framework").getBody()).isEqualTo(before);
    }

    /** A cumulative target is due in full by the end of the year: a profile_q4 short of 100 rejects the file. */
    @Test
    void aProfileShortOfTheWholeTargetInQ4RejectsTheFileAndChangesNothing() {
        String year = "3924-25";
        assertThat(perf.putCsv("/api/years/" + year + "/framework", fixture("framework-sample.csv"))
                .getStatusCode().value()).isEqualTo(200);
        String before = perf.get("/api/years/" + year + "/framework").getBody();
        String header = fixture("framework-sample.csv").lines().findFirst().orElseThrow();
        String row = ",Corporate Services,Customer and Exchequer Services,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "CUMULATIVE,100,,,FIVE_POINT,,,4,";

        ResponseEntity<String> response = perf.putCsv("/api/years/" + year + "/framework", header + "\n"
                + "P-1,Profiled in full" + row + "20,40,60,100,,,0,\n"
                + "P-2,Profiled short" + row + "20,40,60,90,,,0,\n");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        JsonNode errors = body(response).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("profile_q4");
        assertThat(errors.get(0).get("message").asText())
                .isEqualTo("profile_q4 must be 100: by the end of the year the whole annual target is due");
        assertThat(perf.get("/api/years/" + year + "/framework").getBody()).isEqualTo(before);
    }

    @Test
    void aFileOfHundredsOfRowsReadsBackExactlyAsWrittenAndOnlyAChangedRowIsWritten() {
        String year = "2063-64";
        String original = largeFile(150, -1);
        JsonNode first = body(perf.putCsv("/api/years/" + year + "/framework", original));
        assertThat(first.get("changed").asInt()).isEqualTo(150);
        // quotes, commas, a backslash, COPY's null marker and non-ASCII text all come back as written
        assertThat(perf.get("/api/years/" + year + "/framework").getBody()).isEqualTo(original);

        JsonNode again = body(perf.putCsv("/api/years/" + year + "/framework", original));
        assertThat(again.get("changed").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(150);

        String oneChanged = largeFile(150, 77);
        JsonNode third = body(perf.putCsv("/api/years/" + year + "/framework", oneChanged));
        assertThat(third.get("changed").asInt()).isEqualTo(1);
        assertThat(perf.get("/api/years/" + year + "/framework").getBody()).isEqualTo(oneChanged);

        String allChanged = largeFile(150, 0);
        JsonNode fourth = body(perf.putCsv("/api/years/" + year + "/framework", allChanged));
        assertThat(fourth.get("changed").asInt()).isEqualTo(149); // L-77 was raised already
        assertThat(perf.get("/api/years/" + year + "/framework").getBody()).isEqualTo(allChanged);
    }

    @Test
    void anImportWaitsForAnotherOfTheSameYearAndThenFindsNothingToChange() throws Exception {
        String year = "2064-65";
        // the year and its first measure exist, so that the second import would find them without waiting
        assertThat(perf.putCsv("/api/years/" + year + "/framework", largeFile(1, -1)).getStatusCode().value())
                .isEqualTo(200);
        TabularFile file = TabularFile.read(largeFile(150, -1).getBytes(StandardCharsets.UTF_8), "f.csv");
        HeldImports.Results results = HeldImports.secondWhileFirstOpen(transactions,
                () -> imports.importMeasures(year, file));
        assertThat(results.first().changed()).isEqualTo(149);
        // it waited on the year's lock, so it read the first's measures rather than an empty year
        assertThat(results.second().changed()).isZero();
        assertThat(perf.get("/api/years/" + year + "/framework").getBody()).isEqualTo(largeFile(150, -1));
    }

    /**
     * Two years' imports bringing the same new directorate and services: the second waits for the first's names,
     * then places the services the first created, where it used to fail on the service name's unique key.
     */
    @Test
    void importsOfTwoYearsBringingTheSameNewServicesBothSucceed() throws Exception {
        String file = largeFile(14, -1).replace("Large ", "Rival ").replace(",LS", ",RS");
        TabularFile tabular = TabularFile.read(file.getBytes(StandardCharsets.UTF_8), "f.csv");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch firstImported = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        try {
            Future<ImportResult> first = pool.submit(() -> transactions.execute(t -> {
                ImportResult result = imports.importMeasures("2066-67", tabular);
                firstImported.countDown();
                HeldImports.await(commitFirst);
                return result;
            }));
            assertThat(firstImported.await(2, TimeUnit.MINUTES)).isTrue();
            long waitingBefore = LockWaits.count(jdbc);
            Future<ImportResult> second = pool.submit(() -> imports.importMeasures("2067-68", tabular));
            // the second is held up, by the names' lock now (by the first's uncommitted service before)
            uk.quarterlyreturns.support.Await.until("the second import waiting", java.time.Duration.ofMinutes(1),
                    () -> LockWaits.count(jdbc) > waitingBefore);
            commitFirst.countDown();
            assertThat(first.get(2, TimeUnit.MINUTES).changed()).isEqualTo(14);
            assertThat(second.get(2, TimeUnit.MINUTES).changed()).isEqualTo(14);
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from service where name like 'Rival service %'").query(Long.class)
                .single()).isEqualTo(7);
        assertThat(perf.get("/api/years/2067-68/framework").getBody()).isEqualTo(file);
    }


    /** Rows of seven services in three directorates, six with service codes; one row's target raised, or all (0). */
    private static String largeFile(int rows, int raised) {
        StringBuilder file = new StringBuilder(fixture("framework-sample.csv").lines().findFirst().orElseThrow())
                .append('\n');
        for (int i = 1; i <= rows; i++) {
            int service = i % 7;
            file.append("L-").append(i).append(",\"Quoted \"\"title\"\" ").append(i)
                    .append(", with a comma, a back\\slash, \\N and £é\",Large directorate ").append(service % 3)
                    .append(",Large service ").append(service).append(",Ambitious,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,")
                    .append(i == raised || raised == 0 ? i + 1000 : i).append(".5,,,FIVE_POINT,")
                    .append(i % 2 == 0 ? "" : "Outcome " + i).append(",KI ").append(i).append(",4,25,50,75,100,,,1,")
                    .append(service == 0 ? "" : "LS" + service).append('\n');
        }
        return file.toString();
    }

    @Test
    void anXlsxWorkbookGivesTheSameFrameworkAsTheCsv() throws Exception {
        TabularFile csv = TabularFile.read(fixture("framework-sample.csv").getBytes(StandardCharsets.UTF_8), "f.csv");
        List<List<Object>> rows = new ArrayList<>();
        for (TabularRow row : csv.rows()) {
            rows.add(csv.headers().stream().map(h -> (Object) row.get(h)).toList());
        }
        byte[] xlsx = TabularWriter.xlsx("Framework", csv.headers(), rows);
        assertThat(perf.put("/api/years/2021-22/framework", MediaTypes.XLSX, xlsx).getStatusCode().value())
                .isEqualTo(200);
        assertThat(perf.get("/api/years/2021-22/framework").getBody()).isEqualTo(fixture("framework-sample.csv"));
    }

    @Test
    void badRequestsGetMessagesAndNoStackTraces() {
        ResponseEntity<String> badYear = perf.putCsv("/api/years/2017-2018/framework", "code\n");
        assertThat(badYear.getStatusCode().value()).isEqualTo(400);
        assertThat(badYear.getBody()).contains("2017-18").doesNotContain("Exception");

        ResponseEntity<String> unknownYear = perf.get("/api/years/1999-00/quarters/1/measures");
        assertThat(unknownYear.getStatusCode().value()).isEqualTo(404);

        ResponseEntity<String> badQuarter = perf.get("/api/years/2017-18/quarters/5/measures");
        assertThat(badQuarter.getStatusCode().value()).isEqualTo(400);
        assertThat(badQuarter.getBody()).contains("quarter");

        ResponseEntity<String> unknownCode = perf.putCsv("/api/years/2017-18/quarters/3/values",
                "code,value\nNOPE-1,5\n1.3,not-a-number\n");
        assertThat(unknownCode.getStatusCode().value()).isEqualTo(400);
        // the unknown code and the bad number are named together, in the file's order
        JsonNode errors = body(unknownCode).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("code");
        assertThat(errors.get(0).get("message").asText()).contains("No measure NOPE-1");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(1).get("column").asText()).isEqualTo("value");
        assertThat(unknownCode.getBody()).contains("Not a number").doesNotContain("at uk.");

        assertThat(new Api(url(""), null, null).get("/api/years/2017-18/quarters/1/measures").getStatusCode()
                .value()).isEqualTo(401);
        assertThat(new Api(url(""), "reader", "demo").get("/api/years/2017-18/quarters/1/measures")
                .getStatusCode().value()).isEqualTo(403);
        assertThat(new Api(url(""), "perf", "wrong").get("/api/years/2017-18/quarters/1/measures")
                .getStatusCode().value()).isEqualTo(401);
    }

    private Map<String, JsonNode> measures(String year, int quarter) throws IOException {
        ResponseEntity<String> response = perf.get("/api/years/" + year + "/quarters/" + quarter + "/measures");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return StreamSupport.stream(json.readTree(response.getBody()).spliterator(), false)
                .collect(Collectors.toMap(n -> n.get("code").asText(), n -> n));
    }

    private static void assertRow(Map<String, JsonNode> rows, String code, String rag, String judged, String target) {
        JsonNode row = rows.get(code);
        assertThat(row).as(code).isNotNull();
        assertThat(row.get("rag").asText()).as(code + " rag").isEqualTo(rag);
        // a cumulative measure is judged on its year to date; the rest, which have none, on the quarter's own figure
        // at the measure's places (90.47 as the 90.5 it prints)
        BigDecimal expected = new BigDecimal(judged);
        BigDecimal judgedValue = row.get("yearToDate").isNull()
                ? row.get("value").decimalValue().setScale(expected.scale(), RoundingMode.HALF_UP)
                : row.get("yearToDate").decimalValue();
        assertThat(judgedValue).as(code + " judged value").isEqualByComparingTo(expected);
        assertThat(row.get("target").decimalValue()).as(code + " target").isEqualByComparingTo(target);
    }

    private JsonNode body(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (IOException e) {
            throw new AssertionError(response.getBody(), e);
        }
    }

    static String fixture(String name) {
        try {
            return new ClassPathResource("fixtures/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
