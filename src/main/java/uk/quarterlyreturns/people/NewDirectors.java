package uk.quarterlyreturns.people;

import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.Role;

/**
 * Tells the features that follow people when a change made someone a service's director or the chief executive, or
 * took the chief executive's post from someone, however it was made (the Users screen, Services and people, a people file), so that each way says it once and alike.
 */
@Component
class NewDirectors {

    private final PersonRepository people;
    private final ApplicationEventPublisher events;

    NewDirectors(PersonRepository people, ApplicationEventPublisher events) {
        this.people = people;
        this.events = events;
    }

    /** After the change: {@code before} is the person as they were, or null for someone created by it. */
    void since(Person before, String username) {
        Person now = people.find(username).orElseThrow();
        if (directs(now) && !(before != null && directs(before) && Objects.equals(before.serviceId(),
                now.serviceId()))) {
            events.publishEvent(new DirectorNamed(now.serviceId(), username));
        }
        if (leadsTheCouncil(now) && !(before != null && leadsTheCouncil(before))) {
            events.publishEvent(new ChiefExecutiveNamed(username));
        }
        if (before != null && leadsTheCouncil(before) && !leadsTheCouncil(now)) {
            events.publishEvent(new ChiefExecutiveLeft(username));
        }
    }

    private static boolean leadsTheCouncil(Person p) {
        return p.enabled() && p.has(Role.CHIEF_EXECUTIVE);
    }

    private static boolean directs(Person p) {
        return p.enabled() && p.has(Role.SERVICE_DIRECTOR) && p.serviceId() != null;
    }
}
