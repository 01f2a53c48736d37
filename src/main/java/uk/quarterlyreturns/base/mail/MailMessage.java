package uk.quarterlyreturns.base.mail;

/**
 * One message to one person. The key makes sending idempotent: the same key is only ever recorded and
 * delivered once (e.g. "reminder:return-42:7d:dir.housing").
 */
public record MailMessage(String key, String kind, String recipient, String subject, String text, String html,
        Long cycleId, Long returnId) {
}
