package uk.quarterlyreturns.people;

import java.util.ArrayList;
import java.util.List;
import uk.quarterlyreturns.base.security.Role;

/** The Camunda groups a person's tasks are offered to: their roles, their service and directorate. */
public final class TaskGroups {

    private TaskGroups() {
    }

    public static String service(long serviceId) {
        return "service-" + serviceId;
    }

    /** A service's director, whoever holds the post when the inbox is read (a director named mid-cycle too). */
    public static String directors(long serviceId) {
        return "directors-" + serviceId;
    }

    public static String directorate(long directorateId) {
        return "directorate-" + directorateId;
    }

    public static List<String> of(Person person) {
        List<String> groups = new ArrayList<>(person.roles().stream().map(Enum::name).toList());
        if (person.serviceId() != null) {
            groups.add(service(person.serviceId()));
            if (person.has(Role.SERVICE_DIRECTOR)) {
                groups.add(directors(person.serviceId()));
            }
        }
        if (person.directorateId() != null) {
            groups.add(directorate(person.directorateId()));
        }
        return groups;
    }
}
