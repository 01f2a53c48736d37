package uk.quarterlyreturns.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.framework.Organisation;

/**
 * A deputy covers the director who was in post when they were named. However the director leaves the post (the Users
 * screen, Services and people, a people file or the people API, disabled), the deputies named for them end in the same
 * transaction, each delegation saying why: the new director never chose them (DeputyEndings.endNamedFor). A strategic
 * director's cover ends the same way with either of them (CoverEndings.endWith), and a deputy's own periods with them
 * when they may no longer be one (DeputyEndings.endHeldBy).
 */
@Component
class DeputiesFollowTheirDirector {

    private final PersonRepository people;
    private final DeputyEndings endings;
    private final Organisation organisation;
    private final CoverEndings coverEndings;

    DeputiesFollowTheirDirector(PersonRepository people, DeputyEndings endings, Organisation organisation,
            CoverEndings coverEndings) {
        this.coverEndings = coverEndings;
        this.people = people;
        this.endings = endings;
        this.organisation = organisation;
    }

    /** After the change: {@code before} is the person as they were. */
    void since(Person before, String by, AccountWay way) {
        coverEndings.endWith(before, by, way);
        endings.endHeldBy(before, by, way);
        if (!DirectorLeft.directs(before)) {
            return; // nothing to read for the many a people file names who direct no service
        }
        Person now = people.find(before.username()).orElseThrow();
        DirectorLeft.why(before, now, serviceName(before.serviceId())).ifPresent(why ->
                endings.endNamedFor(before.serviceId(), before.username(), why, by, way));
    }

    /**
     * What a change of people would take from those who hold work now (WorkTaken), the covers it would end among it:
     * {@code before} the people as they are now, by username.
     */
    List<String> workTaken(Map<String, Person> before, List<UserFields> after) {
        List<String> taken = new ArrayList<>(WorkTaken.by(before, after, organisation,
                endings::deputiesCovering));
        taken.addAll(coverEndings.endingWith(before, after));
        return taken;
    }

    /**
     * The deputies and covers that end when the person is disabled (as since would end them), those named for them
     * and those they hold, with the claims let go, in the words of the questions asked before a change of roles.
     */
    List<String> endingIfDisabled(Person before) {
        List<String> ending = new ArrayList<>();
        if (DirectorLeft.directs(before)) {
            ending.addAll(endings.endingWith(before.serviceId(), before));
        }
        Person disabled = new Person(before.username(), before.displayName(), before.email(), before.roles(),
                before.serviceId(), before.directorateId(), false, before.demo(), before.dailyDigest());
        ending.addAll(coverEndings.endingWith(before, disabled));
        ending.addAll(endings.endingHeldBy(before, disabled));
        return ending;
    }

    private String serviceName(Long serviceId) {
        return serviceId == null ? "" : organisation.findService(serviceId).map(Organisation.ServiceUnit::name)
                .orElse("their service");
    }
}
