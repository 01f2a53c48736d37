package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A return's checks rate only its own service's measures from that service's own figures and history: the
 * statuses must be exactly those the whole year's rating gives the service, RAG, direction and all.
 */
class ServiceFiguresTest extends ApplicationTest {

    @Autowired QuarterMeasures quarterMeasures;
    @Autowired YearRepository years;
    @Autowired YearStructure structure;
    @Autowired ValueRepository values;
    @Autowired MeasureHistory measureHistory;

    @Test
    void eachServiceIsRatedFromItsOwnFiguresExactlyAsTheWholeYearRatesIt() {
        ReportingYear year = years.find("2017-18").orElseThrow();
        QuarterMeasures.YearFigures all = quarterMeasures.read(year);
        assertThat(all.values()).as("the demo year has figures").isNotEmpty();
        for (int quarter = 1; quarter <= 2; quarter++) {
            List<MeasureStatus> whole = quarterMeasures.forQuarter(all, quarter, true);
            if (quarter == 1) {
                assertThat(whole).extracting(MeasureStatus::value).as("some measures have a Q1 figure")
                        .anySatisfy(v -> assertThat(v).isNotNull());
            }
            for (YearStructure.PlacedService service : structure.services(year.id())) {
                List<MeasureStatus> own = quarterMeasures.forService(year, quarter, service.serviceId(), true);
                assertThat(own).as(service.name() + " Q" + quarter).hasSize(service.measures())
                        .containsExactlyElementsOf(whole.stream()
                                .filter(s -> s.measure().serviceId() == service.serviceId()).toList());
            }
        }
    }

    @Test
    void aServicesFiguresAndHistoryAreItsOwnOnly() {
        ReportingYear year = years.find("2017-18").orElseThrow();
        YearStructure.PlacedService service = structure.services(year.id()).stream()
                .filter(s -> s.measures() > 0).findFirst().orElseThrow();
        List<Long> ownMeasures = quarterMeasures.forService(year, 1, service.serviceId(), true).stream()
                .map(s -> s.measure().id()).toList();
        assertThat(values.forService(year.id(), service.serviceId())).isNotEmpty()
                .allSatisfy(v -> assertThat(ownMeasures).contains(v.measureId()));
        assertThat(measureHistory.historyForService(year.id(), service.serviceId()))
                .allSatisfy(h -> assertThat(ownMeasures).contains(h.measureId()));
        assertThat(values.forService(year.id(), service.serviceId()))
                .hasSizeLessThan(values.forYear(year.id()).size());
    }
}
