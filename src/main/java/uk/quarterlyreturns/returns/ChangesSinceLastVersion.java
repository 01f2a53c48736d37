package uk.quarterlyreturns.returns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed in a return between its previous submission and its latest one, read from the trail, so a
 * director or the performance team looking at a resubmitted return sees what is new since they last saw
 * it. A field changed and changed back does not count.
 *
 * @param version the number of the latest submission (1 for the first)
 * @param since   when the previous version was submitted, or null for a first submission
 * @param changes one per field, in the order they were first changed
 */
public record ChangesSinceLastVersion(int version, Instant since, List<Change> changes) {

    /** Trail kinds that change the return's content, rather than its status. */
    static final Set<String> CONTENT = Set.of("VALUE", "NOTE", "RATIO", "REASONS", "ACTIONS_PLANNED",
            "QUERY_EXPLANATION", "NOT_AVAILABLE", "RAG_OVERRIDE", "OVERRIDE_JUSTIFICATION", "ACTION_STATUS",
            "ACTION_COMMENTARY", "ACTION_REASONS", "ACTION_ACTIONS_PLANNED", "HIGHLIGHT_CURRENT_ISSUES",
            "HIGHLIGHT_IMPROVEMENTS", "HIGHLIGHT_NARRATIVE");

    public record Change(String kind, String item, String from, String to) {
    }

    /** @param trail the return's trail in the order it happened */
    public static ChangesSinceLastVersion of(List<ReturnTrail.Event> trail) {
        List<Integer> submissions = new ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            ReturnTrail.Event e = trail.get(i);
            if ("STATUS".equals(e.kind()) && ReturnStatus.SUBMITTED.name().equals(e.newValue())) {
                submissions.add(i);
            }
        }
        if (submissions.size() < 2) {
            return new ChangesSinceLastVersion(submissions.size(), null, List.of());
        }
        int previous = submissions.get(submissions.size() - 2);
        int latest = submissions.get(submissions.size() - 1);
        Map<String, Change> byField = new LinkedHashMap<>();
        for (ReturnTrail.Event e : trail.subList(previous + 1, latest)) {
            if (CONTENT.contains(e.kind())) {
                Change change = new Change(e.kind(), e.item(), e.oldValue(), e.newValue());
                byField.merge(e.kind() + ":" + e.item(), change,
                        (first, next) -> new Change(first.kind(), first.item(), first.from(), next.to()));
            }
        }
        List<Change> changes = byField.values().stream().filter(c -> !Objects.equals(c.from(), c.to())).toList();
        return new ChangesSinceLastVersion(submissions.size(), trail.get(previous).at(), changes);
    }

    /** The codes of the measures and key actions that changed (and the highlight report's trail item). */
    public Set<String> items() {
        return changes.stream().map(Change::item).collect(Collectors.toSet());
    }
}
