package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.security.PersonNames;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.report.ReportFileNames;
import uk.quarterlyreturns.report.ReportStatus;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.base.calendar.LondonTime;

/**
 * Published corporate performance reports, for everyone who signs in: every approved version of each
 * quarter's report, as PDF and spreadsheet. With a cycle in the address (the link in the "published"
 * email) it shows that quarter's report, its latest version on the page.
 */
@Route("reports")
@PageTitle("Reports | Quarterly Returns")
@Menu(order = 9, title = "Published reports")
@PermitAll
public class ReportsView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
            java.util.Locale.UK).withZone(LondonTime.ZONE);

    private final CycleService cycles;
    private final ReportVersions versions;
    private final PersonNames people;
    private final ReportFileNames names;

    public ReportsView(CycleService cycles, ReportVersions versions, PersonNames people, ReportFileNames names) {
        this.names = names;
        this.cycles = cycles;
        this.versions = versions;
        this.people = people;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long cycleId) {
        removeAll();
        add(new H2("Published reports"));
        int shown = 0;
        for (Cycle c : cycles.all()) {
            if (cycleId != null && c.id() != cycleId) {
                continue;
            }
            List<ReportVersion> published = versions.forCycle(c.id()).stream()
                    .filter(v -> v.status() == ReportStatus.APPROVED).toList();
            if (published.isEmpty()) {
                continue;
            }
            shown++;
            add(new H3("Corporate performance report, " + c.shortName()));
            UnorderedList list = new UnorderedList();
            Names approvers = people.named(published.stream().map(ReportVersion::decidedBy).filter(Objects::nonNull)
                    .toList());
            for (int i = published.size() - 1; i >= 0; i--) {
                ReportVersion v = published.get(i);
                list.add(new ListItem(new Span("Version " + v.version() + approved(v, approvers)
                        + (v.changeNote() == null ? "" : " (" + v.changeNote() + ")") + ": "),
                        ReportFiles.pdf(versions, names, v), new Span(" · "), ReportFiles.xlsx(versions, names, v)));
            }
            add(list);
            if (cycleId != null) {
                add(new ReportPreview(versions.html(published.get(published.size() - 1).id())));
            }
        }
        if (shown == 0) {
            add(new Paragraph(cycleId == null ? "No report has been published yet. Approved quarterly reports"
                    + " appear here." : "This quarter's report has not been published yet."));
        }
    }

    /** Who approved the version and when, as its readers (an auditor among them) ask: ", approved by … on …". */
    private static String approved(ReportVersion v, Names approvers) {
        return v.decidedAt() == null ? "" : ", approved" + (v.decidedBy() == null ? ""
                : " by " + approvers.of(v.decidedBy())) + " on " + WHEN.format(v.decidedAt());
    }
}
