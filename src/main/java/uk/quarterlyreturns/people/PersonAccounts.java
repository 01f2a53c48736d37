package uk.quarterlyreturns.people;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.UserAccounts;

/** Our user table searched by username or email address, ignoring case, for single sign-on. */
@Component
class PersonAccounts implements UserAccounts {

    private final JdbcClient jdbc;
    private final PersonRepository people;

    PersonAccounts(JdbcClient jdbc, PersonRepository people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Override
    public List<String> byUsername(String username) {
        return jdbc.sql("select username from app_user where lower(username) = lower(:v) order by username")
                .param("v", username).query(String.class).list();
    }

    @Override
    public List<String> byEmail(String email) {
        return people.findByEmail(email).stream().map(Person::username).toList();
    }
}
