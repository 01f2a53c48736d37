package uk.quarterlyreturns.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.framework.FrameworkEvent;
import uk.quarterlyreturns.framework.FrameworkWay;

/**
 * What the report needs of the framework's history: the year's changes to measures' rating rules, and when its first
 * report was published. The report is compiled by the system, so this reads with the report's rights, not through the
 * history screen's reader, which admits only those who change the framework.
 */
@Component
class RuleChangeRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    RuleChangeRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The year's changes to the columns of a measure's rating rule, oldest first. The rule a removal kept (each column
     * to none) is left out: the report prints no removed measure, and one added again lists its rule's differences.
     */
    List<FrameworkEvent> ruleChanges(long yearId) {
        return jdbc.sql("""
                select changed_at, year_label, code, what, from_value, to_value, changed_by, way, reason
                from framework_event e where year_id = :y and kind = 'MEASURE' and what in (:what)
                and not exists (select 1 from framework_event r where r.year_id = e.year_id and r.kind = 'MEASURE'
                    and r.what = 'removed' and r.code = e.code and r.changed_at = e.changed_at)
                order by changed_at, id""")
                .param("y", yearId).param("what", List.copyOf(TargetsMoved.RULE_COLUMNS))
                .query((rs, n) -> new FrameworkEvent(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        FrameworkEvent.Kind.MEASURE, rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), FrameworkWay.valueOf(rs.getString(8)), rs.getString(9)))
                .list();
    }

    /**
     * Since when the year's published reports print a measure's rule: the compilation of its earliest published
     * version, or none while no quarter's report is published. Not its approval: the approval publishes the version
     * as compiled, so a change made while it waited for the chief executive is one Cabinet did not read.
     */
    Optional<Instant> firstPublished(long yearId) {
        return jdbc.sql("""
                select min(r.compiled_at) from report_version r join cycle c on c.id = r.cycle_id
                where c.year_id = :y and r.status in ('APPROVED', 'SUPERSEDED')""")
                .param("y", yearId).query(Timestamp.class).list().stream().filter(Objects::nonNull).findFirst()
                .map(Timestamp::toInstant);
    }

    /** The year's measures whose rating rule moved after its first published report, up to now, by code in lower case. */
    Map<String, List<TargetChange>> movedDuringYear(long yearId) {
        return TargetsMoved.of(ruleChanges(yearId), firstPublished(yearId).orElse(null), clock.instant());
    }
}
