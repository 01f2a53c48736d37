package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A year is often rolled over before its last figures are in: councils set up next year's framework in March,
 * and Q4's returns come in during April. The rollover's history would then show next year a partial outturn
 * (a cumulative measure's Q1 to Q3) and no Q4. So once next year holds the measure (by the same code), each
 * figure saved this year is carried into next year's history again, quarter and outturn alike.
 */
@Component
class NextYearHistory {

    private final JdbcClient jdbc;
    private final MeasureRepository measures;

    NextYearHistory(JdbcClient jdbc, MeasureRepository measures) {
        this.jdbc = jdbc;
        this.measures = measures;
    }

    /** The same measure in next year's framework, with the label of the year its history is for. */
    private record Next(long measureId, String year) {
    }

    /** Puts the measure's figures (and its outturn, by {@link Outturn}) into next year's history, if it is there. */
    void carry(long measureId) {
        next(measureId).ifPresent(target -> carry(measures.find(measureId).orElseThrow(), target, own(measureId)));
    }

    /**
     * A figure cleared here after it reached next year's history (withdrawn as not available, say): the quarter's
     * entry and the outturn worked out with it go too, unless history holds another figure there (imported from the
     * council's own records); the rest is carried again.
     */
    void withdraw(long measureId, int quarter, BigDecimal cleared) {
        next(measureId).ifPresent(target -> {
            Measure measure = measures.find(measureId).orElseThrow();
            BigDecimal[] own = own(measureId);
            BigDecimal[] before = own.clone();
            before[quarter - 1] = cleared;
            removeIfHeld(target, quarter, cleared);
            removeIfHeld(target, null, Outturn.of(measure.definition(), Arrays.asList(before)));
            carry(measure, target, own);
        });
    }

    private Optional<Next> next(long measureId) {
        // One look-up on every save: most years have no next year yet, and then nothing more is read.
        return jdbc.sql("""
                select n.id, y.label from measure m join reporting_year y on y.id = m.year_id
                    join reporting_year ny on ny.starts_on = y.starts_on + interval '1 year'
                    join measure n on n.year_id = ny.id and n.code = m.code
                where m.id = :m""").param("m", measureId)
                .query((rs, n) -> new Next(rs.getLong(1), rs.getString(2))).list().stream().findFirst();
    }

    private BigDecimal[] own(long measureId) {
        BigDecimal[] own = new BigDecimal[4];
        jdbc.sql("select quarter, value from measure_value where measure_id = :m").param("m", measureId)
                .query((rs, n) -> own[rs.getInt(1) - 1] = MeasureRepository.plain(rs.getBigDecimal(2))).list();
        return own;
    }

    private void carry(Measure measure, Next target, BigDecimal[] own) {
        // A period without a figure here keeps what history has for it (imported from the council's own records,
        // say), and so does the outturn until the figures settle it.
        for (int q = 1; q <= 4; q++) {
            if (own[q - 1] != null) {
                put(target.measureId(), target.year(), q, own[q - 1]);
            }
        }
        List<BigDecimal> quarters = Arrays.asList(own);
        if (Outturn.settled(measure.definition(), quarters)) {
            put(target.measureId(), target.year(), null, Outturn.of(measure.definition(), quarters));
        }
    }

    private void removeIfHeld(Next target, Integer quarter, BigDecimal value) {
        if (value == null) {
            return;
        }
        jdbc.sql("""
                delete from measure_history
                where measure_id = :m and period_year = :y and coalesce(quarter, 0) = coalesce(:q, 0)
                    and value = :v and unit is null""")
                .param("m", target.measureId()).param("y", target.year()).param("q", quarter, Types.SMALLINT)
                .param("v", value).update();
    }

    private void put(long measureId, String year, Integer quarter, BigDecimal value) {
        jdbc.sql("""
                delete from measure_history
                where measure_id = :m and period_year = :y and coalesce(quarter, 0) = coalesce(:q, 0)""")
                .param("m", measureId).param("y", year).param("q", quarter, Types.SMALLINT).update();
        jdbc.sql("insert into measure_history (measure_id, period_year, quarter, value) values (:m, :y, :q, :v)")
                .param("m", measureId).param("y", year).param("q", quarter, Types.SMALLINT).param("v", value)
                .update();
    }
}
