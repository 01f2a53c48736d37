package uk.quarterlyreturns.base.mail;

import java.time.Instant;

/** A recorded outbound message and what became of it. */
public record OutboxEntry(long id, String key, String kind, String recipient, String subject, Long cycleId,
        Long returnId, Instant createdAt, Status status, Instant deliveredAt, int attempts, String lastError) {

    /**
     * HELD: waiting for its recipient's daily digest; DIGESTED: went out in one, or was left out as overtaken by
     * events, of the digest or at its own delivery (lastError then says why).
     */
    public enum Status { PENDING, DELIVERED, NOT_SENT, HELD, DIGESTED }
}
