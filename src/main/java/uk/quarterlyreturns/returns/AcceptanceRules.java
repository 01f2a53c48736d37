package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When the performance team may accept a return, alone or with others in one go: it is signed off, no
 * challenge on it waits for the service's answer, and every query on it is explained. Anything else is
 * refused (or left, in bulk), with the reason in words.
 */
public final class AcceptanceRules {

    private AcceptanceRules() {
    }

    /**
     * @param openChallenges items whose challenge since the latest sign-off has no answer yet
     * @param problems       what the return's checks find now (queries not explained among them)
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
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /** The challenges since the return was last signed off that wait for an answer. */
    public static Set<String> openSinceSignOff(List<ReturnTrail.Event> trail) {
        return Challenges.open(Challenges.sinceSignOff(trail));
    }
}
