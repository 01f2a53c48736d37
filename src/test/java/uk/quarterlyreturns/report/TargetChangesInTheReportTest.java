package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;
import uk.quarterlyreturns.report.render.PdfReportRenderer;
import uk.quarterlyreturns.report.render.XlsxReportRenderer;

/**
 * A measure whose target or rating rule moved during the year is marked "t" beside its target, listed in "Changes to
 * targets during the year", named in the spreadsheet and, when it is an exception, said so in its text.
 */
class TargetChangesInTheReportTest {

    private static final String T = " <abbr class=\"target-changed\" title=\"target or rating rule changed during the"
            + " year: see Changes to targets\">t</abbr>";
    static final TargetChange INVESTMENT_TARGET = new TargetChange("target", "12000000", "10000000", LocalDate.of(2017, 10, 12),
            "Cabinet agreed a lower target on 10 October");
    static final TargetChange INVESTMENT_PROFILE = new TargetChange("profile_q2", "50", "40", LocalDate.of(2017, 10, 20),
            null);
    static final TargetChange REFERRALS_TARGET = new TargetChange("target", "60", "55", LocalDate.of(2017, 10, 12),
            null);

    @Test
    void theTargetIsMarkedAndTheCaptionSaysWhatTheMarkMeans() {
        CompiledReport report = moved();

        assertThat(row(report, "1.2").targetChanged()).isTrue();
        assertThat(row(report, "1.1").targetChanged()).isFalse();
        String html = new HtmlReportRenderer().render(report);
        assertThat(html).contains(">£10m" + T + "</td>").contains(">55%" + T + "</td>")
                .contains("t marks a target or rating rule changed during the year (see Changes to targets)")
                .contains("<li>t beside a target: the measure's target or rating rule was changed during the year");
    }

    @Test
    void theSectionListsEachChangeInTheMeasuresUnitWithItsDateAndReason() {
        CompiledReport report = moved();

        assertThat(report.targetChanges()).containsExactly(
                new TargetChangeRow("1.2", "(KI 437) Secure £4 of investment from the private sector for every £1 of"
                        + " business support investment by the Council", "Target", "£12m", "£10m", "12/10/2017",
                        "Cabinet agreed a lower target on 10 October"),
                new TargetChangeRow("1.2", "(KI 437) Secure £4 of investment from the private sector for every £1 of"
                        + " business support investment by the Council", "Q2 profile", "50%", "40%", "20/10/2017", "No reason given"),
                new TargetChangeRow("3.3", "(BCI) 24 hour decision making on social care referrals", "Target", "60%",
                        "55%", "12/10/2017", "No reason given"));
        String html = new HtmlReportRenderer().render(report);
        assertThat(html).contains("<h2>Changes to targets during the year</h2>")
                .contains("<th scope=\"row\">3.3</th>")
                .contains("<td class=\"num\">60%</td>")
                .contains("<td class=\"narrative\">Cabinet agreed a lower target on 10 October</td>")
                .contains("href=\"#target-changes\"");
    }

    @Test
    void anExceptionWhoseTargetMovedSaysSoInOneSentence() {
        CompiledReport report = moved();

        ExceptionItem investment = report.themes().stream().flatMap(t -> t.exceptions().stream())
                .flatMap(g -> g.items().stream()).filter(i -> i.ref().equals("1.2")).findFirst().orElseThrow();
        String sentence = "Its target or rating rule was changed during the year (Target £12m to £10m on 12/10/2017;"
                + " Q2 profile 50% to 40% on 20/10/2017): see Changes to targets during the year.";
        assertThat(investment.targetChanged()).isEqualTo(sentence);
        assertThat(new HtmlReportRenderer().render(report)).contains(">" + sentence + "</p>");
    }

    @Test
    void theSpreadsheetSaysWhatMovedInAColumnOfItsOwn() throws Exception {
        CompiledReport report = moved();

        assertThat(spreadsheet(report, "1.2")).isEqualTo("Target £12m to £10m on 12/10/2017; Q2 profile 50% to 40% on"
                + " 20/10/2017");
        assertThat(spreadsheet(report, "3.3")).isEqualTo("Target 60% to 55% on 12/10/2017");
        assertThat(spreadsheet(report, "1.1")).isEmpty();
    }

    @Test
    void aReportWithNoTargetMovedPrintsNoMarkNoSectionAndNoSentence() throws Exception {
        CompiledReport report = ReportCompiler.compile(KirkleesFixture.input());

        assertThat(report.targetChanges()).isEmpty();
        String html = new HtmlReportRenderer().render(report);
        assertThat(html).doesNotContain("target-changed").doesNotContain("Changes to targets")
                .doesNotContain("t marks a target");
        assertThat(spreadsheet(report, "1.2")).isEmpty();
    }

    /**
     * The PDF stays tagged: the section is a table whose column and row headings are header cells (seven headings and
     * a code heading each of its three rows), and a reader hearing "t" hears what it stands for.
     */
    @Test
    void thePdfPrintsTheSectionAsATableWithHeaderCellsAndTheMarkWithItsExpansion() throws Exception {
        byte[] moved = pdf(moved());
        byte[] plain = pdf(ReportCompiler.compile(KirkleesFixture.input()));

        try (PDDocument doc = Loader.loadPDF(moved)) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Changes to targets during the year", "£10m t ",
                    "3.3 (BCI) 24 hour decision making on social care referrals Target 60% 55% 12/10/2017 No reason"
                            + " given");
            List<String> structure = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), structure);
            assertThat(structure).contains("expands: target or rating rule changed during the year: see Changes to"
                    + " targets");
            try (PDDocument without = Loader.loadPDF(plain)) {
                List<String> before = new ArrayList<>();
                walk(without.getDocumentCatalog().getStructureTreeRoot().getKids(), before);
                assertThat(count(structure, "TH") - count(before, "TH")).isEqualTo(7 + 3);
                assertThat(count(structure, "Table") - count(before, "Table")).isEqualTo(1);
            }
        }
    }

    private static byte[] pdf(CompiledReport report) {
        return new PdfReportRenderer().render(new HtmlReportRenderer().render(report),
                Instant.parse("2017-10-30T10:00:00Z"));
    }

    private static void walk(List<Object> kids, List<String> seen) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                seen.add(e.getStructureType());
                if (e.getExpandedForm() != null) {
                    seen.add("expands: " + e.getExpandedForm());
                }
                walk(e.getKids(), seen);
            }
        }
    }

    private static long count(List<String> structure, String type) {
        return structure.stream().filter(type::equals).count();
    }

    /** The fixture with the investment target and its Q2 profile lowered, and the referrals target lowered. */
    static CompiledReport moved() {
        List<MeasureLine> measures = new ArrayList<>(KirkleesFixture.measures());
        int investment = measures.indexOf(KirkleesFixture.measure(measures, "1.2"));
        measures.set(investment, measures.get(investment).withTargetChanges(List.of(INVESTMENT_TARGET, INVESTMENT_PROFILE)));
        int referrals = measures.indexOf(KirkleesFixture.measure(measures, "3.3"));
        measures.set(referrals, measures.get(referrals).withTargetChanges(List.of(REFERRALS_TARGET)));
        return ReportCompiler.compile(KirkleesFixture.input(measures, KirkleesFixture.actions()));
    }

    private static MeasureRow row(CompiledReport report, String ref) {
        return report.themes().stream().flatMap(t -> t.measureRows().stream()).filter(r -> r.ref().equals(ref))
                .findFirst().orElseThrow();
    }

    private static String spreadsheet(CompiledReport report, String ref) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportRenderer().render(report)))) {
            for (Sheet sheet : book) {
                List<String> headers = new ArrayList<>();
                sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
                int column = headers.indexOf("Target changed during the year");
                for (Row row : sheet) {
                    Cell code = row.getCell(0);
                    if (column >= 0 && row.getRowNum() > 0 && code != null && code.getStringCellValue().equals(ref)) {
                        Cell cell = row.getCell(column);
                        return cell == null ? "" : cell.getStringCellValue();
                    }
                }
            }
            throw new AssertionError(ref + " is on no measures sheet");
        }
    }
}
