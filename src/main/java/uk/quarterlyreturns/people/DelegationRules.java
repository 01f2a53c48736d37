package uk.quarterlyreturns.people;

import java.time.LocalDate;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;

/**
 * Who may be a deputy and for what period. A deputy signs off, so must be a director (of a service or a
 * directorate), never a data officer; nobody checks their own work, so the performance team (who accept
 * returns), the chief executive (who approves the report) and administrators (who grant roles) are never
 * deputies. The service's own director needs no deputy for themselves; a disabled user cannot sign in.
 */
final class DelegationRules {

    private DelegationRules() {
    }

    /** Why this person may not be a deputy, whatever the service; empty when they may. */
    static java.util.Optional<String> whyNotADeputy(Person person) {
        if (person.has(Role.DATA_OFFICER)) {
            return java.util.Optional.of(person.displayName() + " is a data officer and cannot sign off a return,"
                    + " so cannot be a director's deputy");
        }
        if (person.has(Role.PERFORMANCE_TEAM)) {
            return java.util.Optional.of(person.displayName() + " is in the performance team, who accept returns,"
                    + " so cannot also sign them off as a deputy");
        }
        if (person.has(Role.CHIEF_EXECUTIVE)) {
            return java.util.Optional.of(person.displayName() + " is the chief executive, who approves the report,"
                    + " so cannot also sign off returns as a deputy");
        }
        if (person.has(Role.ADMIN)) {
            return java.util.Optional.of(person.displayName() + " is an administrator, who grants roles,"
                    + " so cannot also sign off returns as a deputy");
        }
        if (!person.has(Role.SERVICE_DIRECTOR) && !person.has(Role.STRATEGIC_DIRECTOR)) {
            return java.util.Optional.of(person.displayName() + " is not a director: a deputy signs off, so must"
                    + " be a service or strategic director");
        }
        return java.util.Optional.empty();
    }

    /**
     * Why this person may not be a strategic director's cover: they receive a directorate's escalations, so must be a
     * strategic director themselves, and none of those who may not be a deputy. Empty when they may.
     */
    static java.util.Optional<String> whyNotCover(Person person) {
        return whyNotADeputy(person).or(() -> person.has(Role.STRATEGIC_DIRECTOR) ? java.util.Optional.empty()
                : java.util.Optional.of(person.displayName() + " is not a strategic director: only another strategic"
                        + " director may receive a directorate's escalations as cover"));
    }

    static boolean mayBeCover(Person person) {
        return person.enabled() && whyNotCover(person).isEmpty();
    }

    static boolean mayBeDeputy(Person person) {
        return person.enabled() && whyNotADeputy(person).isEmpty();
    }

    /**
     * Why a change from {@code before} to {@code now} ends what they stood in as ({@code what}: "a deputy", "cover",
     * with {@code whyNot} its rule): "Dora Deputy was disabled", or that they may no longer be one and why. Empty when
     * they still may, or never might.
     */
    static java.util.Optional<String> whyNoLonger(Person before, Person now,
            java.util.function.Function<Person, java.util.Optional<String>> whyNot, String what) {
        if (!before.enabled() || whyNot.apply(before).isPresent() || now.enabled() && whyNot.apply(now).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(now.displayName() + (now.enabled() ? " may no longer be " + what + ": "
                + whyNot.apply(now).orElseThrow() : " was disabled"));
    }

    static void refuseDeputy(Person person, long serviceId) {
        if (!person.enabled()) {
            throw new IllegalArgumentException(person.displayName() + " is disabled and cannot sign in");
        }
        whyNotADeputy(person).ifPresent(why -> {
            throw new NotAllowedException(why);
        });
        if (person.has(Role.SERVICE_DIRECTOR) && Long.valueOf(serviceId).equals(person.serviceId())) {
            throw new IllegalArgumentException(person.displayName() + " is the service's director already");
        }
    }

    /** Why a current or coming deputy cannot be given roles that a deputy may not hold. */
    static String stillADeputy(Person person, String why) {
        return why + ". " + person.displayName() + " is named as a director's deputy. End or withdraw the"
                + " delegation first";
    }

    private static final java.time.format.DateTimeFormatter UK = uk.quarterlyreturns.base.calendar.UkDateFormat
            .ofPattern("d MMM yyyy");

    /**
     * The period of a deputy or a cover ({@code what}): from today or later, since the list would otherwise show
     * someone standing in on days nobody asked them to; and no longer than a year, since a mistyped year (2207 for
     * 2027) would hand over a return's sign-off or a directorate's escalations for decades.
     */
    static void checkPeriod(LocalDate startsOn, LocalDate endsOn, LocalDate today, String what) {
        if (startsOn == null || endsOn == null) {
            throw new IllegalArgumentException("Give the first and last day of the period");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        if (endsOn.isBefore(today)) {
            throw new IllegalArgumentException("The period is already over: a " + what + " is named for today or"
                    + " later");
        }
        if (startsOn.isBefore(today)) {
            throw new IllegalArgumentException("The " + what + " starts on " + UK.format(startsOn) + ", in the past:"
                    + " name it from today or later");
        }
        if (endsOn.isAfter(startsOn.plusYears(1))) {
            throw new IllegalArgumentException("The " + what + " would run from " + UK.format(startsOn) + " to "
                    + UK.format(endsOn) + ", longer than a year: check the year, or name it again when it runs out");
        }
    }
}
