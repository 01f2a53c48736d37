package uk.quarterlyreturns.returns;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.framework.CodeRespelt;

/**
 * A code put right in other letters (`erc009` as `ERC009`) takes the entries of the year's return histories with it:
 * the quality check, the return's page and acceptance find an item's challenges, answers and changes by its code as
 * spelled now, so entries left under the old spelling would be an open challenge nobody could see or answer. The
 * framework's history keeps the respelling itself. Entries whose item is no code (a status, a mail, a step) stay.
 */
@Component
class TrailFollowsRespelling {

    private final JdbcClient jdbc;

    TrailFollowsRespelling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CodeRespelt respelt) {
        jdbc.sql("""
                update return_event set item = :to where item = :from and kind not in (:notCodes)
                    and kind not like 'HIGHLIGHT%' and return_id in (select r.id from service_return r
                        join cycle c on c.id = r.cycle_id where c.year_id = :year)""")
                .param("to", respelt.to()).param("from", respelt.from()).param("year", respelt.yearId())
                .param("notCodes", List.of("STATUS", "CHASE", TaskClaims.TAKEN_OVER, TaskClaims.CLAIMED,
                        TaskClaims.RELEASED, Countersigning.TRAIL_KIND, DeadlineExtension.TRAIL_KIND,
                        HighlightReports.ASKED_KIND))
                .update();
    }
}
