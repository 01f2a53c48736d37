package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** What next year's history holds of one measure for an earlier year: "Q1".."Q4" and "outturn". */
final class HistoryByPeriod {

    private HistoryByPeriod() {
    }

    static Map<String, BigDecimal> of(MeasureHistory history, MeasureRepository measures, long yearId, String code,
            String ofYear) {
        long id = measures.find(yearId, code).orElseThrow().id();
        Map<String, BigDecimal> byPeriod = new HashMap<>();
        history.historyForYear(yearId).stream().filter(h -> h.measureId() == id && h.year().equals(ofYear))
                .forEach(h -> byPeriod.put(h.quarter() == null ? "outturn" : "Q" + h.quarter(), h.value()));
        return byPeriod;
    }
}
