package uk.quarterlyreturns.base.mail;

import java.time.Instant;

/** An administrator's "Send again" of a failed message: who pressed it and when. */
public record Resend(long messageId, String by, Instant at) {
}
