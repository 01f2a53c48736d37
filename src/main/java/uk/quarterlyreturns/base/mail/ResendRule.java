package uk.quarterlyreturns.base.mail;

import java.util.Optional;

/**
 * Why a failed message should not be sent again now, though it failed: events overtook it since it was written (a
 * reminder for a return since submitted, mail to someone since disabled). The features that write mail say so.
 */
public interface ResendRule {

    /** The reason in words for the outbox, or empty when the message may go again. */
    Optional<String> whyNotAgain(OutboxEntry message);
}
