package uk.quarterlyreturns.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A rule added after people were saved leaves them as they were: at start, the log names anyone holding roles now
 * kept apart, and every email address two people share, for an administrator to put right under Users (the
 * users screen refuses to save them as they are).
 */
@Component
class KeptApartAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KeptApartAtStart.class);

    private final PersonRepository people;
    private final JdbcClient jdbc;

    KeptApartAtStart(PersonRepository people, JdbcClient jdbc) {
        this.people = people;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        people.findAll().forEach(p -> UserRules.keptApart(UserFields.of(p)).ifPresent(why -> log.warn(
                "{} ({}) holds roles kept apart: {}. Change their roles under Users", p.displayName(), p.username(),
                why)));
        jdbc.sql("""
                select lower(email) as email, string_agg(username, ', ' order by username) as usernames from app_user
                where email is not null and email <> '' group by lower(email) having count(*) > 1""")
                .query((rs, row) -> rs.getString("email") + " is the email address of " + rs.getString("usernames"))
                .list().forEach(shared -> log.warn("{}: give each their own under Users; signing in with a council"
                        + " account by that address is refused until then", shared));
    }
}
