package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.quarterlyreturns.returns.AcceptanceRules;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;

/**
 * What a reviewer needs on each measure and key action besides its figures: whether it changed since the
 * previous version or at sign-off (in words as well as colour), and its challenges from the quality check with the
 * service's answers.
 */
final class ItemNotes {

    private final ReturnContext context;
    private final Challenges challenges;
    private final ChangesSinceLastVersion changes;
    private final boolean markChanges;
    private final boolean markSignOff;
    private final boolean canChallenge;
    private final boolean canAnswer;
    private final Map<String, List<ReturnTrail.Event>> challenged;
    private final Set<String> open;
    private final FormItems items;

    /** @param items the form's items, told of each challenge box: what is typed there and not sent is not saved */
    ItemNotes(ReturnContext context, List<ReturnTrail.Event> history, Challenges challenges, boolean performanceTeam,
            boolean preparer, FormItems items) {
        this.context = context;
        this.items = items;
        this.challenges = challenges;
        ReturnStatus status = context.sheet().serviceReturn().status();
        this.changes = ChangesSinceLastVersion.of(history);
        this.markChanges = changes.since() != null
                && ReturnStatus.LOCKED_FOR_FEED.contains(status);
        this.markSignOff = !changes.atSignOff().isEmpty() && ReturnStatus.LOCKED_FOR_FEED.contains(status);
        this.canChallenge = performanceTeam && status == ReturnStatus.SIGNED_OFF;
        this.canAnswer = preparer && status == ReturnStatus.SIGNED_OFF;
        this.challenged = Challenges.byItem(history);
        this.open = AcceptanceRules.openSinceSignOff(history);
    }

    /** The table of changes for the top of the return, when it was resubmitted. */
    Optional<ChangesPanel> changesPanel() {
        return markChanges ? Optional.of(new ChangesPanel(changes, context.sheet().names(), changedMark()))
                : Optional.empty();
    }

    /** The table of changes made at sign-off, after the latest submission, when there are any. */
    Optional<SignOffChangesPanel> signOffPanel() {
        return markSignOff ? Optional.of(new SignOffChangesPanel(changes, context.sheet().names())) : Optional.empty();
    }

    void decorate(Section item, String code) {
        if (markSignOff && changes.signOffItems().contains(code)) {
            mark(item, SignOffChangesPanel.MARK);
        }
        if (markChanges && changes.items().contains(code)) {
            mark(item, changedMark());
        }
        List<ReturnTrail.Event> mine = challenged.getOrDefault(code, List.of());
        if (canChallenge || !mine.isEmpty()) {
            ChallengeBox box = new ChallengeBox(code, mine, context.sheet().names(), open.contains(code), challenges,
                    context.sheet().serviceReturn(), context.user(), canChallenge, canAnswer);
            items.challenges.put(code, box);
            item.add(box);
        }
    }

    private String changedMark() {
        return "Changed since version " + (changes.version() - 1);
    }

    private static void mark(Section item, String words) {
        item.addClassName("changed");
        Span mark = new Span(words);
        mark.addClassName("changed-mark");
        item.addComponentAtIndex(1, mark);
    }
}
