package uk.quarterlyreturns.chasing;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.people.Person;

/**
 * What becomes of a chase by hand for each person it goes to, in words for the person chasing: sent now, or held
 * for their daily digest (the same rule ReturnMailer applies when it records the chase).
 */
@Component
public class ChaseArrivals {

    private final Clock clock;

    ChaseArrivals(Clock clock) {
        this.clock = clock;
    }

    /** "Sam Patel: queued for delivery; Dana Digest: in their daily digest at 07:00 tomorrow". */
    public String perPerson(List<Person> recipients) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return recipients.stream().map(p -> p.displayName() + ": " + when(p, now)).collect(Collectors.joining("; "));
    }

    /** For one person: "queued for delivery", or "in their daily digest at 07:00 today" (or tomorrow). */
    public String when(Person recipient) {
        return when(recipient, ZonedDateTime.now(clock));
    }

    /** Whether the chase waits for the person's daily digest. */
    public boolean inADigest(Person recipient) {
        return ReturnMailer.heldForDigest(MailKind.CHASE, recipient);
    }

    static String when(Person recipient, ZonedDateTime now) {
        if (!ReturnMailer.heldForDigest(MailKind.CHASE, recipient)) {
            return "queued for delivery";
        }
        ZonedDateTime london = now.withZoneSameInstant(LondonTime.ZONE);
        LocalTime at = LocalTime.of(DailyDigest.HOUR, 0);
        return "in their daily digest at " + at + (london.toLocalTime().isBefore(at) ? " today" : " tomorrow");
    }
}
