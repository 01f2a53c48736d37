package uk.quarterlyreturns.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.quarterlyreturns.base.security.Role;

@Repository
public class PersonRepository {

    /**
     * Someone with a service is in the directorate their service sits in now: a restructure moves the service, and
     * the directorate stored when they were placed would go stale.
     */
    private static final String SELECT = """
            select u.username, u.display_name, u.email, u.service_id, coalesce(s.directorate_id, u.directorate_id)
                   as directorate_id, u.enabled, u.demo,
                   u.daily_digest, coalesce(string_agg(r.role, ',' order by r.role), '') as roles
            from app_user u left join service s on s.id = u.service_id left join user_role r on r.username = u.username
            """;
    private static final String GROUP = " group by u.username, s.directorate_id";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PersonRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Person> find(String username) {
        return jdbc.sql(SELECT + " where u.username = :u" + GROUP).param("u", username).query(this::map).optional();
    }

    /** These people, by username; one statement however many. */
    public List<Person> findAll(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where u.username in (:u)" + GROUP + " order by u.username")
                .param("u", usernames).query(this::map).list();
    }

    public List<Person> findAll() {
        return jdbc.sql(SELECT + GROUP + " order by u.username").query(this::map).list();
    }

    /** Everyone with one of these email addresses, ignoring case, enabled or not; one statement however many. */
    public List<Person> findByEmails(java.util.Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where lower(u.email) in (:e)" + GROUP + " order by u.username")
                .param("e", emails.stream().map(e -> e.strip().toLowerCase(java.util.Locale.ROOT)).toList())
                .query(this::map).list();
    }

    /** Everyone with this email address, ignoring case, enabled or not. */
    public List<Person> findByEmail(String email) {
        return jdbc.sql(SELECT + " where lower(u.email) = lower(:e)" + GROUP + " order by u.username")
                .param("e", email.strip()).query(this::map).list();
    }

    /** The enabled people with the role: whom mail to a role goes to. */
    public List<Person> findByRole(Role role) {
        return jdbc.sql(SELECT + " where u.enabled and u.username in (select username from user_role where role = :r)"
                + GROUP
                + " order by u.username").param("r", role.name()).query(this::map).list();
    }

    public List<Person> findByService(long serviceId, Role role) {
        return findByService(serviceId, List.of(role));
    }

    /** The service's enabled people with any of the roles, in one statement. */
    public List<Person> findByService(long serviceId, java.util.Collection<Role> roles) {
        return jdbc.sql(SELECT + " where u.service_id = :s and u.enabled and u.username in"
                + " (select username from user_role where role in (:r))" + GROUP + " order by u.username")
                .param("s", serviceId).param("r", roles.stream().map(Role::name).toList()).query(this::map).list();
    }

    public List<Person> findByDirectorate(long directorateId, Role role) {
        return jdbc.sql(SELECT + " where coalesce(s.directorate_id, u.directorate_id) = :d and u.enabled"
                + " and u.username in"
                + " (select username from user_role where role = :r)" + GROUP + " order by u.username")
                .param("d", directorateId).param("r", role.name()).query(this::map).list();
    }

    /** Whether the user exists, may sign in and has the role: what permission checks ask. */
    public boolean activeWith(String username, Role role) {
        return find(username).filter(p -> p.enabled() && p.has(role)).isPresent();
    }

    public void insert(Person person, String passwordHash) {
        jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, service_id, directorate_id,
                                      enabled, demo, daily_digest)
                values (:username, :name, :email, :hash, :service, :directorate, :enabled, :demo, :digest)
                """)
                .params(Map.of("username", person.username(), "name", person.displayName(), "hash", passwordHash,
                        "enabled", person.enabled(), "demo", person.demo(), "digest", person.dailyDigest()))
                .param("email", person.email())
                .param("service", person.serviceId())
                .param("directorate", person.directorateId())
                .update();
        person.roles().forEach(role -> jdbc.sql("insert into user_role (username, role) values (:u, :r)")
                .param("u", person.username()).param("r", role.name()).update());
    }

    /** Takes the person out of their service, keeping their roles and directorate, and who did it. */
    public void leaveService(String username, String by) {
        jdbc.sql("update app_user set service_id = null where username = :u").param("u", username).update();
        changedBy(username, by);
    }

    /** Places the person in a service (and its directorate) with one role, and who did it. */
    public void assign(String username, Long serviceId, Long directorateId, Role role, String by) {
        jdbc.sql("update app_user set service_id = :s, directorate_id = :d where username = :u")
                .param("s", serviceId).param("d", directorateId).param("u", username).update();
        jdbc.sql("delete from user_role where username = :u").param("u", username).update();
        jdbc.sql("insert into user_role (username, role) values (:u, :r)").param("u", username)
                .param("r", role.name()).update();
        changedBy(username, by);
    }

    /** How many enabled users have the role. */
    public long countEnabledWith(Role role) {
        return jdbc.sql("select count(*) from app_user u join user_role r on r.username = u.username"
                + " where u.enabled and r.role = :r").param("r", role.name()).query(Long.class).single();
    }

    /**
     * Changes to roles and access, one transaction at a time until each commits; once its turn comes, and before it
     * changes anything, those who keep who held a post until now are told (PeopleChanging).
     */
    void lockRolesAndAccess() {
        jdbc.sql("select pg_advisory_xact_lock(" + ROLES_LOCK + ", 0)").query(rs -> { });
        events.publishEvent(new PeopleChanging());
    }

    // Beside framework's 1804 (a year's measures) and 1805 (directorate and service names).
    private static final int ROLES_LOCK = 1806;

    /** Saves the administrator's changes to a user's details and roles, and who made them. */
    public void update(UserFields user, String by) {
        jdbc.sql("""
                update app_user set display_name = :name, email = :email, service_id = :service,
                       directorate_id = :directorate where username = :u""")
                .param("name", user.displayName()).param("email", user.email()).param("service", user.serviceId())
                .param("directorate", user.directorateId()).param("u", user.username()).update();
        jdbc.sql("delete from user_role where username = :u").param("u", user.username()).update();
        user.roles().forEach(role -> jdbc.sql("insert into user_role (username, role) values (:u, :r)")
                .param("u", user.username()).param("r", role.name()).update());
        changedBy(user.username(), by);
    }

    public void setEnabled(String username, boolean enabled, String by) {
        jdbc.sql("update app_user set enabled = :e where username = :u").param("e", enabled).param("u", username)
                .update();
        changedBy(username, by);
    }

    public void changedBy(String username, String by) {
        jdbc.sql("update app_user set changed_by = :by, changed_at = now() where username = :u").param("by", by)
                .param("u", username).update();
    }

    public void setDailyDigest(String username, boolean digest) {
        jdbc.sql("update app_user set daily_digest = :d where username = :u").param("d", digest).param("u", username)
                .update();
    }

    public boolean anyDemoUser() {
        return jdbc.sql("select exists (select 1 from app_user where demo)").query(Boolean.class).single();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private Person map(ResultSet rs, int row) throws SQLException {
        String roles = rs.getString("roles");
        Set<Role> set = roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : java.util.Arrays.stream(roles.split(",")).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Person(rs.getString("username"), rs.getString("display_name"), rs.getString("email"), set,
                (Long) rs.getObject("service_id"), (Long) rs.getObject("directorate_id"), rs.getBoolean("enabled"),
                rs.getBoolean("demo"), rs.getBoolean("daily_digest"));
    }
}
