package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A year is often rolled over before its last figures are in: councils set up next year's framework in March,
 * and Q4's returns come in during April. The rollover's history would then show next year a partial outturn
 * (a cumulative measure's Q1 to Q3) and no Q4. So once next year holds the measure (by the same code, in any
 * letters), this year's figures are carried into next year's history again, quarter and outturn alike: those the
 * report prints, once their return is in ({@link ReportedFigures}), not a draft's. A return that goes back out (sent
 * back) takes its figures out again.
 */
@Component
public class NextYearHistory {

    /**
     * Each measure m with next year's measure n of the same code in any letters, as {@link StoredCodes} finds a file's
     * code among a year's: n's code spelled exactly as one of this year's names that one, and otherwise this year's
     * only code in those letters. A file may respell `ki 433` as `KI 433` next year, and it is the same measure.
     */
    private static final String SAME_CODE_NEXT_YEAR = """
            from measure m join reporting_year y on y.id = m.year_id
                join reporting_year ny on ny.starts_on = y.starts_on + interval '1 year'
                join measure n on n.year_id = ny.id and lower(n.code) = lower(m.code)
            where (n.code = m.code or not exists (select 1 from measure o
                where o.year_id = m.year_id and o.id <> m.id and lower(o.code) = lower(m.code)))""";

    private final JdbcClient jdbc;
    private final MeasureRepository measures;
    private final ReportedFigures reported;

    NextYearHistory(JdbcClient jdbc, MeasureRepository measures, ReportedFigures reported) {
        this.jdbc = jdbc;
        this.measures = measures;
        this.reported = reported;
    }

    /** The same measure in next year's framework, with the label of the year its history is for. */
    private record Next(long measureId, String year) {
    }

    /** Puts the measure's figures (and its outturn, by {@link Outturn}) into next year's history, if it is there. */
    void carry(long measureId) {
        next(measureId).ifPresent(target -> {
            Measure measure = measures.find(measureId).orElseThrow();
            carry(measure, target, reported.of(measure));
        });
    }

    /**
     * A figure cleared here after it reached next year's history (withdrawn as not available, say): the quarter's
     * entry and the outturn worked out with it go too, unless history holds another figure there (imported from the
     * council's own records); the rest is carried again. A figure of a return not in never reached it.
     */
    void withdraw(long measureId, int quarter, BigDecimal cleared) {
        next(measureId).ifPresent(target -> {
            Measure measure = measures.find(measureId).orElseThrow();
            if (reported.counts(measure, quarter)) {
                takeOut(measure, target, reported.of(measure), quarter, cleared);
            }
        });
    }

    /**
     * These services' returns for the quarter have moved (issued, submitted, sent back, withdrawn…): next year's history
     * follows what the report would now print of their measures' figures. Carried once a return is in; taken out
     * again, as a cleared figure is, once it is not.
     */
    public void follow(long yearId, int quarter, Collection<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return;
        }
        Map<Long, Next> targets = new HashMap<>();
        jdbc.sql("select m.id, n.id, y.label " + SAME_CODE_NEXT_YEAR
                + " and m.year_id = :y and m.service_id = any(:s)")
                .param("y", yearId).param("s", serviceIds.toArray(Long[]::new))
                .query(rs -> {
                    targets.put(rs.getLong(1), new Next(rs.getLong(2), rs.getString(3)));
                });
        if (targets.isEmpty()) {
            return; // most years have no next year yet
        }
        Map<Long, BigDecimal[]> figures = reported.of(yearId, targets.keySet());
        Map<Long, BigDecimal> typed = new HashMap<>();
        jdbc.sql("select measure_id, value from measure_value where measure_id = any(:m) and quarter = :q")
                .param("m", targets.keySet().toArray(Long[]::new)).param("q", quarter)
                .query(rs -> {
                    typed.put(rs.getLong(1), MeasureRepository.plain(rs.getBigDecimal(2)));
                });
        for (Measure measure : measures.forServices(yearId, serviceIds)) { // a submission reads its own service's
            Next target = targets.get(measure.id());
            if (target == null) {
                continue;
            }
            BigDecimal[] own = figures.getOrDefault(measure.id(), new BigDecimal[4]);
            BigDecimal figure = typed.get(measure.id());
            if (own[quarter - 1] != null) {
                carry(measure, target, own);
            } else if (figure != null) {
                takeOut(measure, target, own, quarter, figure);
            }
        }
    }

    /** The figure's quarter entry and the outturn worked out with it leave next year's history; the rest is carried. */
    private void takeOut(Measure measure, Next target, BigDecimal[] own, int quarter, BigDecimal figure) {
        BigDecimal[] before = own.clone();
        before[quarter - 1] = figure;
        removeIfHeld(target, quarter, figure);
        removeIfHeld(target, null, Outturn.of(measure.definition(), Arrays.asList(before)));
        carry(measure, target, own);
    }

    private Optional<Next> next(long measureId) {
        // One look-up on every save: most years have no next year yet, and then nothing more is read.
        return jdbc.sql("select n.id, y.label " + SAME_CODE_NEXT_YEAR + " and m.id = :m").param("m", measureId)
                .query((rs, n) -> new Next(rs.getLong(1), rs.getString(2))).list().stream().findFirst();
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
        if (Outturn.settled(measure, quarters)) {
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
