package uk.quarterlyreturns.base.mail;

/**
 * One message to one person. The key makes sending idempotent: the same key is only ever recorded and
 * delivered once (e.g. "reminder:return-42:7d:dir.housing"). {@code digestNote}: what a person typed into it (a
 * chase's message), which a daily digest holding it gives under its subject; null when nothing was typed.
 */
public record MailMessage(String key, String kind, String recipient, String subject, String text, String html,
        Long cycleId, Long returnId, String digestNote) {

    /** A message whose words are all in its subject and link, held for a digest or not. */
    public MailMessage(String key, String kind, String recipient, String subject, String text, String html,
            Long cycleId, Long returnId) {
        this(key, kind, recipient, subject, text, html, cycleId, returnId, null);
    }
}
