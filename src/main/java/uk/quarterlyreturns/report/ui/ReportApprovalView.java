package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.quarterlyreturns.base.security.PersonNames;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.base.ui.LeavingUnsaved;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.cycle.ReportCommentary;
import uk.quarterlyreturns.cycle.ReportStepsHeld;
import uk.quarterlyreturns.cycle.ReportWriters;
import uk.quarterlyreturns.cycle.RevisionsSent;
import uk.quarterlyreturns.report.CabinetCoverService;
import uk.quarterlyreturns.report.ReportDrafts;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.report.ReportFileNames;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.returns.HighlightReports;

/**
 * The compiled report on its way to Cabinet: the chief executive reads it here and approves it or returns
 * it with comments; the performance team writes the commentary and sends a revised one for approval again.
 */
@Route("reports/:cycleId(\\d+)/approval")
@PageTitle("Report approval | Quarterly Returns")
@RolesAllowed({"CHIEF_EXECUTIVE", "PERFORMANCE_TEAM"})
public class ReportApprovalView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

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
    private final ReportDrafts drafts;
    private final ReportFileNames names;
    /** The page's parts where words are typed then saved: nothing is compiled while any holds changes not saved. */
    private final List<UnsavedWords> editors = new ArrayList<>();
    private final LeavingUnsaved leaving = new LeavingUnsaved(this, () -> UnsavedWords.unsaved(editors));

    public ReportApprovalView(CycleRepository cycles, ReportVersions versions, ReportApproval approval,
            ReportCommentary commentary, CabinetCoverService covers, HighlightReports highlights,
            CurrentUser user, ReportDrafts drafts, PersonNames people, RevisionsSent revisionsSent,
            ReportStepsHeld stepsHeld, ReportWriters writers, ReportFileNames names) {
        this.names = names;
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
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event);
        leaving.watch();
    }

    private void show(BeforeEnterEvent event) {
        removeAll();
        editors.clear();
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
        add(new ReportHistory(v, versions, revisionsSent, stepsHeld, writers, people));
        add(new HorizontalLayout(ReportFiles.pdf(versions, names, v), ReportFiles.xlsx(versions, names, v)));
        if (c.status() == CycleStatus.AWAITING_APPROVAL && user.has(Role.CHIEF_EXECUTIVE)) {
            // Decided on this compilation and no other; once approved there is nothing left to decide.
            approval.decisionStep(c.id()).ifPresentOrElse(
                    step -> add(new ApprovalDecision(approval, c, v, step, user.username())),
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
            addResubmit(c);
        }
        addCommentaryEditor(c);
        addDraft(c);
        add(new ReportPreview(versions.html(v.id())));
    }

    /** The cover report and the commentary are saved only by their buttons: leaving with them changed asks first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        leaving.ask(event);
    }

    private void addResubmit(Cycle c) {
        // None open: the revised report was already sent; a revision opened later is not the one shown here.
        String revisionShown = approval.revisionStep(c.id()).orElse("");
        // Once sent, the revision is out of the team's hands until the chief executive decides: asked first.
        Button resubmit = new Button("Send the revised report for approval", e -> UnsavedWords.refusal(editors)
                .ifPresentOrElse(why -> Notification.show(why, 8000, Notification.Position.TOP_CENTER),
                        () -> Confirmations.ask("Send the revised report for approval?", "The report is compiled"
                                + " again with your revisions and goes to the chief executive, who is emailed to"
                                + " approve it or return it again.", "Send for approval",
                                () -> ApprovalOutcome.carryOut(this,
                                        () -> approval.resubmit(c.id(), user.username(), revisionShown),
                                        "Sent for approval again: it is being compiled"))));
        add(resubmit);
        approval.whyNotResubmit(c.id()).ifPresent(why -> {
            resubmit.setEnabled(false);
            Paragraph wait = new Paragraph(why);
            wait.addClassName("waiting-for-correction");
            add(wait);
        });
    }

    /** While returns are being collected the performance team may compile a draft to see how it reads. */
    private void addDraft(Cycle c) {
        if (user.has(Role.PERFORMANCE_TEAM) && c.status() == CycleStatus.OPEN) {
            add(new DraftReportPanel(drafts, c, user.username(), () -> UnsavedWords.refusal(editors)));
        }
    }

    /** Only while a compilation is still to come: the commentary and cover are read when the report is compiled. */
    private void addCommentaryEditor(Cycle c) {
        if (user.has(Role.PERFORMANCE_TEAM) && commentary.editable(c.id())) {
            editors.add(new CabinetCoverEditor(covers, c.id(), user.username()));
            editors.add(new CommentaryEditor(commentary, c.id(), user.username()));
            editors.add(new HighlightChoices(highlights, c.id(), user.username()));
            editors.forEach(part -> add((Component) part));
        }
    }
}
