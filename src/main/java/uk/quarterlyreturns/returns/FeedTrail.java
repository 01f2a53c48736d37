package uk.quarterlyreturns.returns;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.framework.FedValues;
import uk.quarterlyreturns.framework.FeedRoute;
import uk.quarterlyreturns.framework.FigureSource;
import uk.quarterlyreturns.framework.QuarterValue;

/** Writes what the values feed changed into the trail of the return each figure belongs to, if any. */
@Component
class FeedTrail implements FedValues {

    /**
     * The history's words for every way the feed came, and the plain "values feed" of entries recorded before the ways
     * were told apart: none of them is the service's work on the return.
     */
    static final List<String> COMMENTS = Stream.concat(Stream.of("values feed"),
            Arrays.stream(FeedRoute.values()).map(FeedRoute::words)).toList();

    private final JdbcClient jdbc;
    private final ReturnTrail trail;

    FeedTrail(JdbcClient jdbc, ReturnTrail trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    @Override
    public void fed(long yearId, int quarter, List<FedFigure> figures, String by, FeedRoute route) {
        if (figures.isEmpty()) {
            return;
        }
        Map<Long, Long> returnOf = jdbc.sql("""
                select m.id as measure_id, r.id as return_id from measure m
                join cycle c on c.year_id = m.year_id
                """ + EarlierQuartersHeld.RETURN_HOLDING + """
                where c.year_id = :y and c.quarter = :q and m.id in (:ids)""")
                .param("y", yearId).param("q", quarter)
                .param("ids", figures.stream().map(FedFigure::measureId).toList())
                .query((rs, n) -> Map.entry(rs.getLong("measure_id"), rs.getLong("return_id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String comment = route.words();
        for (FedFigure f : figures) {
            Long returnId = returnOf.get(f.measureId());
            if (returnId == null) {
                continue;
            }
            TrailChanges changes = new TrailChanges(trail, returnId, by);
            Optional<QuarterValue> before = Optional.ofNullable(f.before());
            changes.change("VALUE", f.code(), before.map(QuarterValue::value).orElse(null), f.after().value(), comment);
            changes.change("NOT_AVAILABLE", f.code(), before.map(QuarterValue::notAvailableReason).orElse(null),
                    f.after().notAvailableReason(), comment);
            changes.change("NOTE", f.code(), before.map(QuarterValue::note).orElse(null), f.after().note(), comment);
            Function<QuarterValue, String> ratio = v -> FigureSource.ratio(v.numerator(), v.denominator());
            changes.change("RATIO", f.code(), before.map(ratio).orElse(null), ratio.apply(f.after()), comment);
            // a figure cleared by the feed is no longer provisional
            changes.change(ReturnEditing.PROVISIONAL, f.code(), ReturnEditing.provisional(before),
                    ReturnEditing.provisional(Optional.of(f.after())), comment);
        }
    }
}
