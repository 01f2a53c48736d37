package uk.quarterlyreturns.support;

import java.util.EnumSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;

/**
 * A test's own people, given one role by an administrator: created, or (a run before having left them disabled)
 * given the role and enabled again. Disabled when done, so that other tests counting who holds a role (who is sent
 * a report for approval, say) do not find them.
 */
public final class PeopleInRoles {

    private final UserAdministration admin;
    private final JdbcClient jdbc;

    public PeopleInRoles(UserAdministration admin, JdbcClient jdbc) {
        this.admin = admin;
        this.jdbc = jdbc;
    }

    public void give(String username, String name, Role role) {
        UserFields fields = new UserFields(username, name, username + "@council.test", EnumSet.of(role), null, null);
        if (jdbc.sql("select count(*) from app_user where username = :u").param("u", username).query(Long.class)
                .single() == 0) {
            admin.create(fields, "pear tree lane quarter two", "admin");
        } else {
            admin.update(fields, "admin");
            admin.setEnabled(username, true, "admin");
        }
    }

    public void disable(String username) {
        jdbc.sql("update app_user set enabled = false where username = :u").param("u", username).update();
    }
}
