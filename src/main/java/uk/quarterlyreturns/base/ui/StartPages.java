package uk.quarterlyreturns.base.ui;

import java.util.List;
import java.util.Set;
import uk.quarterlyreturns.base.security.Role;

/** Where each role starts its day; someone with several roles starts at the first that applies. */
public final class StartPages {

    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.PERFORMANCE_TEAM, Role.CHIEF_EXECUTIVE,
            Role.STRATEGIC_DIRECTOR, Role.SERVICE_DIRECTOR, Role.DATA_OFFICER, Role.READER);

    private StartPages() {
    }

    public static String forRole(Role role) {
        return switch (role) {
            case ADMIN -> "admin/users";
            // in a live quarter the team watches who is in and chases who is not; the framework is set up yearly
            case PERFORMANCE_TEAM -> "compliance";
            case CHIEF_EXECUTIVE, STRATEGIC_DIRECTOR, SERVICE_DIRECTOR, DATA_OFFICER -> "inbox";
            case READER -> "reports";
        };
    }

    public static String forRoles(Set<Role> roles) {
        return PRECEDENCE.stream().filter(roles::contains).findFirst().map(StartPages::forRole).orElse("reports");
    }
}
