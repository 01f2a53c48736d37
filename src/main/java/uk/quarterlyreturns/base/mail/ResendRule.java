package uk.quarterlyreturns.base.mail;

import java.util.List;
import java.util.Map;

/**
 * Why a failed message should not be sent again now, though it failed: events overtook it since it was written (a
 * reminder for a return since submitted, mail to someone since disabled). The features that write mail say so.
 */
public interface ResendRule {

    /**
     * The reason in words for the outbox, by message id, for each of these messages that may not go again (one, or a
     * page of the outbox at once); the messages that may go are not in it.
     */
    Map<Long, String> whyNotAgain(List<OutboxEntry> messages);
}
