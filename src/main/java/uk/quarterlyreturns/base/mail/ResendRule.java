package uk.quarterlyreturns.base.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a recorded message should not go now: events overtook it since it was written (a reminder for a return since
 * submitted, mail to someone since disabled). The features that write mail say so. Asked when a message is delivered,
 * on each of its tries, and when a failed one is sent again.
 */
public interface ResendRule {

    /**
     * The reason in words ("it asks for a return that has been submitted since"), by message id, for each of these
     * messages that may not go (one, or a page of the outbox at once); the messages that may go are not in it.
     */
    Map<Long, String> whyOvertaken(List<OutboxEntry> messages);

    /** What every rule says of these messages, the first rule's reason where two say why. */
    static Map<Long, String> whyOvertaken(List<ResendRule> rules, List<OutboxEntry> messages) {
        Map<Long, String> reasons = new HashMap<>();
        rules.forEach(rule -> rule.whyOvertaken(messages).forEach(reasons::putIfAbsent));
        return reasons;
    }
}
