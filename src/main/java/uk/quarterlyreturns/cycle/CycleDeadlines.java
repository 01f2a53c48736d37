package uk.quarterlyreturns.cycle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.framework.Deadlines;
import uk.quarterlyreturns.framework.ReportingYear;

/** The cycle's submission deadline when the quarter has a cycle, otherwise the quarter's close. */
@Component
class CycleDeadlines implements Deadlines {

    private final JdbcClient jdbc;
    private final Clock clock;

    CycleDeadlines(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean passed(ReportingYear year, int quarter) {
        Optional<Timestamp> deadline = jdbc.sql("select submission_deadline from cycle where year_id = :y and quarter = :q")
                .param("y", year.id()).param("q", quarter).query(Timestamp.class).optional();
        return deadline.map(Timestamp::toInstant).orElse(year.quarterClose(quarter).toInstant())
                .isBefore(clock.instant());
    }

    @Override
    public LongPredicate passedByService(ReportingYear year, int quarter) {
        boolean cycles = passed(year, quarter);
        Instant now = clock.instant();
        // a return's own deadline, as ServiceReturn.deadline decides it: its extension, else the cycle's
        Map<Long, Instant> extended = new HashMap<>();
        jdbc.sql("""
                select r.service_id, r.extended_to from service_return r join cycle c on c.id = r.cycle_id
                where c.year_id = :y and c.quarter = :q and r.extended_to is not null""")
                .param("y", year.id()).param("q", quarter)
                .query((rs, n) -> extended.put(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
        return serviceId -> extended.containsKey(serviceId) ? extended.get(serviceId).isBefore(now) : cycles;
    }

    @Override
    public boolean passed(java.time.Instant deadline) {
        return deadline.isBefore(clock.instant());
    }
}
