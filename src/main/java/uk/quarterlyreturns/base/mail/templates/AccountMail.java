package uk.quarterlyreturns.base.mail.templates;

import java.time.ZonedDateTime;

/**
 * What an email about a person's own account says: what changed, when, by whom, and whom to tell if they did not
 * expect it. It never carries a password; the only secret any of them carries is the reset link of
 * {@link MailKind#ACCOUNT_RESET_LINK}, which is its {@link #link()}.
 *
 * @param recipientName who the email greets; null greets nobody by name
 * @param username the account, as its owner signs in; always needed
 * @param when when the change was made; always needed
 * @param changedBy who made the change, e.g. "Ada Admin"; needed by ACCOUNT_PASSWORD_RESET and
 *        ACCOUNT_EMAIL_CHANGED; null when the person did it themselves
 * @param how the way the person changed it themselves, e.g. "under My settings"; shown when known
 * @param oldEmail the address before the change; ACCOUNT_EMAIL_CHANGED needs it or {@code newEmail}
 * @param newEmail the address after the change; null when it was removed
 * @param contact the address to tell when the change was not expected; always needed
 * @param link absolute http(s) address: the sign-in page, or the reset link; always needed
 */
public record AccountMail(String recipientName, String username, ZonedDateTime when, String changedBy, String how,
        String oldEmail, String newEmail, String contact, String link) {
}
