package uk.quarterlyreturns.chasing;

import java.util.Collection;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.returns.StepTaker;

/**
 * Whether a mail held for a digest is still its recipient's when the digest goes. People move between services and
 * directors are replaced while mail waits: a mail asking someone to work on a return goes only to someone who may
 * still prepare it, one asking for sign-off only to someone who may still sign it off (as the inbox decides), and one
 * asking for the quality check only to someone still in the performance team.
 */
@Component
class StillTheirs {

    private static final Set<String> FOR_PREPARERS = names(MailKind.RETURN_ISSUED, MailKind.REMINDER, MailKind.CHASE,
            MailKind.SENT_BACK, MailKind.RETURN_REOPENED);
    private static final Set<String> FOR_SIGNERS = names(MailKind.AWAITING_SIGN_OFF);
    private static final Set<String> FOR_CHECKERS = names(MailKind.READY_FOR_CHECK);

    static final String MOVED = "Left out of the daily digest: its recipient may no longer act on the return";

    private final ReturnPermissions permissions;

    StillTheirs(ReturnPermissions permissions) {
        this.permissions = permissions;
    }

    /**
     * The re-check for the mail held for one address, its people read once: true when the mail is not a service's
     * (or nobody is known at the address), or one of the enabled people there may still act on the return.
     */
    BiPredicate<OutboxEntry, ServiceReturn> forAddress(List<Person> addressed) {
        Collection<StepTaker> takers = addressed.isEmpty() ? List.of() : permissions.takers(addressed
                .stream().filter(Person::enabled).map(Person::username).toList()).values();
        return (held, r) -> {
            boolean prepare = FOR_PREPARERS.contains(held.kind());
            boolean check = FOR_CHECKERS.contains(held.kind());
            if (!prepare && !check && !FOR_SIGNERS.contains(held.kind()) || addressed.isEmpty()) {
                return true;
            }
            return takers.stream().anyMatch(t -> prepare ? t.mayPrepare(r)
                    : check ? t.person().has(Role.PERFORMANCE_TEAM) : t.maySignOff(r));
        };
    }

    private static Set<String> names(MailKind... kinds) {
        return Stream.of(kinds).map(MailKind::name).collect(Collectors.toSet());
    }
}
