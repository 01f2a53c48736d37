package uk.quarterlyreturns.report;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.compliance.ui.ComplianceView;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;
import uk.quarterlyreturns.report.render.XlsxReportRenderer;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ViewTest;

/**
 * "Each figure has one definition, computed in one place, and the screen, the API and the report print the same
 * number": a compiled cycle of twelve services' returns of every kind, its figures worked out by hand from the
 * scenario's own dates, read from every place that prints them: the compliance screen and its export, for the
 * performance team and for the directorate's strategic director; the compliance API, for both; the compiled
 * report's compliance statement, its pages and its spreadsheet; two returns had an agreed extension, counted against
 * their own deadline everywhere and said everywhere. No email quotes a compliance figure (the report's
 * emails quote the RAG summary only).
 */
class ComplianceEverywhereTest extends ViewTest {

    private static final int YEAR = 4360;
    private static final String DIRECTORATE = "Compliance 4360";
    private static final String STRATEGIC_DIRECTOR = "sd4360";
    private static final int DEADLINE_DAY = 15;
    private static final LocalTime DEADLINE_TIME = LocalTime.of(17, 0);
    private static final int COMPILED_DAY = 27;

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired ReportInputs inputs;
    @Autowired PeopleService people;
    @Autowired Organisation organisation;
    @Autowired JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    /**
     * One service's return: first submitted on a day after quarter end (day 1 is the quarter's next day) at a London
     * time, or never; submitted again later when it was sent back and resubmitted; accepted before it was reopened;
     * its deadline extended to a day's deadline time, or not.
     */
    record Given(String service, ReturnStatus status, Integer firstDay, LocalTime firstAt, Integer againDay,
            Integer extendedToDay) {

        Given(String service, ReturnStatus status, Integer firstDay, LocalTime firstAt, Integer againDay) {
            this(service, status, firstDay, firstAt, againDay, null);
        }
    }

    private static final List<Given> SCENARIO = List.of(
            new Given("Parks 4360", ReturnStatus.ACCEPTED, 3, LocalTime.of(10, 0), null),
            new Given("Libraries 4360", ReturnStatus.SIGNED_OFF, 10, LocalTime.of(10, 0), null),
            new Given("Leisure 4360", ReturnStatus.SUBMITTED, DEADLINE_DAY, LocalTime.of(16, 59), null),
            // in after the cycle's deadline, by its agreed extension: on time
            new Given("Museums 4360", ReturnStatus.SUBMITTED, DEADLINE_DAY, LocalTime.of(17, 30), null, 17),
            new Given("Markets 4360", ReturnStatus.ACCEPTED, 20, LocalTime.of(10, 0), null),
            new Given("Cemeteries 4360", ReturnStatus.DRAFT, null, null, null),
            // extended, and still not in by then
            new Given("Allotments 4360", ReturnStatus.NOT_STARTED, null, null, null, 20),
            new Given("Archives 4360", ReturnStatus.SENT_BACK, 12, LocalTime.of(10, 0), null),
            new Given("Theatres 4360", ReturnStatus.SUBMITTED, 8, LocalTime.of(10, 0), 19),
            new Given("Galleries 4360", ReturnStatus.REOPENED, 5, LocalTime.of(10, 0), null),
            new Given("Harbour 4360", ReturnStatus.WITHDRAWN, null, null, null),
            new Given("Tourism 4360", ReturnStatus.SENT_BACK, 22, LocalTime.of(10, 0), null));

    /** The figures as the rule gives them, each named as the API names it. */
    private final Map<String, Integer> expected = new LinkedHashMap<>();
    private LocalDate closedOn;

    @Test
    void everyPlaceThatPrintsAComplianceFigurePrintsTheOneTheRuleGives() throws Exception {
        ReportingYear year = framework();
        Instant deadline = at(DEADLINE_DAY, DEADLINE_TIME);
        long cycleId = cycles.insert(year.id(), 2, deadline, at(COMPILED_DAY, LocalTime.of(9, 0)), "perf",
                at(1, LocalTime.of(9, 0)), ChasePolicy.DEFAULT);
        try {
            jdbc.sql("update cycle set status = 'COMPILED' where id = :c").param("c", cycleId).update();
            for (Given g : SCENARIO) {
                issue(cycleId, g);
            }
            byHand(deadline);
            // the figures of this scenario, so that a slip in the working above cannot pass unseen
            assertThat(expected).isEqualTo(Map.ofEntries(Map.entry("due", 11), Map.entry("in", 9),
                    Map.entry("inOnTime", 7), Map.entry("inLate", 2), Map.entry("missing", 2), Map.entry("overdue", 2),
                    Map.entry("sentBack", 2), Map.entry("accepted", 2), Map.entry("daysTo95", -1),
                    Map.entry("inAtThreeWeeksPct", 73), Map.entry("extended", 2)));
            Cycle cycle = cycles.find(cycleId).orElseThrow();

            for (String who : List.of("perf", STRATEGIC_DIRECTOR)) {
                assertThat(api(who, year, "")).as("the API, for " + who).isEqualTo(expected);
                assertThat(screen(who, cycleId)).as("the compliance screen, for " + who).isEqualTo(expected);
                assertThat(export()).as("the screen's export, for " + who).isEqualTo(withoutCurve(expected));
            }
            assertThat(api("perf", year, "?directorate=" + DIRECTORATE)).as("the API, the directorate named")
                    .isEqualTo(expected);
            assertThat(returnsApi(year)).as("the returns API, a return each").isEqualTo(withoutCurve(expected));

            CompiledReport report = ReportCompiler.compile(inputs.gather(cycle, year, 1, null, "",
                    CabinetCover.EMPTY, LocalDate.ofInstant(cycle.compilationDate(), ReportingYear.LONDON)));
            assertThat(statement(report.compliance())).as("the report's compliance statement")
                    .isEqualTo(withoutCounts(expected));
            assertThat(spreadsheet(new XlsxReportRenderer().render(report))).as("the report's spreadsheet")
                    .isEqualTo(withoutCounts(expected));
            assertThat(new HtmlReportRenderer().render(report)).as("the report's pages")
                    .contains("Of 11 returns due, " + expected.get("inOnTime") + " were in on time, "
                            + expected.get("inLate") + " were in late and " + expected.get("missing")
                            + " are missing; " + expected.get("extended")
                            + " had an agreed extension of the deadline.")
                    .contains("95% completion had not been reached when the report was compiled.")
                    .contains("At three weeks after quarter end only " + expected.get("inAtThreeWeeksPct")
                            + "% of returns had been made.")
                    .contains("Returns in late or not at all: ");
        } finally {
            jdbc.sql("delete from service_return where cycle_id = :c").param("c", cycleId).update();
            jdbc.sql("delete from cycle where id = :c").param("c", cycleId).update();
        }
    }

    /**
     * The rule, by hand: due is every return but the one withdrawn with nothing due; in, first submitted (a return
     * sent back stays in); on time, first submitted by the deadline; missing, not in, overdue once the deadline has
     * gone by (it has); sent back and accepted as the returns stand; days to 95%, the day on which 95% of those due
     * were in (-1: not reached); the share in at the end of day 21, to the nearest whole percent.
     */
    private void byHand(Instant deadline) {
        List<Given> due = SCENARIO.stream().filter(g -> g.status() != ReturnStatus.WITHDRAWN).toList();
        List<Given> in = due.stream().filter(g -> g.firstDay() != null).toList();
        // each by its own deadline: its agreed extension, or the cycle's
        int onTime = (int) in.stream().filter(g -> !at(g.firstDay(), g.firstAt()).isAfter(g.extendedToDay() == null
                ? deadline : at(g.extendedToDay(), DEADLINE_TIME))).count();
        List<Integer> days = in.stream().map(Given::firstDay).sorted().toList();
        int needed = (int) Math.ceil(0.95 * due.size());
        long inByThreeWeeks = days.stream().filter(d -> d <= 21).count();
        expected.put("due", due.size());
        expected.put("in", in.size());
        expected.put("inOnTime", onTime);
        expected.put("inLate", in.size() - onTime);
        expected.put("missing", due.size() - in.size());
        expected.put("overdue", due.size() - in.size());
        expected.put("sentBack", (int) due.stream().filter(g -> g.status() == ReturnStatus.SENT_BACK).count());
        expected.put("accepted", (int) due.stream().filter(g -> g.status() == ReturnStatus.ACCEPTED).count());
        expected.put("daysTo95", days.size() < needed ? -1 : days.get(needed - 1));
        expected.put("inAtThreeWeeksPct", (int) Math.round(100.0 * inByThreeWeeks / due.size()));
        expected.put("extended", (int) due.stream().filter(g -> g.extendedToDay() != null).count());
    }

    /**
     * Twelve services of a directorate of this test's own, and its strategic director. The year's second quarter is
     * made to have closed a month or two ago, so that its deadline and its report's compilation have gone by on the
     * real clock, which the process engine shares with every other test.
     */
    private ReportingYear framework() {
        String label = ReportingYear.labelOf(YEAR);
        StringBuilder csv = new StringBuilder("code,title,directorate,service,theme,unit,polarity,frequency,"
                + "aggregation,target,floor,tolerance_pct,rag_scheme\n");
        for (int i = 0; i < SCENARIO.size(); i++) {
            csv.append("CE-").append(i + 1).append(",Measure ").append(i + 1).append(',').append(DIRECTORATE)
                    .append(',').append(SCENARIO.get(i).service())
                    .append(",Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n");
        }
        imports.importMeasures(label, TabularFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), "f.csv"));
        LocalDate startsOn = LocalDate.now(LondonTime.ZONE).minusMonths(7).withDayOfMonth(1);
        jdbc.sql("update reporting_year set starts_on = :d where label = :l").param("d", startsOn)
                .param("l", label).update();
        people.create(new Person(STRATEGIC_DIRECTOR, "Strategic Director 4360", "sd4360@example.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, organisation.findDirectorate(DIRECTORATE).orElseThrow(),
                true, false, false), "a-long-password");
        ReportingYear year = years.find(label).orElseThrow();
        closedOn = year.quarterEnd(2);
        return year;
    }

    /** The London moment on a day after quarter end: day 1 is the date after the quarter's last. */
    private Instant at(int day, LocalTime time) {
        return ZonedDateTime.of(closedOn.plusDays(day), time, LondonTime.ZONE).toInstant();
    }

    private void issue(long cycleId, Given g) {
        Timestamp first = g.firstDay() == null ? null : Timestamp.from(at(g.firstDay(), g.firstAt()));
        Timestamp last = g.againDay() == null ? first : Timestamp.from(at(g.againDay(), LocalTime.of(10, 0)));
        Timestamp accepted = g.status() == ReturnStatus.REOPENED || g.status() == ReturnStatus.ACCEPTED
                ? Timestamp.from(at(g.firstDay() + 4, LocalTime.of(10, 0))) : null;
        jdbc.sql("""
                insert into service_return (cycle_id, service_id, status, first_submitted_at, submitted_at,
                    accepted_at, extended_to, extension_reason)
                values (:c, :s, :status, :first, :last, :accepted, :extendedTo, :why)""").param("c", cycleId)
                .param("extendedTo", g.extendedToDay() == null ? null
                        : Timestamp.from(at(g.extendedToDay(), DEADLINE_TIME)))
                .param("why", g.extendedToDay() == null ? null : "Agreed: the data comes late")
                .param("s", organisation.findService(g.service()).orElseThrow().id()).param("status", g.status().name())
                .param("first", first).param("last", last).param("accepted", accepted).update();
    }

    private Map<String, Integer> api(String who, ReportingYear year, String query) throws Exception {
        var response = new Api(url(""), who, who.equals("perf") ? "demo" : "a-long-password")
                .get("/api/years/" + year.label() + "/quarters/2/compliance" + query);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode body = json.readTree(response.getBody());
        Map<String, Integer> figures = new LinkedHashMap<>();
        expected.keySet().forEach(name -> figures.put(name, body.get(name).isNull() ? -1 : body.get(name).asInt()));
        return figures;
    }

    /**
     * GET .../returns, which says of each return whether it was in on time, late or is not in, and whether it is
     * overdue: each figure counted over the returns owed (not the one with nothing due).
     */
    private Map<String, Integer> returnsApi(ReportingYear year) throws Exception {
        var response = new Api(url(""), "perf", "demo").get("/api/years/" + year.label() + "/quarters/2/returns");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        List<JsonNode> owed = new ArrayList<>();
        json.readTree(response.getBody()).forEach(r -> {
            if (!r.get("status").asText().equals(ReturnStatus.WITHDRAWN.name())) {
                owed.add(r);
            }
        });
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put("due", owed.size());
        figures.put("in", (int) owed.stream().filter(r -> !r.get("submission").asText().equals("NOT_IN")).count());
        figures.put("inOnTime", (int) owed.stream().filter(r -> r.get("submission").asText().equals("ON_TIME"))
                .count());
        figures.put("inLate", (int) owed.stream().filter(r -> r.get("submission").asText().equals("LATE")).count());
        figures.put("missing", (int) owed.stream().filter(r -> r.get("submission").asText().equals("NOT_IN"))
                .count());
        figures.put("overdue", (int) owed.stream().filter(r -> r.get("overdue").asBoolean()).count());
        figures.put("sentBack", (int) owed.stream().filter(r -> r.get("status").asText().equals("SENT_BACK"))
                .count());
        figures.put("accepted", (int) owed.stream().filter(r -> r.get("status").asText().equals("ACCEPTED"))
                .count());
        figures.put("extended", (int) owed.stream().filter(r -> !r.get("extendedTo").isNull()).count());
        return figures;
    }

    /** The tiles, and the curve's table at day 21, as the screen shows them to whoever is signed in. */
    private Map<String, Integer> screen(String who, long cycleId) {
        signIn(who);
        UI.getCurrent().navigate("compliance", QueryParameters.of(ComplianceView.CYCLE_PARAMETER,
                String.valueOf(cycleId)));
        Map<String, String> tiles = new LinkedHashMap<>();
        for (Div tile : _find(Div.class, s -> s.withClasses("count"))) {
            List<Span> spans = _find(tile, Span.class);
            tiles.put(spans.get(0).getText(), spans.get(1).getText());
        }
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put("due", leading(tiles.get("Returns due")));
        figures.put("in", leading(tiles.get("In")));
        figures.put("inOnTime", leading(tiles.get("In on time")));
        figures.put("inLate", leading(tiles.get("In late")));
        figures.put("missing", leading(tiles.get("Not yet in")));
        String notIn = tiles.get("Not yet in");
        figures.put("overdue", notIn.contains(", ") ? leading(notIn.substring(notIn.indexOf(", ") + 2)) : 0);
        figures.put("sentBack", leading(tiles.get("Sent back")));
        figures.put("accepted", leading(tiles.get("Accepted")));
        String days = tiles.get("Days to 95% in");
        figures.put("daysTo95", days.equals("Not reached") ? -1 : Integer.parseInt(days));
        figures.put("inAtThreeWeeksPct", dayOnCurveTable(21));
        figures.put("extended", tiles.containsKey("Agreed extensions") ? leading(tiles.get("Agreed extensions")) : 0);
        // each share beside a count is that count's share of those due, as the report rounds it
        assertThat(tiles.get("In")).endsWith("(" + Math.round(100.0 * figures.get("in") / figures.get("due")) + "%)");
        return figures;
    }

    /** This cycle's column (the first) of the curve's table, on a day after quarter end. */
    private static int dayOnCurveTable(int day) {
        NativeTable table = _get(NativeTable.class, s -> s.withClasses("curve-table"));
        List<Element> rows = new ArrayList<>();
        collect(table.getElement(), "tr", rows);
        Element row = rows.stream().filter(r -> r.getChild(0).getTextRecursively().equals(String.valueOf(day))).findFirst()
                .orElseThrow();
        return leading(row.getChild(1).getTextRecursively());
    }

    private static void collect(Element element, String tag, List<Element> found) {
        element.getChildren().forEach(child -> {
            if (child.isTextNode()) {
                return;
            }
            if (child.getTag().equals(tag)) {
                found.add(child);
            }
            collect(child, tag, found);
        });
    }

    /** The screen's "Export table (XLSX)", a row per return: each figure counted from its columns. */
    private Map<String, Integer> export() {
        List<TabularRow> rows = TabularFile.read(DownloadKt._download(_get(Anchor.class,
                s -> s.withText("Export table (XLSX)"))), "compliance.xlsx").rows();
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put("due", rows.size());
        figures.put("in", count(rows, r -> !blank(r.get("first_submitted"))));
        figures.put("inOnTime", count(rows, r -> yes(r.get("on_time"))));
        figures.put("inLate", count(rows, r -> !blank(r.get("first_submitted")) && !yes(r.get("on_time"))));
        figures.put("missing", count(rows, r -> blank(r.get("first_submitted"))));
        figures.put("overdue", count(rows, r -> yes(r.get("overdue"))));
        figures.put("sentBack", count(rows, r -> "Sent back".equals(r.get("status"))));
        figures.put("accepted", count(rows, r -> "Accepted".equals(r.get("status"))));
        figures.put("extended", count(rows, r -> !blank(r.get("extended_to"))));
        return figures;
    }

    private Map<String, Integer> statement(ComplianceStatement c) {
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put("due", c.returnsDue());
        figures.put("inOnTime", c.inOnTime());
        figures.put("inLate", c.inLate());
        figures.put("missing", c.missing());
        figures.put("daysTo95", c.daysTo95() == null ? -1 : c.daysTo95());
        figures.put("inAtThreeWeeksPct", c.inAtThreeWeeksPct());
        figures.put("extended", c.extended());
        return figures;
    }

    /** The Compliance block of the report's Summary sheet: its headings, then a row of figures. */
    private Map<String, Integer> spreadsheet(byte[] xlsx) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Summary");
            DataFormatter text = new DataFormatter();
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null && "Returns due".equals(text.formatCellValue(first))) {
                    Row values = sheet.getRow(row.getRowNum() + 1);
                    Map<String, String> byHeading = new LinkedHashMap<>();
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        byHeading.put(text.formatCellValue(row.getCell(i)), text.formatCellValue(values.getCell(i)));
                    }
                    Map<String, Integer> figures = new LinkedHashMap<>();
                    figures.put("due", leading(byHeading.get("Returns due")));
                    figures.put("inOnTime", leading(byHeading.get("In on time")));
                    figures.put("inLate", leading(byHeading.get("In late")));
                    figures.put("missing", leading(byHeading.get("Missing")));
                    String days = byHeading.get("Days to 95%");
                    figures.put("daysTo95", days.isEmpty() ? -1 : leading(days));
                    figures.put("inAtThreeWeeksPct", leading(byHeading.get("In at three weeks")));
                    figures.put("extended", leading(byHeading.get("Agreed extensions")));
                    return figures;
                }
            }
        }
        throw new AssertionError("no compliance figures in the report's Summary sheet");
    }

    /** The figures the report prints: it counts neither the returns in, overdue, sent back nor accepted. */
    private static Map<String, Integer> withoutCounts(Map<String, Integer> all) {
        Map<String, Integer> kept = new LinkedHashMap<>(all);
        List.of("in", "overdue", "sentBack", "accepted").forEach(kept::remove);
        return kept;
    }

    /** The figures a row per return gives: not the curve's. */
    private static Map<String, Integer> withoutCurve(Map<String, Integer> all) {
        Map<String, Integer> kept = new LinkedHashMap<>(all);
        List.of("daysTo95", "inAtThreeWeeksPct").forEach(kept::remove);
        return kept;
    }

    private static int count(List<TabularRow> rows, java.util.function.Predicate<TabularRow> test) {
        return (int) rows.stream().filter(test).count();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean yes(String s) {
        return s != null && s.trim().equalsIgnoreCase("true");
    }

    /** "9 (82%)" is 9; "73%" is 73. */
    private static int leading(String text) {
        return Integer.parseInt(text.trim().split("[^0-9]")[0]);
    }
}
