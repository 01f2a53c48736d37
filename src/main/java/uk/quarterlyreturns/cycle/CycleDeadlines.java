package uk.quarterlyreturns.cycle;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
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
    public boolean passed(java.time.Instant deadline) {
        return deadline.isBefore(clock.instant());
    }
}
