package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.security.PersonNames;
import uk.quarterlyreturns.cycle.ReportStepsHeld;
import uk.quarterlyreturns.cycle.ReportWriters;
import uk.quarterlyreturns.cycle.RevisionsSent;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.report.ReportVersions;

/**
 * What has happened to the report so far, each with who and when: the chief executive's comments on returning it,
 * revisions sent for approval, who wrote the cover report and commentary, and who held the approval steps.
 */
class ReportHistory extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
            Locale.UK);

    ReportHistory(ReportVersion v, ReportVersions versions, RevisionsSent revisionsSent, ReportStepsHeld stepsHeld,
            ReportWriters writers, PersonNames people) {
        addClassName("report-history");
        long cycleId = v.cycleId();
        List<ReportVersions.Returned> returned = versions.returns(cycleId);
        List<RevisionsSent.Sent> sent = revisionsSent.of(cycleId);
        List<ReportStepsHeld.Held> held = stepsHeld.of(cycleId);
        List<ReportWriters.Written> written = writers.of(cycleId);
        Names names = people.named(Stream.of(Stream.of(v.decidedBy()), returned.stream()
                .map(ReportVersions.Returned::by), sent.stream().map(RevisionsSent.Sent::by),
                held.stream().flatMap(h -> Stream.of(h.by(), h.from(), h.to())),
                written.stream().map(ReportWriters.Written::by)).flatMap(s -> s).toList());
        if (v.decisionNote() != null) {
            note("Returned with comments by " + names.of(v.decidedBy()) + " on " + day(v.decidedAt()) + ": "
                    + v.decisionNote(), "sent-back");
        }
        addEarlierComments(v, returned, names);
        for (RevisionsSent.Sent r : sent) {
            note("Revised report sent for approval by " + names.of(r.by()) + " on " + day(r.at()), "revision-sent");
        }
        addWritten(written, names);
        addStepsHeld(held, names);
    }

    /**
     * Returns before the current decision: a revised report was compiled since, so they are history.
     *
     * @param names the chief executives by name, as the performance team knows them
     */
    private void addEarlierComments(ReportVersion v, List<ReportVersions.Returned> returned, Names names) {
        for (ReportVersions.Returned r : returned) {
            if (r.at().equals(v.decidedAt())) {
                continue;
            }
            note("Earlier comments, returned by " + names.of(r.by()) + " on " + day(r.at()) + " (version "
                    + r.version() + "): " + r.comment(), "earlier-comments");
        }
    }

    /** Each version of the cover report and commentary: "Cover report for Cabinet written by … on …". */
    private void addWritten(List<ReportWriters.Written> written, Names names) {
        for (ReportWriters.Written w : written) {
            note(w.part().words() + " written by " + names.of(w.by()) + " on " + day(w.at()), "report-written");
        }
    }

    /** Who claimed, released or took over the approval and the revision, and when: "Approve report claimed by …". */
    private void addStepsHeld(List<ReportStepsHeld.Held> held, Names names) {
        for (ReportStepsHeld.Held h : held) {
            note(h.step() + " " + h.kind().words() + (h.to() == null ? "" : " to " + names.of(h.to())) + " by "
                    + names.of(h.by()) + (h.from() == null ? "" : " from " + names.of(h.from())) + " on "
                    + day(h.at()), "step-held");
        }
    }

    private void note(String text, String className) {
        Paragraph note = new Paragraph(text);
        note.addClassName(className);
        add(note);
    }

    private static String day(Instant at) {
        return DAY.format(at.atZone(ReportingYear.LONDON));
    }
}
