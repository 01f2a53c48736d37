package uk.quarterlyreturns.returns.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Predicate;
import uk.quarterlyreturns.base.api.JsonProblems;
import uk.quarterlyreturns.base.api.NotFoundException;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.api.QuarterInPath;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;

/** A measure in a quarter's return, as the API's paths name it: .../years/{year}/quarters/{quarter}/measures/{code}. */
record MeasureInReturn(ReportingYear year, Measure measure, ServiceReturn serviceReturn) {

    /**
     * The measure and the return holding its figure of the quarter (the one it was given in, when the measure moved
     * after that quarter was published); a year badly written is a 400, anything not there a 404. */
    static MeasureInReturn find(YearRepository years, CycleRepository cycles, MeasureRepository measures,
            ReturnRepository returns, String year, int quarter, String code) {
        ReportingYear y = QuarterInPath.year(years, year);
        Cycle cycle = QuarterInPath.cycle(cycles, y, quarter);
        Measure measure = measures.find(y.id(), code).orElseThrow(
                () -> new NotFoundException("There is no measure " + code + " in " + y.label()));
        ServiceReturn r = returns.holding(cycle.id(), measure.id()).orElseThrow(
                () -> new NotFoundException("No return of " + y.quarterName(quarter) + " holds " + code));
        return new MeasureInReturn(y, measure, r);
    }

    /**
     * The JSON body read strictly, as the API's other JSON calls; a body missing, unreadable or lacking what
     * {@code complete} asks is a 400 giving the example.
     */
    static <T> T body(ObjectMapper strict, String body, Class<T> type, String what, String example,
            Predicate<T> complete) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException(example);
        }
        T sent;
        try {
            sent = strict.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + ": " + JsonProblems.of(e));
        }
        if (sent == null || !complete.test(sent)) {
            throw new IllegalArgumentException(example);
        }
        return sent;
    }
}
