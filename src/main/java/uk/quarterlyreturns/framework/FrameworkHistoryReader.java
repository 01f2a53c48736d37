package uk.quarterlyreturns.framework;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.AppClock;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.CurrentRoles;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularWriter;

/**
 * A year's framework history, newest first, for those who may change the framework (the performance team and
 * administrators), as the database says they are now: a screen left open after someone lost the role reads nothing.
 */
@Service
public class FrameworkHistoryReader {

    public static final List<String> COLUMNS = List.of("when", "kind", "code", "what", "from", "to", "by", "way",
            "reason");
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.UK)
            .withZone(AppClock.LONDON);
    /**
     * The same with the offset, in the files auditors get: the hour the clocks go back happens twice, and a target moved
     * in it is put in order against the sign-offs of the return histories, which give theirs.
     */
    static final DateTimeFormatter EXPORTED_WHEN = uk.quarterlyreturns.base.calendar.LondonTime.EXPORTED;

    private final JdbcClient jdbc;
    private final CurrentRoles roles;

    FrameworkHistoryReader(JdbcClient jdbc, CurrentRoles roles) {
        this.jdbc = jdbc;
        this.roles = roles;
    }

    public List<FrameworkEvent> ofYear(ReportingYear year, String reader) {
        return events(year, null, reader);
    }

    /** One measure's or key action's own changes, newest first, its code in any letters. */
    public List<FrameworkEvent> ofItem(ReportingYear year, String code, String reader) {
        return events(year, code, reader);
    }

    private List<FrameworkEvent> events(ReportingYear year, String code, String reader) {
        if (!roles.holds(reader, Role.PERFORMANCE_TEAM) && !roles.holds(reader, Role.ADMIN)) {
            throw new NotAllowedException("Only the performance team and administrators may read the framework's"
                    + " history");
        }
        return jdbc.sql("""
                select changed_at, year_label, kind, code, what, from_value, to_value, changed_by, way, reason
                from framework_event where year_id = :y and (cast(:c as text) is null or lower(code) = lower(:c))
                order by changed_at desc, id desc""")
                .param("y", year.id()).param("c", code)
                .query((rs, n) -> new FrameworkEvent(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        FrameworkEvent.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), FrameworkWay.valueOf(rs.getString(9)),
                        rs.getString(10)))
                .list();
    }

    /** The year's history as CSV, formula-escaped like every export. */
    public byte[] csv(ReportingYear year, String reader) {
        return TabularWriter.csv(COLUMNS, cells(ofYear(year, reader)));
    }

    public byte[] xlsx(ReportingYear year, String reader) {
        return TabularWriter.xlsx("Framework history " + year.label(), COLUMNS, cells(ofYear(year, reader)));
    }

    private static List<List<Object>> cells(List<FrameworkEvent> events) {
        return events.stream().map(e -> Arrays.<Object>asList(EXPORTED_WHEN.format(e.at()), e.kind().words(), e.code(),
                e.what(), e.from(), e.to(), e.by(), e.way().words(), e.reason())).toList();
    }
}
