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
     * theirs to see and countersign, as are the returns of the rename's own year issued to services a restructure
     * during it emptied, which keep the old directorate; a year that has the old directorate again has it as its own,
     * with its own strategic directors, so its returns there are not theirs.
     */
    public Set<Long> answeredFor(long directorateId, long yearId) {
        return chain(directorateId, yearId, "directorate_id", "continues_as_id");
    }

    /**
     * The other way round: the directorates whose strategic directors answer for this one in a reporting year
     * ({@link #answeredFor}): it, and every later directorate it continues as, through any chain of renames, from
     * that year or a later one, once its strategic directors moved.
     */
    public Set<Long> continuedAs(long directorateId, long yearId) {
        return chain(directorateId, yearId, "continues_as_id", "directorate_id");
    }

    /** The directorate and those reached from it by applied continuations of this year or later, column to column. */
    private Set<Long> chain(long directorateId, long yearId, String reached, String from) {
        return new HashSet<>(jdbc.sql("""
                with recursive chain(id) as (
                    select cast(:d as bigint)
                    union
                    select c.%s from directorate_continuation c join chain k on c.%s = k.id
                        join reporting_year renamed on renamed.id = c.year_id
                    where c.applied_at is not null
                      and renamed.starts_on >= (select starts_on from reporting_year where id = :y))
                select id from chain""".formatted(reached, from)).param("d", directorateId).param("y", yearId)
                .query(Long.class).list());
    }
}
