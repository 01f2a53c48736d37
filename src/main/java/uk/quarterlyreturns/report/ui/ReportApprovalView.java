package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.cycle.RevisionsSent;
import uk.quarterlyreturns.cycle.ReportStepsHeld;
import uk.quarterlyreturns.cycle.ReportWriters;
import uk.quarterlyreturns.cycle.ReportCommentary;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.security.PersonNames;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.report.CabinetCoverService;
import uk.quarterlyreturns.report.ReportDrafts;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.ui.InboxView;

/**
 * The compiled report on its way to Cabinet: the chief executive reads it here and approves it or returns
 * it with comments; the performance team writes the commentary and sends a revised one for approval again.
 */
@Route("reports/:cycleId(\\d+)/approval")
@PageTitle("Report approval | Quarterly Returns")
@RolesAllowed({"CHIEF_EXECUTIVE", "PERFORMANCE_TEAM"})
public class ReportApprovalView extends VerticalLayout implements BeforeEnterObserver {

    private final CycleRepository cycles;
    private final ReportVersions versions;
    private final ReportApproval approval;
    private final ReportCommentary commentary;
    private final CabinetCoverService covers;
    private final HighlightReports highlights;
    private final CurrentUser user;
    private final PersonNames people;
    private final RevisionsSent revisionsSent;
    private final ReportStepsHeld stepsHeld;
    private final ReportWriters writers;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
            Locale.UK);

    private final TextArea comments = new TextArea("Comments for the performance team");
    private final ReportDrafts drafts;

    public ReportApprovalView(CycleRepository cycles, ReportVersions versions, ReportApproval approval,
            ReportCommentary commentary, CabinetCoverService covers, HighlightReports highlights,
            CurrentUser user, ReportDrafts drafts, PersonNames people, RevisionsSent revisionsSent,
            ReportStepsHeld stepsHeld, ReportWriters writers) {
        this.stepsHeld = stepsHeld;
        this.writers = writers;
        this.people = people;
        this.revisionsSent = revisionsSent;
        this.covers = covers;
        this.highlights = highlights;
        this.drafts = drafts;
        this.cycles = cycles;
        this.versions = versions;
        this.approval = approval;
        this.commentary = commentary;
        this.user = user;
        comments.setWidthFull();
        comments.setMaxLength(ReportApproval.MOST_CHARACTERS);
        comments.setHelperText("Needed to return the report: say what should change");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long cycleId = event.getRouteParameters().getLong("cycleId").orElseThrow();
        Optional<Cycle> cycle = cycles.find(cycleId);
        Optional<ReportVersion> latest = cycle.flatMap(c -> versions.latest(c.id()));
        if (latest.isEmpty()) {
            add(new H2("Corporate performance report"), new Paragraph("The report has not been compiled yet."));
            cycle.ifPresent(this::addCommentaryEditor);
            cycle.ifPresent(this::addDraft);
            return;
        }
        Cycle c = cycle.get();
        ReportVersion v = latest.get();
        add(new H2("Corporate performance report, " + c.shortName() + " (version " + v.version() + ")"),
                new Paragraph("Status: " + c.status().label()));
        List<ReportVersions.Returned> returned = versions.returns(c.id());
        List<RevisionsSent.Sent> sent = revisionsSent.of(c.id());
        List<ReportStepsHeld.Held> held = stepsHeld.of(c.id());
        List<ReportWriters.Written> written = writers.of(c.id());
        Names names = people.named(Stream.of(Stream.of(v.decidedBy()), returned.stream()
                .map(ReportVersions.Returned::by), sent.stream().map(RevisionsSent.Sent::by),
                held.stream().flatMap(h -> Stream.of(h.by(), h.from(), h.to())),
                written.stream().map(ReportWriters.Written::by)).flatMap(s -> s).toList());
        if (v.decisionNote() != null) {
            Paragraph note = new Paragraph("Returned with comments by " + names.of(v.decidedBy()) + " on "
                    + DAY.format(v.decidedAt().atZone(ReportingYear.LONDON)) + ": " + v.decisionNote());
            note.addClassName("sent-back");
            add(note);
        }
        addEarlierComments(v, returned, names);
        for (RevisionsSent.Sent r : sent) {
            Paragraph note = new Paragraph("Revised report sent for approval by " + names.of(r.by()) + " on "
                    + DAY.format(r.at().atZone(ReportingYear.LONDON)));
            note.addClassName("revision-sent");
            add(note);
        }
        addWritten(written, names);
        addStepsHeld(held, names);
        add(new HorizontalLayout(ReportFiles.pdf(versions, c, v), ReportFiles.xlsx(versions, c, v)));
        if (c.status() == CycleStatus.AWAITING_APPROVAL && user.has(Role.CHIEF_EXECUTIVE)) {
            // Decided on this compilation and no other; once approved there is nothing left to decide.
            approval.decisionStep(c.id()).ifPresentOrElse(step -> add(decision(c, v, step)),
                    () -> add(new Paragraph("Approved: the report is being published.")));
        }
        if (c.status() == CycleStatus.AWAITING_APPROVAL) {
            approval.whyNobodyApproves(c.id()).ifPresent(why -> {
                Paragraph nobody = new Paragraph(why);
                nobody.addClassName("nobody-approves");
                add(nobody);
            });
        }
        if (c.status() == CycleStatus.RETURNED && user.has(Role.PERFORMANCE_TEAM)) {
            // None open: the revised report was already sent; a revision opened later is not the one shown here.
            String revisionShown = approval.revisionStep(c.id()).orElse("");
            // Once sent, the revision is out of the team's hands until the chief executive decides: asked first.
            Button resubmit = new Button("Send the revised report for approval", e -> Confirmations.ask(
                    "Send the revised report for approval?", "The report is compiled again with your revisions and"
                            + " goes to the chief executive, who is emailed to approve it or return it again.",
                    "Send for approval", () -> act(() -> approval.resubmit(c.id(), user.username(), revisionShown),
                            "Sent for approval again: it is being compiled")));
            add(resubmit);
            approval.whyNotResubmit(c.id()).ifPresent(why -> {
                resubmit.setEnabled(false);
                Paragraph wait = new Paragraph(why);
                wait.addClassName("waiting-for-correction");
                add(wait);
            });
        }
        addCommentaryEditor(c);
        addDraft(c);
        add(new ReportPreview(versions.html(v.id())));
    }

    /** Returns before the current decision: a revised report was compiled since, so they are history. */
    /** @param names the chief executives by name, as the performance team knows them */
    private void addEarlierComments(ReportVersion v, List<ReportVersions.Returned> returned, Names names) {
        for (ReportVersions.Returned r : returned) {
            if (r.at().equals(v.decidedAt())) {
                continue;
            }
            Paragraph note = new Paragraph("Earlier comments, returned by " + names.of(r.by()) + " on "
                    + DAY.format(r.at().atZone(ReportingYear.LONDON)) + " (version " + r.version() + "): "
                    + r.comment());
            note.addClassName("earlier-comments");
            add(note);
        }
    }

    /** Each version of the cover report and commentary: "Cover report for Cabinet written by … on …". */
    private void addWritten(List<ReportWriters.Written> written, Names names) {
        for (ReportWriters.Written w : written) {
            Paragraph note = new Paragraph(w.part().words() + " written by " + names.of(w.by()) + " on "
                    + DAY.format(w.at().atZone(ReportingYear.LONDON)));
            note.addClassName("report-written");
            add(note);
        }
    }

    /** Who claimed, released or took over the approval and the revision, and when: "Approve report claimed by …". */
    private void addStepsHeld(List<ReportStepsHeld.Held> held, Names names) {
        for (ReportStepsHeld.Held h : held) {
            Paragraph note = new Paragraph(h.step() + " " + h.kind().words()
                    + (h.to() == null ? "" : " to " + names.of(h.to())) + " by " + names.of(h.by())
                    + (h.from() == null ? "" : " from " + names.of(h.from())) + " on "
                    + DAY.format(h.at().atZone(ReportingYear.LONDON)));
            note.addClassName("step-held");
            add(note);
        }
    }

    /** While returns are being collected the performance team may compile a draft to see how it reads. */
    private void addDraft(Cycle c) {
        if (user.has(Role.PERFORMANCE_TEAM) && c.status() == CycleStatus.OPEN) {
            add(new DraftReportPanel(drafts, c, user.username()));
        }
    }

    /** Only while a compilation is still to come: the commentary and cover are read when the report is compiled. */
    private void addCommentaryEditor(Cycle c) {
        if (user.has(Role.PERFORMANCE_TEAM) && commentary.editable(c.id())) {
            add(new CabinetCoverEditor(covers, c.id(), user.username()));
            add(new CommentaryEditor(commentary, c.id(), user.username()));
            add(new HighlightChoices(highlights, c.id(), user.username()));
        }
    }

    private VerticalLayout decision(Cycle c, ReportVersion v, String step) {
        Button approve = new Button("Approve report", e -> Confirmations.ask("Approve the report?", "Version "
                + v.version() + " of the " + c.shortName() + " report will be published to every reader as PDF and"
                + " spreadsheet. It cannot be changed afterwards.", "Approve and publish",
                () -> act(() -> approval.approve(c.id(), user.username(), step),
                        "Approved: the report is being published")));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Optional<String> notTheirs = approval.whyNotApprove(c.id(), user.username());
        notTheirs.ifPresent(why -> approve.setEnabled(false));
        Button send = new Button("Return with comments", e -> {
            if (comments.getValue().isBlank()) {
                comments.setInvalid(true);
                comments.setErrorMessage("Say what should change: the comments go to the performance team");
                return;
            }
            Confirmations.ask("Return the report?", "The report goes back to the performance team with your comments.",
                    "Return with comments", () -> act(() -> approval.returnWithComments(c.id(), user.username(),
                            comments.getValue(), step), "Returned to the performance team"));
        });
        VerticalLayout box = new VerticalLayout(comments, new HorizontalLayout(approve, send));
        box.setPadding(false);
        notTheirs.ifPresent(why -> {
            Paragraph own = new Paragraph(why);
            own.addClassName("own-work");
            box.addComponentAsFirst(own);
        });
        box.addClassName("decision-panel");
        return box;
    }

    private void act(Runnable action, String outcome) {
        try {
            action.run();
            Notification.show(outcome, 6000, Notification.Position.TOP_CENTER);
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (IllegalArgumentException | IllegalStateException | NotAllowedException ex) {
            Notification.show("Not done: " + ex.getMessage(), 8000, Notification.Position.TOP_CENTER);
        }
    }
}
