package uk.quarterlyreturns.base.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a failed message should not be sent again now, though it failed: events overtook it since it was written (a
 * reminder for a return since submitted, mail to someone since disabled). The features that write mail say so.
 */
public interface ResendRule {

    /** The reason in words for the outbox, or empty when the message may go again. */
    Optional<String> whyNotAgain(OutboxEntry message);

    /** The same for many messages at once (a page of the outbox), by message id: only those that may not go. */
    default Map<Long, String> whyNotAgain(List<OutboxEntry> messages) {
        Map<Long, String> reasons = new HashMap<>();
        messages.forEach(m -> whyNotAgain(m).ifPresent(why -> reasons.put(m.id(), why)));
        return reasons;
    }
}
