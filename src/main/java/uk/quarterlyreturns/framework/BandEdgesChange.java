package uk.quarterlyreturns.framework;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a year's five-point band edges re-rates every five-point measure's recorded figures of the year (RAGs
 * are worked out when read), so the screen asks first, saying how many; a year with a published report keeps its
 * edges, or the screens would show other RAGs than the report printed; and so does a year with five-point figures in
 * a return already submitted, or they would change what its director signed off.
 */
@Service
public class BandEdgesChange {

    private final JdbcClient jdbc;
    private final YearRepository years;
    private final MeasureRepository measures;
    private final ReturnLocks locks;
    private final FrameworkHistory history;

    BandEdgesChange(JdbcClient jdbc, YearRepository years, MeasureRepository measures, ReturnLocks locks,
            FrameworkHistory history) {
        this.history = history;
        this.jdbc = jdbc;
        this.years = years;
        this.measures = measures;
        this.locks = locks;
    }

    /** How many of the year's five-point measures have a figure recorded in some quarter. */
    public int measuresReRated(ReportingYear year) {
        return jdbc.sql("""
                select count(*) from measure m where m.year_id = :y and m.rag_scheme = 'FIVE_POINT'
                and exists (select 1 from measure_value v where v.measure_id = m.id and v.value is not null)""")
                .param("y", year.id()).query(Integer.class).single();
    }

    /**
     * Why the year's edges cannot change, if they cannot: the quarters whose published reports printed its RAGs, or
     * the returns already submitted whose directors signed off the five-point RAGs they give.
     */
    public Optional<String> refusal(ReportingYear year) {
        return published(year).or(() -> signedOff(year));
    }

    private Optional<String> signedOff(ReportingYear year) {
        return jdbc.sql("""
                select string_agg(s.name || '''s Q' || c.quarter, ', ' order by c.quarter, s.name)
                from service_return r join cycle c on c.id = r.cycle_id join service s on s.id = r.service_id
                where c.year_id = :y and r.status in ('SUBMITTED', 'SIGNED_OFF', 'ACCEPTED')
                and exists (select 1 from measure m join measure_value v on v.measure_id = m.id
                    where m.year_id = :y and m.service_id = r.service_id and m.rag_scheme = 'FIVE_POINT'
                    and v.quarter = c.quarter and v.value is not null)""")
                .param("y", year.id()).query(String.class).optional()
                .map(returns -> "The " + year.display() + " band edges cannot change while returns already submitted"
                        + " hold five-point RAGs their directors signed off (" + returns + "): have them sent back"
                        + " first (or reopened, once accepted)");
    }

    private Optional<String> published(ReportingYear year) {
        return jdbc.sql("""
                select string_agg('Q' || c.quarter, ', ' order by c.quarter) from cycle c where c.year_id = :y
                and (c.status = 'PUBLISHED' or exists (select 1 from report_version r
                    where r.cycle_id = c.id and r.status = 'APPROVED'))""")
                .param("y", year.id()).query(String.class).optional()
                .map(quarters -> "The " + year.display() + " band edges cannot change: the report of " + quarters
                        + " is published with the RAGs they gave");
    }

    /**
     * Saves the edges unless {@link #refusal} refuses them (checked again here: a report may have been published, or a
     * return submitted, since the screen asked). What it reads stays locked until the edges are saved: the year's
     * framework (as an import holds it), then its returns and cycles, in the order a submission, an acceptance or a
     * reopening takes them, so that none slips in between.
     *
     * @throws IllegalStateException saying why
     */
    @Transactional
    public void save(ReportingYear year, BandEdges edges) {
        save(year, edges, FrameworkEdit.signedIn(FrameworkWay.SCREEN));
    }

    /** As {@link #save(ReportingYear, BandEdges)}, a change kept in the year's history as the edit says. */
    @Transactional
    public void save(ReportingYear year, BandEdges edges, FrameworkEdit edit) {
        measures.lockYear(year.id());
        locks.lockYearsReturns(year.id());
        years.lockCycles(year.id());
        refusal(year).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        BandEdges before = years.find(year.label()).orElseThrow().bandEdges();
        years.setBandEdges(year.id(), edges);
        FrameworkTrail trail = new FrameworkTrail();
        trail.setting(FrameworkEvent.BAND_EDGES, before.toString(), edges.toString());
        history.write(year, trail, edit);
    }
}
