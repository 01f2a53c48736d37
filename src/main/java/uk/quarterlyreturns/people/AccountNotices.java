package uk.quarterlyreturns.people;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.QuarterlySettings;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.mail.Links;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.templates.AccountMail;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.mail.templates.MailTemplates;
import uk.quarterlyreturns.base.mail.templates.RenderedMail;

/**
 * Tells people of changes to their account that someone else could use to sign in as them: a password reset or
 * changed, an email address changed (to the old address as well, which is where a hijacked account's owner still
 * reads mail). Recorded in the outbox in the caller's transaction, so a change rolled back tells nobody. Disabled
 * people get no mail; a notice never carries the password. The one mail with a secret is the reset link a person
 * asked for ({@link ForgottenPasswords}), whose body the outbox does not keep once it is sent.
 */
@Service
public class AccountNotices {

    private final PersonRepository people;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Links links;
    private final Clock clock;
    private final String contact;
    private final ResetLinks resetLinks;

    AccountNotices(PersonRepository people, MailTemplates templates, MailOutbox outbox, Links links, Clock clock,
            QuarterlySettings settings, ResetLinks resetLinks) {
        this.resetLinks = resetLinks;
        this.people = people;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.contact = settings.mail().from();
    }

    /** An administrator set a new password for them. */
    public void passwordReset(String username, String by) {
        Person person = saved(username);
        send(MailKind.ACCOUNT_PASSWORD_RESET, person, person.email(), nameOf(by), null, null, null, signIn());
    }

    /** They changed their own password, as {@code how} says ("under My settings"). */
    public void passwordChanged(String username, String how) {
        Person person = saved(username);
        send(MailKind.ACCOUNT_PASSWORD_CHANGED, person, person.email(), null, how, null, null, signIn());
    }

    /** The link that lets them choose a new password, to the address they have. */
    public void resetLink(Person person, String link) {
        send(MailKind.ACCOUNT_RESET_LINK, person, person.email(), null, null, null, null, link);
    }

    /**
     * The mail at their address not sent yet (held for their daily digest, or failed and waiting to be sent again),
     * taken before their address may change (see {@link #emailChangedSince}); none when someone else has the same
     * address, whose mail it may be.
     */
    public List<Long> unsentFor(Person person) {
        String address = blankToNull(person.email());
        if (address == null
                || people.findByEmail(address).stream().anyMatch(p -> !p.username().equals(person.username()))) {
            return List.of();
        }
        return outbox.unsent(address);
    }

    /**
     * Tells the address they had before and the one they have now, when the two differ; their mail not sent yet
     * ({@link #unsentFor} before the change: held for their daily digest, or failed and sent again later) follows
     * them to the new one. Forgotten-password links still open end, as they went to the old address.
     */
    public void emailChangedSince(Person before, List<Long> unsent, String by) {
        Person after = saved(before.username());
        String from = blankToNull(before.email());
        String to = blankToNull(after.email());
        if (Objects.equals(from, to)) {
            return;
        }
        resetLinks.endOpen(before.username(), clock.instant());
        if (to != null) {
            outbox.readdressUnsent(unsent, to);
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (String address : new String[] {from, to}) {
            if (address != null && addresses.stream().noneMatch(a -> a.equalsIgnoreCase(address))) {
                addresses.add(address);
            }
        }
        addresses.forEach(address -> send(MailKind.ACCOUNT_EMAIL_CHANGED, after, address, nameOf(by), null, from, to,
                signIn()));
    }

    private void send(MailKind kind, Person person, String address, String changedBy, String how, String oldEmail,
            String newEmail, String link) {
        if (!person.enabled() || address == null || address.isBlank()) {
            return;
        }
        RenderedMail mail = templates.render(kind, new AccountMail(person.displayName(), person.username(),
                ZonedDateTime.now(clock).withZoneSameInstant(LondonTime.ZONE), changedBy, how, oldEmail, newEmail,
                contact, link));
        outbox.send(new MailMessage(kind.name() + ":" + person.username() + ":" + address.toLowerCase(Locale.ROOT)
                + ":" + UUID.randomUUID(), kind.name(), address, mail.subject(), mail.text(), mail.html(), null, null));
    }

    private String signIn() {
        return links.to("/login");
    }

    private String nameOf(String username) {
        return people.find(username).map(Person::displayName).orElse(username);
    }

    private Person saved(String username) {
        return people.find(username).orElseThrow(() -> new IllegalStateException("No user " + username));
    }

    private static String blankToNull(String email) {
        return email == null || email.isBlank() ? null : email.strip();
    }
}
