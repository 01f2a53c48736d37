package uk.quarterlyreturns.returns.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.StrictJson;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Marks a measure's figure in a quarter's return provisional or final, as the return's form does: for whoever may
 * change that return now (its service's preparers while it is with the service, its director at sign-off), under the
 * same locks. GET .../measures reads the mark back with the figures.
 */
@RestController
class ProvisionalApi {

    private static final String EXAMPLE = "Send {\"provisional\": true} or {\"provisional\": false}";

    private final ReturnEditing editing;
    private final YearRepository years;
    private final CycleRepository cycles;
    private final MeasureRepository measures;
    private final ReturnRepository returns;
    private final ValueRepository values;
    private final ObjectMapper json;

    ProvisionalApi(ReturnEditing editing, YearRepository years, CycleRepository cycles, MeasureRepository measures,
            ReturnRepository returns, ValueRepository values, ObjectMapper json) {
        this.editing = editing;
        this.years = years;
        this.cycles = cycles;
        this.measures = measures;
        this.returns = returns;
        this.values = values;
        this.json = StrictJson.of(json);
    }

    /** What is sent, and answered with the measure's code. */
    record Provisional(Boolean provisional) {
    }

    record Answer(String code, int quarter, boolean provisional) {
    }

    @PutMapping(value = "/api/years/{year}/quarters/{quarter}/measures/{code}/provisional",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    Answer mark(@PathVariable String year, @PathVariable int quarter, @PathVariable String code,
            @RequestBody(required = false) String body, Authentication user) {
        MeasureInReturn found = MeasureInReturn.find(years, cycles, measures, returns, year, quarter, code);
        Measure measure = found.measure();
        ServiceReturn r = found.serviceReturn();
        editing.saveProvisional(r.id(), measure.id(), parse(body), user.getName());
        return new Answer(measure.code(), quarter, values.find(measure.id(), quarter)
                .map(v -> v.provisional()).orElse(false));
    }

    private boolean parse(String body) {
        return MeasureInReturn.body(json, body, Provisional.class, "The mark", EXAMPLE, p -> p.provisional() != null)
                .provisional();
    }
}
