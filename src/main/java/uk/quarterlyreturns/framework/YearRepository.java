package uk.quarterlyreturns.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class YearRepository {

    private final JdbcClient jdbc;

    YearRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportingYear> find(String label) {
        return jdbc.sql("select id, label, starts_on, band_edges from reporting_year where label = :l")
                .param("l", label).query(this::map).optional();
    }

    public Optional<ReportingYear> find(long id) {
        return jdbc.sql("select id, label, starts_on, band_edges from reporting_year where id = :id")
                .param("id", id).query(this::map).optional();
    }

    public List<ReportingYear> all() {
        return jdbc.sql("select id, label, starts_on, band_edges from reporting_year order by starts_on desc")
                .query(this::map).list();
    }

    /**
     * The quarters of the year with a cycle whose report is not yet published (a correction after publication
     * opens its cycle again until the next version is published). The year's cycles stay locked until the
     * transaction ends; a caller locking returns too locks them first, as a reopening does.
     */
    public List<Integer> unpublishedQuarters(long yearId) {
        lockCycles(yearId);
        return jdbc.sql("select quarter from cycle where year_id = :y and status <> 'PUBLISHED' order by quarter")
                .param("y", yearId).query(Integer.class).list();
    }

    /**
     * Locks each of the year's cycles until the transaction ends (in id order), after any reopening or publication
     * holding one has committed: what is read of them next stays true meanwhile.
     */
    public void lockCycles(long yearId) {
        jdbc.sql("select id from cycle where year_id = :y order by id for share").param("y", yearId).query(Long.class)
                .list();
    }

    /** The year, created on first mention (with the default band edges). */
    public ReportingYear findOrCreate(String label) {
        return find(label).orElseGet(() -> {
            jdbc.sql("insert into reporting_year (label, starts_on) values (:l, :s) on conflict do nothing")
                    .param("l", label).param("s", ReportingYear.startOf(label)).update();
            return find(label).orElseThrow();
        });
    }

    public void setBandEdges(long yearId, BandEdges edges) {
        jdbc.sql("update reporting_year set band_edges = :e where id = :id").param("e", edges.toString())
                .param("id", yearId).update();
    }

    private ReportingYear map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReportingYear(rs.getLong("id"), rs.getString("label"), rs.getDate("starts_on").toLocalDate(),
                BandEdges.parse(rs.getString("band_edges")));
    }
}
