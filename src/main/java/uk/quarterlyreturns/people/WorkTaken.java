package uk.quarterlyreturns.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.Organisation;

/**
 * What a change of people takes from someone who holds work now, in words for the question asked before it: a
 * service's director replaced or left without the service (and the deputies named for them with them), a data
 * officer moved, a strategic director moved, someone
 * leaving the performance team or no longer the chief executive. Someone disabled holds no work, so loses none.
 */
public final class WorkTaken {

    private WorkTaken() {
    }

    /** The deputies who cover the service's director now and end when they leave the post. */
    @FunctionalInterface
    public interface Cover {
        List<Deputy> of(long serviceId, String director);
    }

    /** A deputy by name, with the steps they claimed, which are let go when they end (DeputyClaims). */
    public record Deputy(String name, List<String> claims) {
    }

    /** A deputy who ends with the director they covered, in the words of every question that says so. */
    public static String deputyEnds(Deputy deputy, String service, String director) {
        return withClaims(deputy.name() + " stops being deputy for " + service + ": named for " + director
                + ", they no longer sign off its returns", deputy.claims());
    }

    /**
     * A delegation the person holds as deputy, ending with them (disabled, or no longer one who may be a deputy), in
     * the words of the question asked before: "Their cover as deputy for Housing (until 30 Oct 2026) ends".
     */
    public static String ownCoverEnds(String service, java.time.LocalDate until, List<String> claims) {
        return withClaims("Their cover as deputy for " + service + " (until " + DAY.format(until) + ") ends", claims);
    }

    private static final java.time.format.DateTimeFormatter DAY = uk.quarterlyreturns.base.calendar.UkDateFormat
            .ofPattern("d MMM yyyy");

    private static String withClaims(String ends, List<String> claims) {
        return claims.isEmpty() ? ends : ends + "; " + DeputyClaims.released(claims);
    }

    /** As below, naming services and directorates as the organisation does now. */
    public static List<String> by(Map<String, Person> before, List<UserFields> after, Organisation organisation,
            Cover cover) {
        return by(before, after, id -> organisation.findService(id).map(Organisation.ServiceUnit::name)
                .orElse("their service"), id -> organisation.directorates().stream().filter(d -> d.id() == id)
                .map(Organisation.Directorate::name).findFirst().orElse("their directorate"), cover);
    }

    /** As below, with no deputies to end. */
    public static List<String> by(Map<String, Person> before, List<UserFields> after, LongFunction<String> serviceName,
            LongFunction<String> directorateName) {
        return by(before, after, serviceName, directorateName, (service, director) -> List.of());
    }

    /**
     * @param before the people as they are now, by username (those the change creates are absent)
     * @param after  the people as the change leaves them, in the order it names them
     */
    public static List<String> by(Map<String, Person> before, List<UserFields> after, LongFunction<String> serviceName,
            LongFunction<String> directorateName, Cover cover) {
        Map<Long, UserFields> newDirectorOf = new HashMap<>();
        after.stream().filter(u -> u.has(Role.SERVICE_DIRECTOR) && u.serviceId() != null)
                .forEach(u -> newDirectorOf.putIfAbsent(u.serviceId(), u));
        List<String> taken = new ArrayList<>();
        for (UserFields now : after) {
            Person was = before.get(now.username());
            if (was == null || !was.enabled()) {
                continue;
            }
            String name = was.displayName();
            if (lost(was, now, Role.SERVICE_DIRECTOR, was.serviceId(), now.serviceId())) {
                String service = serviceName.apply(was.serviceId());
                UserFields next = newDirectorOf.get(was.serviceId());
                taken.add(next != null ? next.displayName() + " replaces " + name + " as director of " + service
                        : name + " stops being director of " + service + ", which has no director until one is named");
                cover.of(was.serviceId(), was.username()).forEach(deputy -> taken.add(deputyEnds(deputy, service,
                        name)));
            }
            if (lost(was, now, Role.DATA_OFFICER, was.serviceId(), now.serviceId())) {
                taken.add(name + " stops being a data officer of " + serviceName.apply(was.serviceId()));
            }
            if (lost(was, now, Role.STRATEGIC_DIRECTOR, was.directorateId(), now.directorateId())) {
                taken.add(name + " stops being strategic director of " + directorateName.apply(was.directorateId())
                        + ": its escalations no longer reach them");
            }
            if (was.has(Role.PERFORMANCE_TEAM) && !now.has(Role.PERFORMANCE_TEAM)) {
                taken.add(name + " leaves the performance team");
            }
            if (was.has(Role.CHIEF_EXECUTIVE) && !now.has(Role.CHIEF_EXECUTIVE)) {
                taken.add(name + " stops being the chief executive");
            }
        }
        return taken;
    }

    /** They held the role in a place and no longer hold it there (moved elsewhere, or the role taken away). */
    private static boolean lost(Person was, UserFields now, Role role, Long placeBefore, Long placeAfter) {
        return was.has(role) && placeBefore != null && !(now.has(role) && Objects.equals(placeBefore, placeAfter));
    }
}
