package uk.quarterlyreturns.returns;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.framework.MeasureStatus;

/**
 * The names of everyone a return's pages mention: who submitted, signed off and accepted it, overrode a RAG, and
 * everyone in its history (challenges and answers, chases by hand and whom each mail went to, steps taken over),
 * and whoever is reading it (who may add to it). One statement per page.
 */
@Repository
class ReturnPeople {

    private final JdbcClient jdbc;

    ReturnPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param reader the signed-in person, or null */
    Names of(ServiceReturn r, List<MeasureStatus> measures, String reader) {
        String[] named = Stream.concat(Stream.of(r.submittedBy(), r.signedOffBy(), r.acceptedBy(), reader),
                measures.stream().map(m -> m.override() == null ? null : m.override().by()))
                .filter(Objects::nonNull).distinct().toArray(String[]::new);
        return new Names(jdbc.sql("""
                select username, display_name from app_user where btrim(display_name) <> '' and (username = any(:named)
                  or username in (select actor from return_event where return_id = :r
                                  union select sent_by from chase where return_id = :r
                                  union select recipient from chase where return_id = :r
                                  union select unnest(array[old_value, new_value]) from return_event
                                    where return_id = :r and kind in (:held)))""")
                .param("named", named).param("r", r.id())
                .param("held", List.of(TaskClaims.TAKEN_OVER, TaskClaims.RELEASED))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2).strip())).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
