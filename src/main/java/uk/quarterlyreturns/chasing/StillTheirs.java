package uk.quarterlyreturns.chasing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
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
 * Whether a mail is still its recipient's when its delivery comes (or its digest goes, or a failed one is sent again).
 * People move between services and directors are replaced while mail waits: a mail asking someone to work on a return
 * (or to answer a challenge on it) goes only to someone who may still prepare it (or to the performance team, who get
 * a reminder when nobody in the service can be mailed), one asking for sign-off only to someone who may still sign it
 * off (as the inbox decides), and one asking for the quality check (or telling of the answer to a challenge) only to
 * someone still in the performance team. Mail on the report's way to Cabinet has no return: "returned with comments"
 * goes only to someone still in the performance team, "nobody may approve" to the team and the administrators (who name
 * a chief executive), and the request for approval only to a chief executive, since each links to a page they could
 * otherwise no longer open.
 */
@Component
class StillTheirs {

    private static final Set<String> FOR_PREPARERS = names(MailKind.RETURN_ISSUED, MailKind.REMINDER, MailKind.CHASE,
            MailKind.SENT_BACK, MailKind.RETURN_REOPENED, MailKind.CHALLENGED);
    private static final Set<String> FOR_SIGNERS = names(MailKind.AWAITING_SIGN_OFF);
    private static final Set<String> FOR_CHECKERS = names(MailKind.READY_FOR_CHECK, MailKind.CHALLENGE_ANSWERED);

    private static final Map<String, Set<Role>> ON_THE_REPORT = Map.of(
            MailKind.REPORT_RETURNED.name(), Set.of(Role.PERFORMANCE_TEAM),
            MailKind.REPORT_NOBODY_APPROVES.name(), Set.of(Role.PERFORMANCE_TEAM, Role.ADMIN),
            MailKind.REPORT_FOR_APPROVAL.name(), Set.of(Role.CHIEF_EXECUTIVE));

    /** Why such a mail does not go. */
    static final String NO_LONGER = "its recipient may no longer act on the return";
    static final String NO_LONGER_ON_THE_REPORT = "its recipient may no longer act on the report";
    static final String MOVED = DailyDigest.LEFT_OUT + NO_LONGER;

    private final ReturnPermissions permissions;

    StillTheirs(ReturnPermissions permissions) {
        this.permissions = permissions;
    }

    /** Whether the mail is one on the report's way to Cabinet that only some may still act on. */
    static boolean onTheReport(OutboxEntry mail) {
        return ON_THE_REPORT.containsKey(mail.kind());
    }

    /** Why the mail does not go when its recipient may no longer act on what it is about. */
    static String whyNot(OutboxEntry mail) {
        return onTheReport(mail) ? NO_LONGER_ON_THE_REPORT : NO_LONGER;
    }

    /**
     * The re-check for the mail held for one address, its people read once: true when the mail is neither a
     * service's nor the report's (or nobody is known at the address), or one of the enabled people there may still
     * act on the return or the report. The return is null for mail about none.
     */
    BiPredicate<OutboxEntry, ServiceReturn> forAddress(List<Person> addressed) {
        Map<String, StepTaker> takers = permissions.takersOf(addressed.stream().filter(Person::enabled).toList());
        return check(addressed, takers);
    }

    /**
     * As {@link #forAddress}, for the mail to each of several addresses (a page of the outbox), given the people at
     * each: everyone's part read at once, however many addresses there are.
     */
    Function<String, BiPredicate<OutboxEntry, ServiceReturn>> forAddresses(Map<String, List<Person>> addressed) {
        Map<String, StepTaker> takers = permissions.takersOf(addressed.values().stream().flatMap(List::stream)
                .filter(Person::enabled).distinct().toList());
        return address -> check(addressed.getOrDefault(address, List.of()), takers);
    }

    private static BiPredicate<OutboxEntry, ServiceReturn> check(List<Person> addressed,
            Map<String, StepTaker> takers) {
        List<StepTaker> theirs = addressed.stream().map(p -> takers.get(p.username())).filter(Objects::nonNull)
                .toList();
        List<Person> enabled = addressed.stream().filter(Person::enabled).toList();
        return (held, r) -> {
            Set<Role> onTheReport = ON_THE_REPORT.get(held.kind());
            if (onTheReport != null) {
                return addressed.isEmpty() || enabled.stream().anyMatch(p -> onTheReport.stream().anyMatch(p::has));
            }
            boolean prepare = FOR_PREPARERS.contains(held.kind());
            boolean check = FOR_CHECKERS.contains(held.kind());
            if (!prepare && !check && !FOR_SIGNERS.contains(held.kind()) || addressed.isEmpty() || r == null) {
                return true;
            }
            return theirs.stream().anyMatch(t -> prepare ? t.mayPrepare(r) || t.person().has(Role.PERFORMANCE_TEAM)
                    : check ? t.person().has(Role.PERFORMANCE_TEAM) : t.maySignOff(r));
        };
    }

    private static Set<String> names(MailKind... kinds) {
        return Stream.of(kinds).map(MailKind::name).collect(Collectors.toSet());
    }
}
