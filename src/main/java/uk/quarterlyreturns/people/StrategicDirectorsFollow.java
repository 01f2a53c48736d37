package uk.quarterlyreturns.people;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.framework.DirectorateContinued;

/**
 * Moves a renamed directorate's strategic directors to the directorate it continues as, in the transaction that
 * records or applies the continuation, each change in the person's account history. Disabled ones move too, so
 * that enabling them again puts them where the directorate now is. Someone with a service follows their service.
 */
@Component
class StrategicDirectorsFollow {

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final AccountHistory history;

    StrategicDirectorsFollow(JdbcClient jdbc, PersonRepository people, AccountHistory history) {
        this.jdbc = jdbc;
        this.people = people;
        this.history = history;
    }

    @EventListener
    void on(DirectorateContinued continued) {
        people.lockRolesAndAccess();
        List<String> moving = jdbc.sql("""
                select u.username from app_user u join user_role r on r.username = u.username
                    and r.role = 'STRATEGIC_DIRECTOR'
                where u.directorate_id = :d and u.service_id is null order by u.username""")
                .param("d", continued.directorateId()).query(String.class).list();
        for (Person before : people.findAll(moving)) {
            jdbc.sql("update app_user set directorate_id = :d where username = :u")
                    .param("d", continued.continuesAsId()).param("u", before.username()).update();
            people.changedBy(before.username(), continued.by());
            history.changedSince(before, continued.by(), AccountWay.RESTRUCTURE);
        }
    }
}
