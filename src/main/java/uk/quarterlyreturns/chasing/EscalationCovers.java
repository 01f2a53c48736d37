package uk.quarterlyreturns.chasing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.people.Covers;
import uk.quarterlyreturns.people.Covers.Covering;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * The escalation to a directorate's strategic directors goes also to whoever covers them on the day, saying for whom
 * and until when: a director on leave in the last week of collection would otherwise leave it unread. None before the
 * cover begins or after it ends; nobody twice.
 */
@Component
class EscalationCovers {

    /** How a cover's escalation begins its note. */
    static final String AS_COVER = "You receive this escalation as cover for ";

    private static final DateTimeFormatter DAY = UkDateFormat.ofPattern("d MMM yyyy");

    private final Covers covers;
    private final ReturnMailer mailer;
    private final Clock clock;

    EscalationCovers(Covers covers, ReturnMailer mailer, Clock clock) {
        this.covers = covers;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** After the escalation went to {@code sent}: the covers of the strategic directors, each with their own words. */
    void send(ServiceReturn r, Cycle cycle, List<Person> strategic, List<Person> sent, ReturnMailer.About about) {
        Set<String> told = sent.stream().map(Person::username).collect(Collectors.toSet());
        Map<Person, List<Covering>> byCover = new LinkedHashMap<>();
        covers.coveringOn(strategic, LocalDate.now(clock)).stream().filter(c -> !told.contains(c.cover().username()))
                .forEach(c -> byCover.computeIfAbsent(c.cover(), k -> new ArrayList<>()).add(c));
        byCover.forEach((cover, covering) -> mailer.send(MailKind.ESCALATION_STRATEGIC, r, cycle, List.of(cover),
                new ReturnMailer.About(about.step(), about.sentBy(), words(covering), about.senderName(),
                        about.directorName(), about.strategicDirectorName(), about.nextEscalation(),
                        about.remindersSent(), about.afterPublication(), about.nextEscalationAt()),
                covering.stream().map(c -> c.covered().username()).collect(Collectors.joining(","))));
    }

    /** "You receive this escalation as cover for Chris Holt until 30 Oct 2017." */
    static String words(List<Covering> covering) {
        return AS_COVER + covering.stream()
                .map(c -> c.covered().displayName() + " until " + DAY.format(c.until()))
                .collect(Collectors.joining(" and ")) + ".";
    }
}
