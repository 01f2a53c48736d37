package uk.quarterlyreturns.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.cycle.ReportCommentary;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.report.CabinetCover;
import uk.quarterlyreturns.report.CabinetCoverService;
import uk.quarterlyreturns.returns.Highlight;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * The words of the demo's reports: the performance team's cover report and commentary, and the highlight
 * report of the service asked for one (modelled on the Child Protection and Family Support highlight report).
 */
@Component
class DemoReportWords {

    static final String HIGHLIGHT_SERVICE = "Child Protection and Family Support";

    private final ReportCommentary commentary;
    private final CabinetCoverService covers;
    private final HighlightReports highlights;
    private final Organisation organisation;

    DemoReportWords(ReportCommentary commentary, CabinetCoverService covers, HighlightReports highlights,
            Organisation organisation) {
        this.commentary = commentary;
        this.covers = covers;
        this.highlights = highlights;
        this.organisation = organisation;
    }

    /** The performance team asks Child Protection and Family Support for a highlight report in the quarter. */
    void askForHighlights(long cycleId) {
        organisation.findService(HIGHLIGHT_SERVICE)
                .ifPresent(s -> highlights.setWanted(cycleId, s.id(), true, "perf"));
    }

    /** The service's highlight report, written into its return before it is submitted. */
    void highlight(ServiceReturn r, int quarter, String user) {
        if (!r.serviceName().equals(HIGHLIGHT_SERVICE)) {
            return;
        }
        for (TabularRow row : DemoData.file("highlights-2017-18.csv").rows()) {
            if (row.get("quarter").equals(String.valueOf(quarter))) {
                Integer version = highlights.stored(r.id()).map(HighlightReports.Stored::version).orElse(null);
                highlights.save(r.id(), user, version, new Highlight(row.get("current_issues"),
                        row.get("improvements"), row.get("narrative")));
            }
        }
    }

    void write(long cycleId, int quarter) {
        commentary.write(cycleId, "perf", text("demo/commentary-2017-18-q" + quarter + ".txt"));
        for (TabularRow row : DemoData.file("cover-2017-18.csv").rows()) {
            if (row.get("quarter").equals(String.valueOf(quarter))) {
                covers.write(cycleId, "perf", new CabinetCover(row.get("meeting"),
                        LocalDate.parse(row.get("meeting_date")), null, row.get("purpose"),
                        Boolean.valueOf(row.get("key_decision")), row.get("recommendations"), row.get("reasons"),
                        row.get("cabinet_member"), row.get("director_responsible"), row.get("contact_officer")));
            }
        }
    }

    private static String text(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo file " + path + " is missing", e);
        }
    }
}
