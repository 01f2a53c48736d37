package uk.quarterlyreturns.returns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed in a return, read from the trail, so its reviewers see what is new since they last saw it:
 * between the previous version as they saw it and the latest submission, and, separately, what the director (or
 * deputy) changed at sign-off, after the latest submission. A field changed and changed back does not count.
 *
 * @param version   the number of the latest submission (1 for the first)
 * @param since     when the previous version was submitted, or null for a first submission
 * @param changes   one per field changed since the previous version as its reviewers saw it, in the order they were
 *                  first changed: as signed off, when it was (the performance team checked that, and published it
 *                  if it was accepted and then reopened); as submitted, when its director sent it back instead
 * @param submitted when the latest version was submitted, or null before any submission
 * @param atSignOff one per field changed after the latest submission and before its sign-off (or so far, while
 *                  it awaits sign-off); none when the director sent that version back instead, as its
 *                  changes then belong to the next version's changes since this one
 * @param signedOff when the previous version was signed off, or null when it was not (or there is none)
 * @param back      the step that sent the previous version back to the service, sent back or reopened, whose
 *                  comment says why; null for a first submission
 */
public record ChangesSinceLastVersion(int version, Instant since, List<Change> changes, Instant submitted,
        List<Edit> atSignOff, Instant signedOff, ReturnTrail.Event back) {

    /** An earlier figure's trail item: the measure's code, then the quarter ("Q1", "Q4 2016/17"). */
    private static final Pattern EARLIER_QUARTER = Pattern.compile("(.+) Q[1-4](?: \\d{4}/\\d{2})?");

    private static final Set<String> BACK = Set.of(ReturnStatus.SENT_BACK.name(), ReturnStatus.REOPENED.name());

    /** Trail kinds that change the return's content, rather than its status. */
    static final Set<String> CONTENT = Set.of("VALUE", "NOTE", "RATIO", "REASONS", "ACTIONS_PLANNED",
            "QUERY_EXPLANATION", "NOT_AVAILABLE", ReturnEditing.PROVISIONAL, EarlierFigures.EARLIER_FIGURE,
            "RAG_OVERRIDE", "OVERRIDE_JUSTIFICATION", "ACTION_STATUS",
            "ACTION_COMMENTARY", "ACTION_REASONS", "ACTION_ACTIONS_PLANNED", "HIGHLIGHT_CURRENT_ISSUES",
            "HIGHLIGHT_IMPROVEMENTS", "HIGHLIGHT_NARRATIVE", Evidence.ADDED, Evidence.REMOVED);

    /**
     * Whether the entry changed the return's content: one of the {@link #CONTENT} kinds, but not an earlier figure's
     * revision left unapplied at an acceptance ({@link EarlierFigures#NOT_APPLIED}), which nobody changed.
     */
    static boolean changesContent(ReturnTrail.Event e) {
        return CONTENT.contains(e.kind()) && !(EarlierFigures.EARLIER_FIGURE.equals(e.kind()) && e.comment() != null
                && e.comment().startsWith(EarlierFigures.NOT_APPLIED));
    }

    public ChangesSinceLastVersion(int version, Instant since, List<Change> changes) {
        this(version, since, changes, null, List.of(), null, null);
    }

    public record Change(String kind, String item, String from, String to) {
    }

    /**
     * A field's change with who made it and when they last changed it.
     *
     * @param by the trail's actors (usernames), each once, in the order they first changed it
     */
    public record Edit(String kind, String item, String from, String to, List<String> by, Instant at) {

        public Edit {
            by = List.copyOf(by);
        }
    }

    /** @param trail the return's trail in the order it happened */
    public static ChangesSinceLastVersion of(List<ReturnTrail.Event> trail) {
        List<Integer> submissions = new ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            if (isStatus(trail.get(i)) && ReturnStatus.SUBMITTED.name().equals(trail.get(i).newValue())) {
                submissions.add(i);
            }
        }
        if (submissions.isEmpty()) {
            return new ChangesSinceLastVersion(0, null, List.of());
        }
        int latest = submissions.get(submissions.size() - 1);
        List<Edit> atSignOff = atSignOff(trail, latest);
        Instant submitted = trail.get(latest).at();
        if (submissions.size() < 2) {
            return new ChangesSinceLastVersion(1, null, List.of(), submitted, atSignOff, null, null);
        }
        int previous = submissions.get(submissions.size() - 2);
        int step = nextStep(trail, previous);
        boolean signedOff = step < latest && ReturnStatus.SIGNED_OFF.name().equals(trail.get(step).newValue());
        // the sign-off's own changes were seen with the version, so they are no change since it
        int seen = signedOff ? step : previous;
        List<Change> changes = net(trail.subList(seen + 1, latest)).stream()
                .map(e -> new Change(e.kind(), e.item(), e.from(), e.to())).toList();
        return new ChangesSinceLastVersion(submissions.size(), trail.get(previous).at(), changes, submitted,
                atSignOff, signedOff ? trail.get(step).at() : null, back(trail, previous, latest));
    }

    /** The changes after the submission at this place in the trail, up to the next step taken on it. */
    private static List<Edit> atSignOff(List<ReturnTrail.Event> trail, int submission) {
        int end = nextStep(trail, submission);
        boolean sentBack = end < trail.size() && !ReturnStatus.SIGNED_OFF.name().equals(trail.get(end).newValue());
        return sentBack ? List.of() : net(trail.subList(submission + 1, end));
    }

    /** Where the next step after this one is in the trail, or the trail's size when none was taken yet. */
    private static int nextStep(List<ReturnTrail.Event> trail, int from) {
        int next = from + 1;
        while (next < trail.size() && !isStatus(trail.get(next))) {
            next++;
        }
        return next;
    }

    /** The latest step between two submissions that gave the return back to the service: sent back or reopened. */
    private static ReturnTrail.Event back(List<ReturnTrail.Event> trail, int previous, int latest) {
        for (int i = latest - 1; i > previous; i--) {
            ReturnTrail.Event e = trail.get(i);
            if (isStatus(e) && BACK.contains(e.newValue())) {
                return e;
            }
        }
        return null;
    }

    /**
     * The content changes among these events, one per field from its first old value to its last new one. An evidence
     * file is a field of its own: added and removed again it is no change, and its entry says whether it came or went.
     */
    private static List<Edit> net(List<ReturnTrail.Event> events) {
        Map<String, Edit> byField = new LinkedHashMap<>();
        for (ReturnTrail.Event e : events) {
            if (changesContent(e)) {
                byField.merge(field(e),
                        new Edit(e.kind(), e.item(), e.oldValue(), e.newValue(), List.of(e.actor()), e.at()),
                        (first, next) -> new Edit(first.kind(), first.item(), first.from(), next.to(),
                                actors(first.by(), next.by()), next.at()));
            }
        }
        return byField.values().stream().filter(c -> !Objects.equals(c.from(), c.to())).toList();
    }

    /** A field by its kind and item; an evidence file by its measure and the file (name, size and hash). */
    private static String field(ReturnTrail.Event e) {
        if (Evidence.ADDED.equals(e.kind()) || Evidence.REMOVED.equals(e.kind())) {
            return "EVIDENCE:" + e.item() + ":" + (e.newValue() != null ? e.newValue() : e.oldValue());
        }
        return e.kind() + ":" + e.item();
    }

    private static List<String> actors(List<String> so, List<String> far) {
        return Stream.concat(so.stream(), far.stream()).distinct().toList();
    }

    private static boolean isStatus(ReturnTrail.Event e) {
        return "STATUS".equals(e.kind());
    }

    /**
     * The codes of the measures and key actions that changed (and the highlight report's trail item). An earlier
     * figure said of ("HF-1 Q1") names its measure too: the measure's row is marked changed, as its figures changed.
     */
    public Set<String> items() {
        return changes.stream().flatMap(c -> named(c.kind(), c.item())).collect(Collectors.toSet());
    }

    /** The codes of the items changed at sign-off, an earlier figure's measure among them. */
    public Set<String> signOffItems() {
        return atSignOff.stream().flatMap(e -> named(e.kind(), e.item())).collect(Collectors.toSet());
    }

    private static Stream<String> named(String kind, String item) {
        Matcher earlier = EARLIER_QUARTER.matcher(item);
        return EarlierFigures.EARLIER_FIGURE.equals(kind) && earlier.matches() ? Stream.of(item, earlier.group(1))
                : Stream.of(item);
    }
}
