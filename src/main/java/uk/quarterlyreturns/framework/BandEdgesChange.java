package uk.quarterlyreturns.framework;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a year's five-point band edges re-rates every five-point measure's recorded figures of the year (RAGs
 * are worked out when read), so the screen asks first, saying how many; and a year with a published report keeps
 * its edges, or the screens would show other RAGs than the report printed.
 */
@Service
public class BandEdgesChange {

    private final JdbcClient jdbc;
    private final YearRepository years;

    BandEdgesChange(JdbcClient jdbc, YearRepository years) {
        this.jdbc = jdbc;
        this.years = years;
    }

    /** How many of the year's five-point measures have a figure recorded in some quarter. */
    public int measuresReRated(ReportingYear year) {
        return jdbc.sql("""
                select count(*) from measure m where m.year_id = :y and m.rag_scheme = 'FIVE_POINT'
                and exists (select 1 from measure_value v where v.measure_id = m.id and v.value is not null)""")
                .param("y", year.id()).query(Integer.class).single();
    }

    /** Why the year's edges cannot change, if they cannot: the quarters whose published reports printed its RAGs. */
    public Optional<String> refusal(ReportingYear year) {
        return jdbc.sql("""
                select string_agg('Q' || c.quarter, ', ' order by c.quarter) from cycle c where c.year_id = :y
                and (c.status = 'PUBLISHED' or exists (select 1 from report_version r
                    where r.cycle_id = c.id and r.status = 'APPROVED'))""")
                .param("y", year.id()).query(String.class).optional()
                .map(quarters -> "The " + year.display() + " band edges cannot change: the report of " + quarters
                        + " is published with the RAGs they gave");
    }

    /**
     * Saves the edges unless a report of the year is published (checked again here: it may have been published
     * since the screen asked).
     *
     * @throws IllegalStateException saying why, when a report of the year is published
     */
    @Transactional
    public void save(ReportingYear year, BandEdges edges) {
        jdbc.sql("select id from reporting_year where id = :y for update").param("y", year.id()).query().singleRow();
        refusal(year).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        years.setBandEdges(year.id(), edges);
    }
}
