package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance team's challenge comments on single measures and key actions of a return during the
 * quality check, and the service's answers. Both are kept in the return's trail, so the service sees them
 * when the return comes back and a challenge stays open until answered. Each is published as a {@link ChallengeEvent}:
 * the service is told of a challenge by mail, and the challenger of its answer.
 */
@Service
public class Challenges {

    public static final String KIND = "CHALLENGE";
    public static final String ANSWER = "CHALLENGE_ANSWER";
    public static final int MOST_CHARACTERS = 2000;

    private final ReturnRepository returns;
    private final ReturnPermissions permissions;
    private final ReturnSheets sheets;
    private final ReturnTrail trail;
    private final ApplicationEventPublisher events;
    private final QualityCheckClaims claims;

    Challenges(ReturnRepository returns, ReturnPermissions permissions, ReturnSheets sheets, ReturnTrail trail,
            ApplicationEventPublisher events, QualityCheckClaims claims) {
        this.claims = claims;
        this.events = events;
        this.returns = returns;
        this.permissions = permissions;
        this.sheets = sheets;
        this.trail = trail;
    }

    /** A challenge on the return as it stands now (for callers that show no page). */
    @Transactional
    public ReturnTrail.Event challenge(long returnId, String item, String user, String comment) {
        return challenge(returnId, returns.find(returnId).map(ServiceReturn::version).orElse(-1), item, user,
                comment);
    }

    /**
     * A challenge on the version the page showed: one left open while the return went round again would put a
     * question about a figure it no longer gives on a version nobody has checked, holding up its acceptance.
     */
    @Transactional
    public ReturnTrail.Event challenge(long returnId, int seenVersion, String item, String user, String comment) {
        return challenge(returnId, seenVersion, item, user, comment, false);
    }

    /** As above; a check a colleague holds is refused, or with {@code takeOver} taken over (QualityCheckClaims). */
    @Transactional
    public ReturnTrail.Event challenge(long returnId, int seenVersion, String item, String user, String comment,
            boolean takeOver) {
        permissions.requirePerformanceTeam(user);
        ServiceReturn r = returns.lock(returnId);
        if (r.status() != ReturnStatus.SIGNED_OFF) {
            throw new IllegalStateException("Items are challenged during the quality check, once the return is"
                    + " signed off; " + r.serviceName() + "'s return is " + r.status().label().toLowerCase());
        }
        StepChecks.requireUnchanged(r, seenVersion);
        if (!items(returnId).contains(item)) {
            throw new IllegalArgumentException(item + " is not part of " + r.serviceName() + "'s return");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Write the challenge: what should the service check or explain?");
        }
        if (text.length() > MOST_CHARACTERS) {
            throw new IllegalArgumentException("A challenge is at most " + MOST_CHARACTERS + " characters");
        }
        claims.requireFreeOrTakeOver(r, user, takeOver);
        ReturnTrail.Event challenge = trail.record(returnId, user, KIND, item, null, null, text);
        events.publishEvent(new ChallengeEvent(challenge, List.of()));
        return challenge;
    }

    /**
     * The service answers the challenges on an item of its signed-off return as they stand now (for callers that
     * show no page). The answer joins the challenges in the trail; an item whose latest challenge is answered no
     * longer holds up acceptance.
     */
    @Transactional
    public ReturnTrail.Event answer(long returnId, String item, String user, String answer) {
        return answer(returnId, returns.find(returnId).map(ServiceReturn::version).orElse(-1), Long.MAX_VALUE, item,
                user, answer);
    }

    /**
     * The answer from the page showing this version and, as the item's latest challenge, this one (its trail entry).
     * One left open would answer a later version's challenge; and since a challenge leaves the version as it is, one
     * read before a second challenge on the item would close that too, unread, letting the return be accepted.
     */
    @Transactional
    public ReturnTrail.Event answer(long returnId, int seenVersion, long seenChallenge, String item, String user,
            String answer) {
        ServiceReturn r = returns.lock(returnId);
        permissions.requirePrepare(user, r);
        if (r.status() != ReturnStatus.SIGNED_OFF) {
            throw new IllegalStateException("Challenges are answered during the quality check; " + r.serviceName()
                    + "'s return is " + r.status().label().toLowerCase());
        }
        StepChecks.requireUnchanged(r, seenVersion);
        // Only a challenge on the version now signed off waits for an answer: acceptance counts no other.
        List<ReturnTrail.Event> history = trail.forReturn(returnId);
        if (!AcceptanceRules.openSinceSignOff(history).contains(item)) {
            throw new IllegalArgumentException(item + " has no challenge waiting for an answer");
        }
        List<ReturnTrail.Event> waiting = waiting(history, item);
        List<ReturnTrail.Event> unread = waiting.stream().filter(c -> c.id() > seenChallenge).toList();
        if (!unread.isEmpty()) {
            throw new UnreadChallenges(item, unread);
        }
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Write the answer: what did the service check or find?");
        }
        if (text.length() > MOST_CHARACTERS) {
            throw new IllegalArgumentException("An answer is at most " + MOST_CHARACTERS + " characters");
        }
        ReturnTrail.Event answered = trail.record(returnId, user, ANSWER, item, null, null, text);
        events.publishEvent(new ChallengeEvent(answered, waiting));
        return answered;
    }

    /** An answer refused for questions asked since its writer's page was read: the page shows them to answer too. */
    public static final class UnreadChallenges extends IllegalStateException {

        private final transient List<ReturnTrail.Event> unread;

        UnreadChallenges(String item, List<ReturnTrail.Event> unread) {
            super("Another question was asked on " + item + " since you opened the return: read it, then answer");
            this.unread = unread;
        }

        public List<ReturnTrail.Event> unread() {
            return unread;
        }
    }

    /**
     * Those of these challenges (their entries in the trail) that an answer has followed: mail asking the service to
     * answer one of them would ask for what is done.
     */
    public Set<Long> answered(Collection<Long> challenges) {
        return trail.followedBy(challenges, ANSWER);
    }

    /** The challenges on the item since the latest sign-off that no answer has followed yet, oldest first. */
    private static List<ReturnTrail.Event> waiting(List<ReturnTrail.Event> history, String item) {
        List<ReturnTrail.Event> onItem = byItem(sinceSignOff(history)).getOrDefault(item, List.of());
        int lastAnswer = -1;
        for (int i = 0; i < onItem.size(); i++) {
            lastAnswer = ANSWER.equals(onItem.get(i).kind()) ? i : lastAnswer;
        }
        return onItem.subList(lastAnswer + 1, onItem.size());
    }

    /** Each challenged item's challenges and answers, oldest first. */
    public static Map<String, List<ReturnTrail.Event>> byItem(List<ReturnTrail.Event> history) {
        Map<String, List<ReturnTrail.Event>> byItem = new LinkedHashMap<>();
        history.stream().filter(e -> KIND.equals(e.kind()) || ANSWER.equals(e.kind()))
                .forEach(e -> byItem.computeIfAbsent(e.item(), k -> new ArrayList<>()).add(e));
        return byItem;
    }

    /** The items whose latest challenge has no answer after it, in the order first challenged. */
    public static Set<String> open(List<ReturnTrail.Event> history) {
        Set<String> open = new LinkedHashSet<>();
        byItem(history).forEach((item, events) -> {
            if (KIND.equals(events.get(events.size() - 1).kind())) {
                open.add(item);
            }
        });
        return open;
    }

    /**
     * The trail from the return's latest sign-off on: the quality check of the version now signed off. A
     * challenge before it was on an earlier version, which was sent back or reopened since.
     */
    public static List<ReturnTrail.Event> sinceSignOff(List<ReturnTrail.Event> trail) {
        int from = 0;
        for (int i = 0; i < trail.size(); i++) {
            ReturnTrail.Event e = trail.get(i);
            if ("STATUS".equals(e.kind()) && ReturnStatus.SIGNED_OFF.name().equals(e.newValue())) {
                from = i;
            }
        }
        return trail.subList(from, trail.size());
    }

    /**
     * The items whose challenge on an earlier version (before the latest sign-off) the service never answered, each
     * as its code and title: no longer open, but whoever checks the version signed off now may look at what became of
     * them. Empty for a return never sent back or reopened after a challenge.
     */
    public List<String> unansweredOnEarlierVersions(long returnId) {
        List<ReturnTrail.Event> history = trail.forReturn(returnId);
        Set<String> unanswered = open(history.subList(0, history.size() - sinceSignOff(history).size()));
        if (unanswered.isEmpty()) {
            return List.of();
        }
        Map<String, String> titles = titles(returnId);
        return unanswered.stream().map(code -> titles.containsKey(code) ? code + " " + titles.get(code) : code)
                .toList();
    }

    private Set<String> items(long returnId) {
        return titles(returnId).keySet();
    }

    /** The item's title in the return ("Percentage of repairs completed on time"), or null when it has none there. */
    public String title(long returnId, String item) {
        return titles(returnId).get(item);
    }

    /** The return's measures' and key actions' titles by code. */
    private Map<String, String> titles(long returnId) {
        ReturnSheet sheet = sheets.load(returnId);
        Map<String, String> titles = new HashMap<>();
        sheet.measures().forEach(m -> titles.put(m.measure().code(), m.measure().title()));
        sheet.actions().forEach(a -> titles.put(a.code(), a.definition().title()));
        return titles;
    }
}
