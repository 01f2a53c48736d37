package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.Countersigning;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.returns.EarlierFiguresMadeFinal;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.QualityCheck;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnSheet;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReviewItem;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * The performance team's quality check of a return as one grid: a row per measure and key action,
 * exceptions first, each challengeable from its row; the return is accepted or sent back below it, and
 * the full form is one link away.
 */
@Route("returns/:returnId(\\d+)/check")
@PageTitle("Quality check | Quarterly Returns")
@RolesAllowed("PERFORMANCE_TEAM")
public class QualityCheckView extends VerticalLayout implements BeforeEnterObserver {

    private final ReturnSheets sheets;
    private final QualityCheck check;
    private final Challenges challenges;
    private final ReturnPermissions permissions;
    private final ReturnWorkflow workflow;
    private final Countersigning countersigning;
    private final EarlierFigures earlierFigures;
    private final EarlierFiguresMadeFinal madeFinal;
    private final Evidence evidence;
    private final CurrentUser user;
    private final Clock clock;

    public QualityCheckView(ReturnSheets sheets, QualityCheck check, Challenges challenges,
            ReturnPermissions permissions, ReturnWorkflow workflow, Countersigning countersigning, CurrentUser user,
            Clock clock, EarlierFigures earlierFigures, EarlierFiguresMadeFinal madeFinal, Evidence evidence) {
        this.evidence = evidence;
        this.earlierFigures = earlierFigures;
        this.madeFinal = madeFinal;
        this.countersigning = countersigning;
        this.sheets = sheets;
        this.check = check;
        this.challenges = challenges;
        this.permissions = permissions;
        this.workflow = workflow;
        this.user = user;
        this.clock = clock;
        addClassName("quality-check-view");
    }

    public static String path(long returnId) {
        return ReturnView.path(returnId) + "/check";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("returnId").orElseThrow();
        Instant readAt = clock.instant();
        ReturnSheet sheet = ReturnView.loadOrSayNone(sheets, id, this);
        if (sheet != null) {
            show(sheet, user.username(), readAt);
        }
    }

    private void show(ReturnSheet sheet, String me, Instant readAt) {
        ServiceReturn r = sheet.serviceReturn();
        boolean checking = r.status() == ReturnStatus.SIGNED_OFF;
        add(new ReturnHeader(sheet, ZonedDateTime.now(clock), countersigning.forReturn(sheet.serviceReturn().id()),
                check.history(r.id())));
        HorizontalLayout links = new HorizontalLayout(new Anchor(ReturnView.path(r.id()), "Show the full return"));
        Optional<ServiceReturn> next = check.next(r, me);
        next.ifPresent(n -> links.add(new Anchor(path(n.id()), "Next return to check: " + n.serviceName())));
        add(links);
        if (!checking) {
            add(new Paragraph("This return is " + r.status().label().toLowerCase() + ": items are challenged only"
                    + " during the quality check, once it is signed off."));
        }
        ChangesSinceLastVersion changes = check.changes(r.id());
        if (changes.since() != null) {
            Details changed = new Details("What changed since version " + (changes.version() - 1),
                    new ChangesPanel(changes, sheet.names(), ReviewItem.Flag.CHANGED.label()));
            changed.addClassName("review-changes");
            add(changed);
        }
        if (!changes.atSignOff().isEmpty()) {
            // Opened: the return checked is not the one submitted, and that must not go unseen.
            Details atSignOff = new Details("What changed at sign-off, after version " + changes.version()
                    + " was submitted", new SignOffChangesPanel(changes, sheet.names()));
            atSignOff.addClassName("review-changes");
            atSignOff.setOpened(true);
            add(atSignOff);
        }
        EarlierFiguresSaid.of(sheet.year(), earlierFigures.forReturn(r.id())).ifPresent(this::add);
        EarlierFiguresSaid.waitingOn(madeFinal.waitingOn(r.id())).ifPresent(this::add);
        ReviewGrid[] grid = new ReviewGrid[1];
        grid[0] = new ReviewGrid(check.items(sheet, me), item -> new ReviewDialog(item, challenges, r, me,
                checking, () -> grid[0].replace(check.items(sheet, me))).open(),
                EvidenceCell.of(evidence, sheet, me));
        add(grid[0]);
        DecisionPanel.forReturn(sheet, me, permissions, workflow, sheets, new FormItems(readAt),
                outcome -> leave(outcome, next)).ifPresent(this::add);
    }

    private void leave(String outcome, Optional<ServiceReturn> next) {
        Notification.show(outcome, 6000, Notification.Position.TOP_CENTER);
        getUI().ifPresent(ui -> next.ifPresentOrElse(n -> ui.navigate(path(n.id())),
                () -> ui.navigate(InboxView.class)));
    }

}
