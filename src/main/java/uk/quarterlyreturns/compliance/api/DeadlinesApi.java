package uk.quarterlyreturns.compliance.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.api.ConfirmationRequiredException;
import uk.quarterlyreturns.base.api.JsonProblems;
import uk.quarterlyreturns.base.api.NotFoundException;
import uk.quarterlyreturns.base.api.StrictJson;
import uk.quarterlyreturns.base.api.ToTheMinute;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.chasing.CycleDateChanges;
import uk.quarterlyreturns.chasing.DeadlineExtensions;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.DeadlineExtension;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Deadlines that move, as the compliance screen moves them, under the same rules: an extension of one service's
 * deadline agreed or withdrawn ("Extend…"), and a cycle's deadline and compilation date changed ("Change
 * dates…"). The performance team's only.
 */
@RestController
@PreAuthorize("hasRole('PERFORMANCE_TEAM')")
class DeadlinesApi {

    /**
     * @param service the service as the quarter's compliance answer names it (the name its year gives it)
     * @param deadline the new deadline, London time ("2017-10-27T17:00"); null withdraws the extension
     * @param reason why, up to 2000 characters; always needed
     * @param extendedTo the return's extension as last read (the compliance answer's extendedTo), null for none:
     *        a change made since is refused, not overwritten
     * @param agreed true to withdraw once the cycle's deadline has passed (the return is then overdue at once and
     *        escalated): until then the 409 lists it under toConfirm, nothing changed
     */
    record ExtensionJson(String service, LocalDateTime deadline, String reason, Instant extendedTo, Boolean agreed) {
    }

    /** The return's deadline as it now stands. */
    record ExtendedJson(String service, Instant deadline, Instant extendedTo, String extensionReason) {
    }

    /**
     * @param deadline and compilationDate the new dates, London time ("2017-10-20T17:00")
     * @param reason why, up to 2000 characters; always needed
     * @param deadlineRead and compilationDateRead the dates as last read (GET .../cycle), so that a change made since
     *        is refused, not overwritten; left out, not checked
     * @param agreed true to go ahead with what the 409's toConfirm lists (a deadline already past, extensions ended)
     */
    record CycleDatesJson(LocalDateTime deadline, LocalDateTime compilationDate, String reason, Instant deadlineRead,
            Instant compilationDateRead, Boolean agreed) {
    }

    /** The cycle's dates as they now stand. */
    record CycleDatesChangedJson(Instant deadline, Instant compilationDate) {
    }

    private final ObjectMapper json;
    private final DeadlineExtensions extensions;
    private final CycleDateChanges dateChanges;
    private final YearRepository years;
    private final CycleRepository cycles;
    private final ReturnRepository returns;
    private final PeopleService people;

    DeadlinesApi(DeadlineExtensions extensions, CycleDateChanges dateChanges, YearRepository years,
            CycleRepository cycles, ReturnRepository returns, PeopleService people, ObjectMapper json) {
        this.json = StrictJson.of(json);
        this.extensions = extensions;
        this.dateChanges = dateChanges;
        this.years = years;
        this.cycles = cycles;
        this.returns = returns;
        this.people = people;
    }

    @PostMapping("/api/years/{year}/quarters/{quarter}/extensions")
    @ApiResponse(responseCode = "400", description = "A deadline not after now and the cycle's deadline, after the"
            + " compilation date, or a reason missing or over 2000 characters")
    @ApiResponse(responseCode = "409", description = "The return is in (submitted, perhaps since it was read) or"
            + " withdrawn, its extension changed since it was read, or the cycle is past collecting returns; or an"
            + " extension withdrawn after the cycle's deadline not agreed (toConfirm): send \"agreed\": true")
    ExtendedJson extend(@PathVariable String year, @PathVariable int quarter,
            @RequestBody(required = false) String text, Authentication user) {
        // read once past the role check: another role is told 403, whatever it sent
        ExtensionJson body = read(text, ExtensionJson.class);
        Cycle cycle = cycle(year, quarter);
        ReportingYear y = years.find(year).orElseThrow();
        if (body.service() == null || body.service().isBlank()) {
            throw new IllegalArgumentException("Name the service whose deadline is extended");
        }
        // by the name the quarter's year gives the service, as its compliance prints it: a service renamed since
        // (next year's structure made current) is still found, and no other now using its old name
        ServiceReturn r = returns.forCycle(cycle.id()).stream().filter(x -> x.serviceName().equals(body.service()))
                .findFirst().orElseThrow(() -> new NotFoundException(body.service() + " has no return in "
                        + y.quarterName(quarter) + ": name the service as the quarter's compliance does"));
        Person me = me(user);
        if (body.deadline() == null && extensions.passed(cycle.submissionDeadline())
                && !Boolean.TRUE.equals(body.agreed())) {
            throw new ConfirmationRequiredException("Agree to this first; nothing was changed",
                    CycleDateChanges.TO_CONFIRM, List.of(DeadlineExtension.whenWithdrawn(cycle.submissionDeadline(),
                            true)));
        }
        ServiceReturn changed = body.deadline() == null
                ? extensions.withdraw(r.id(), me, body.reason(), body.extendedTo())
                : extensions.extend(r.id(), me, london("deadline", body.deadline()), body.reason(),
                        body.extendedTo());
        return new ExtendedJson(changed.serviceName(), changed.deadline(cycle.submissionDeadline()),
                changed.extendedTo(), changed.extensionReason());
    }

    @PostMapping("/api/years/{year}/quarters/{quarter}/cycle/dates")
    @ApiResponse(responseCode = "400", description = "A compilation date not after the deadline or already past, an"
            + " extension later than the new compilation date (naming its service), or a reason missing or too long")
    @ApiResponse(responseCode = "409", description = "Compilation has begun, or the dates changed since they were"
            + " read; or what toConfirm lists (a deadline already past, extensions that end) not agreed: send"
            + " \"agreed\": true")
    CycleDatesChangedJson changeDates(@PathVariable String year, @PathVariable int quarter,
            @RequestBody(required = false) String text, Authentication user) {
        CycleDatesJson body = read(text, CycleDatesJson.class);
        Cycle cycle = cycle(year, quarter);
        Person me = me(user);
        Cycle changed = dateChanges.change(cycle.id(), me, london("deadline", body.deadline()),
                london("compilationDate", body.compilationDate()),
                body.reason(), body.deadlineRead() == null ? cycle.submissionDeadline() : body.deadlineRead(),
                body.compilationDateRead() == null ? cycle.compilationDate() : body.compilationDateRead(),
                Boolean.TRUE.equals(body.agreed()));
        return new CycleDatesChangedJson(changed.submissionDeadline(), changed.compilationDate());
    }

    private <T> T read(String text, Class<T> type) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Send the change as JSON");
        }
        T body;
        try {
            body = json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(JsonProblems.of(e));
        }
        if (body == null) { // the body "null"
            throw new IllegalArgumentException("Send the change as JSON");
        }
        return body;
    }

    private Cycle cycle(String year, int quarter) {
        return QuarterCycle.of(years, cycles, year, quarter);
    }

    private static Instant london(String field, LocalDateTime at) {
        return at == null ? null : ToTheMinute.require(field, at, at.atZone(LondonTime.ZONE).toInstant());
    }

    private Person me(Authentication user) {
        return people.find(user.getName()).orElseThrow(() -> new NotAllowedException("Your account is not known"));
    }
}
