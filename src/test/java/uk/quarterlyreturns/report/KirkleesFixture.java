package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.quarterlyreturns.framework.Comparison;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.Unit;

/**
 * Kirklees Council's published Q2 2017/18 corporate performance report, Ambitious and Resilient themes, read from the CSV
 * fixtures under src/test/resources/report/.
 */
public final class KirkleesFixture {

    public static final List<String> HISTORY = List.of("14/15", "15/16", "16/17");

    private KirkleesFixture() {
    }

    public static List<MeasureLine> measures() {
        Map<String, String[]> narratives = narratives();
        List<MeasureLine> lines = new ArrayList<>();
        for (Map<String, String> row : TestCsv.read("/report/kirklees-q2-measures.csv")) {
            String[] words = narratives.getOrDefault(row.get("code"), new String[] {null, null});
            Rag rag = Rag.valueOf(row.get("rag"));
            BigDecimal q1 = number(row.get("q1"));
            BigDecimal q2 = number(row.get("q2"));
            lines.add(MeasureLine.builder().code(row.get("code")).source(text(row.get("source")))
                    .title(row.get("title")).directorate(row.get("directorate")).service(row.get("service"))
                    .theme(row.get("theme")).unit(Unit.of(row.get("unit")))
                    .decimals(Integer.parseInt(row.get("decimals")))
                    .cumulative(Boolean.parseBoolean(row.get("cumulative")))
                    .outturns(Arrays.asList(number(row.get("outturn1")), number(row.get("outturn2")),
                            number(row.get("outturn3"))))
                    .targetText(row.get("target")).quarterValues(Arrays.asList(q1, q2, null, null))
                    .yearToDate(Arrays.asList(number(row.get("ytd1")), number(row.get("ytd2")), null, null))
                    .rag(rag).ragComputed(rag).direction(direction(row.get("direction")))
                    .reasons(words[0]).actionsPlanned(words[1]).trend(trend(q1, q2)).outturnUnits(outturnUnits(row))
                    .comparedWith(comparedWith(row, q1)).build());
        }
        return lines;
    }

    public static List<ActionLine> actions() {
        Map<String, String[]> narratives = narratives();
        List<ActionLine> lines = new ArrayList<>();
        for (Map<String, String> row : TestCsv.read("/report/kirklees-q2-actions.csv")) {
            String[] words = narratives.getOrDefault(row.get("code"), new String[] {null, null});
            lines.add(new ActionLine(row.get("code"), row.get("title"), row.get("directorate"),
                    row.get("service"), row.get("theme"), Rag.valueOf(row.get("status")), null,
                    words[0], words[1]));
        }
        return lines;
    }

    /** The whole report as compiled at Q2, approved by the chief executive on the Cabinet date. */
    public static ReportInput input() {
        return input(measures(), actions());
    }

    public static ReportInput input(List<MeasureLine> measures, List<ActionLine> actions) {
        return new ReportInput("Kirklees Council", 2, "2017/18", "July to September 2017",
                ReportStatus.APPROVED, "Jacqui Gedman", LocalDate.of(2017, 11, 21), 1, null, HISTORY,
                measures, actions, new SummaryCounts(50, 11, 30, 9), compliance(),
                "This is the second corporate performance report under a refreshed regime.\n\n"
                        + "The first issue is one of compliance.", cabinet(), LocalDate.of(2017, 11, 6),
                new RatingRules(List.of(new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("15")), true,
                        false, List.of(new BigDecimal("10"))), highlights());
    }

    /** A highlight report in the words of a published child protection highlight report, and one left without words. */
    public static List<HighlightLine> highlights() {
        return List.of(new HighlightLine("Children who need help and protection", "Children and Families",
                        "Timeliness of initial child protection conferences fell to 48.3%: 8 of 29 were held outside"
                                + " the 15 working day target.",
                        "24 hour decision making on social care referrals rose to 72.5%, above the 55% target.",
                        "Caseloads remain high; the service is recruiting permanent social workers to reduce its"
                                + " reliance on agency staff."),
                new HighlightLine("Customer Services", "Corporate", null, null, null));
    }

    /** The cover report of that Kirklees report, as the performance team would enter it. */
    public static CabinetCover cabinet() {
        return new CabinetCover("Cabinet & Council", LocalDate.of(2017, 11, 21),
                "Quarter (2) Corporate Performance Report",
                "This report is to provide Members with an overview of the Council's corporate performance at the"
                        + " end of Quarter (2) 2017/18.", false, "It is recommended that the report is noted.",
                "The report gives a high level overview of performance across all council activity.",
                "Cllr David Sheard, Leader of the Council", "Rachel Spencer-Henshall, Service Director for Policy,"
                        + " Intelligence and Public Health", "Nick McMillan, Directorate Performance Lead Officer");
    }

    /** "at three weeks after quarter end only 64% of returns had been made": 95% took five weeks. */
    public static ComplianceFacts compliance() {
        return new ComplianceFacts(20, 13, 6, 1, 35, List.of(
                new ServiceCompliance("Children who need help and protection", "Sue Grigg", "Accepted",
                        Instant.parse("2017-10-16T09:30:00Z"), true, 1, 0),
                new ServiceCompliance("Customer Services", "Nick McMillan", "Accepted",
                        Instant.parse("2017-11-02T16:05:00Z"), false, 4, 1),
                new ServiceCompliance("Policy and Intelligence", "Rachel Spencer-Henshall", "Not started",
                        null, false, 5, 2)), Instant.parse("2017-10-13T16:00:00Z"), 64, 27, null);
    }

    public static MeasureLine measure(List<MeasureLine> lines, String code) {
        return lines.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    private static Map<String, String[]> narratives() {
        Map<String, String[]> words = new HashMap<>();
        for (Map<String, String> row : TestCsv.read("/report/kirklees-q2-narratives.csv")) {
            words.put(row.get("code"), new String[] {row.get("reasons"), row.get("actions_planned")});
        }
        return words;
    }

    private static List<TrendPoint> trend(BigDecimal q1, BigDecimal q2) {
        List<TrendPoint> points = new ArrayList<>();
        points.add(new TrendPoint("Q1 17/18", q1));
        points.add(new TrendPoint("Q2 17/18", q2));
        return points;
    }

    /** An outturn cell may be written with its own unit ("89.7%") where it was published in another. */
    private static BigDecimal number(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace("%", ""));
    }

    private static List<Unit> outturnUnits(Map<String, String> row) {
        return java.util.stream.Stream.of("outturn1", "outturn2", "outturn3")
                .map(c -> row.get(c) != null && row.get(c).endsWith("%") ? Unit.PERCENT : null).toList();
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A snapshot measure's direction is judged against Q1; the fixture has no cumulative one's last year. */
    private static Comparison comparedWith(Map<String, String> row, BigDecimal q1) {
        boolean judged = direction(row.get("direction")) != null && !Boolean.parseBoolean(row.get("cumulative"));
        return judged && q1 != null ? new Comparison(q1, "Q1 2017/18", Comparison.PREVIOUS_QUARTER) : null;
    }

    private static Direction direction(String text) {
        return text == null || text.isBlank() ? null : Direction.valueOf(text);
    }
}
