package uk.quarterlyreturns.base.mail.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One day's events for one person who chose a daily digest instead of one email per event.
 *
 * @param recipientName who the email greets; null greets nobody by name
 * @param day the day the digest covers, named in its subject
 * @param items the events, in the order they are listed; at least one (an empty digest is not sent)
 */
public record DigestMail(String recipientName, LocalDate day, List<DigestItem> items) {

    public DigestMail {
        Objects.requireNonNull(day, "day");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A daily digest needs at least one item");
        }
    }
}
