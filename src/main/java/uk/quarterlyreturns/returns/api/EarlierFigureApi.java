package uk.quarterlyreturns.returns.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.StrictJson;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FigureRevision;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.SavedMeanwhileException;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Confirms final or revises, in a quarter's return, an earlier quarter's provisional figure of the same measure, as the
 * return's form does: for whoever may change that return now, under the same locks. The caller sends the earlier
 * figure it read ({@code reported}): one changed since is refused (409), as on the form. In a first quarter's return,
 * earlier quarter 4 is last year's fourth quarter (the only one before it); {@code year} may name it ("2026-27").
 */
@RestController
class EarlierFigureApi {

    private static final String EXAMPLE = "Send {\"reported\": 74, \"decision\": \"CONFIRMED\"} or {\"reported\": 74,"
            + " \"decision\": \"REVISED\", \"figure\": 76, \"reason\": \"…\"}";

    private final EarlierFigures earlier;
    private final YearRepository years;
    private final CycleRepository cycles;
    private final MeasureRepository measures;
    private final ReturnRepository returns;
    private final ObjectMapper json;

    EarlierFigureApi(EarlierFigures earlier, YearRepository years, CycleRepository cycles, MeasureRepository measures,
            ReturnRepository returns, ObjectMapper json) {
        this.earlier = earlier;
        this.years = years;
        this.cycles = cycles;
        this.measures = measures;
        this.returns = returns;
        this.json = StrictJson.of(json);
    }

    /** What is sent. */
    record Sent(BigDecimal reported, FigureRevision.Decision decision, BigDecimal figure, String reason,
            String year) {
    }

    /** What is answered: what the return now says, in the words the quality check shows. */
    record Answer(String code, int quarter, int earlierQuarter, String decision, BigDecimal figure, String words) {
    }

    @PutMapping(value = "/api/years/{year}/quarters/{quarter}/measures/{code}/earlier-figures/{earlierQuarter}",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    Answer say(@PathVariable String year, @PathVariable int quarter, @PathVariable String code,
            @PathVariable int earlierQuarter, @RequestBody(required = false) String body, Authentication user) {
        MeasureInReturn found = MeasureInReturn.find(years, cycles, measures, returns, year, quarter, code);
        ReportingYear.requireQuarter(earlierQuarter);
        Measure measure = found.measure();
        ServiceReturn r = found.serviceReturn();
        Sent sent = parse(body);
        // a Q4 is never an earlier quarter of its own year: it is last year's, said in the service's first return of
        // the year, and the earlier figure is last year's measure's, of the same code in any letters
        boolean lastYears = earlierQuarter == 4;
        String earlierYear = lastYears ? found.year().previousLabel() : found.year().label();
        if (sent.year() != null && !sent.year().equals(earlierYear)) {
            throw new IllegalArgumentException("The earlier quarter " + earlierQuarter + " of a Q" + quarter
                    + " return is of " + earlierYear + ", not " + sent.year());
        }
        Measure of = lastYears ? years.find(earlierYear)
                .map(y -> measures.sameCodeIn(y.id(), List.of(measure)).get(measure.id())).orElse(measure) : measure;
        EarlierFigures.Offered offered = earlier.forReturn(r.id()).stream()
                .filter(o -> o.measure().id() == of.id() && o.earlierQuarter() == earlierQuarter)
                .findFirst().orElse(null);
        Integer version = offered == null ? null : offered.version();
        String period = offered == null ? "Q" + earlierQuarter : offered.period();
        try {
            earlier.save(r.id(), of.id(), earlierQuarter, sent.reported(), version, sent.decision(),
                    sent.figure(), sent.reason(), user.getName());
        } catch (SavedMeanwhileException e) {
            throw new IllegalStateException(e.getMessage()); // a conflict (409), as the API's other refusals
        }
        FigureRevision said = new FigureRevision(earlierQuarter, sent.reported(), sent.decision(), sent.figure(),
                sent.reason());
        return new Answer(measure.code(), quarter, earlierQuarter, said.decision().name(), said.finalFigure(),
                EarlierFigures.words(of, said, period));
    }

    private Sent parse(String body) {
        return MeasureInReturn.body(json, body, Sent.class, "The earlier figure", EXAMPLE,
                sent -> sent.reported() != null && sent.decision() != null);
    }
}
