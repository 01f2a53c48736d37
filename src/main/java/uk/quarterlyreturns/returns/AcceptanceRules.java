package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When the performance team may accept a return, alone or with others in one go: it is signed off, no
 * challenge on it waits for the service's answer, every query on it is explained, and a highlight report asked of it
 * is complete. Anything else is refused (or left, in bulk), with the reason in words.
 */
public final class AcceptanceRules {

    private AcceptanceRules() {
    }

    /**
     * @param openChallenges items whose challenge since the latest sign-off has no answer yet
     * @param problems       what the return's checks find now (queries not explained, a highlight report asked for
     *                       and not complete, among them)
     * @return why the return may not be accepted, or empty when it may
     */
    public static Optional<String> whyNot(ServiceReturn r, Set<String> openChallenges,
            List<ReturnChecks.Problem> problems) {
        if (r.status() != ReturnStatus.SIGNED_OFF) {
            return Optional.of("it is " + r.status().label().toLowerCase() + ", not signed off");
        }
        List<String> reasons = new ArrayList<>();
        if (!openChallenges.isEmpty()) {
            reasons.add("the challenge on " + String.join(", ", openChallenges) + " is not answered yet");
        }
        List<String> queries = problems.stream().filter(p -> p.level() == ReturnChecks.Level.QUERY)
                .map(ReturnChecks.Problem::code).distinct().toList();
        if (!queries.isEmpty()) {
            reasons.add("the query on " + String.join(", ", queries) + " is not explained");
        }
        highlightMissing(problems).ifPresent(reasons::add);
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /**
     * A highlight report asked for after its return was signed off (or signed off before the checks asked for it) may
     * be blank: only the service can write it, so the return goes back to them.
     */
    private static Optional<String> highlightMissing(List<ReturnChecks.Problem> problems) {
        List<String> missing = problems.stream().filter(p -> p.code().equals(HighlightChecks.ITEM))
                .map(ReturnChecks.Problem::message).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String what = missing.size() > 1 ? "is blank" // neither the narrative nor issues or improvements
                : missing.get(0).equals(HighlightChecks.NO_NARRATIVE) ? "has no head of service's narrative"
                : "has no current issues or improvements";
        return Optional.of("the highlight report asked for " + what + ": send the return back");
    }

    /** The challenges since the return was last signed off that wait for an answer. */
    public static Set<String> openSinceSignOff(List<ReturnTrail.Event> trail) {
        return Challenges.open(Challenges.sinceSignOff(trail));
    }
}
