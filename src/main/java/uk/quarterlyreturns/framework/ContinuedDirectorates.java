package uk.quarterlyreturns.framework;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Which directorates a strategic director answers for in a year, across the renames recorded as continuations. */
@Service
public class ContinuedDirectorates {

    private final JdbcClient jdbc;

    ContinuedDirectorates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The directorates a strategic director of this one answers for in a reporting year: it, and every earlier
     * directorate that continues as it (through any chain of renames) from a later year, once its strategic directors
     * moved. Last year's fourth quarter comes in after the year begins, and its returns, under the old name, are still
     * theirs to see and countersign; a year that has the old directorate again has it as its own, with its own
     * strategic directors, so its returns there are not theirs.
     */
    public Set<Long> answeredFor(long directorateId, long yearId) {
        return new HashSet<>(jdbc.sql("""
                with recursive answered(id) as (
                    select cast(:d as bigint)
                    union
                    select c.directorate_id from directorate_continuation c join answered a on c.continues_as_id = a.id
                        join reporting_year renamed on renamed.id = c.year_id
                    where c.applied_at is not null
                      and renamed.starts_on > (select starts_on from reporting_year where id = :y))
                select id from answered""").param("d", directorateId).param("y", yearId).query(Long.class).list());
    }

    /**
     * The other way round: the directorates whose strategic directors answer for this one in a reporting year
     * ({@link #answeredFor}): it, and every later directorate it continues as, through any chain of renames, from a
     * later year, once its strategic directors moved.
     */
    public Set<Long> continuedAs(long directorateId, long yearId) {
        return new HashSet<>(jdbc.sql("""
                with recursive continued(id) as (
                    select cast(:d as bigint)
                    union
                    select c.continues_as_id from directorate_continuation c join continued k on c.directorate_id = k.id
                        join reporting_year renamed on renamed.id = c.year_id
                    where c.applied_at is not null
                      and renamed.starts_on > (select starts_on from reporting_year where id = :y))
                select id from continued""").param("d", directorateId).param("y", yearId).query(Long.class).list());
    }
}
