package uk.quarterlyreturns.report.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.api.IfMatch;
import uk.quarterlyreturns.base.api.JsonProblems;
import uk.quarterlyreturns.base.api.NotFoundException;
import uk.quarterlyreturns.base.api.StrictJson;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.report.CabinetCover;
import uk.quarterlyreturns.report.CabinetCoverService;

/**
 * The cover report of a quarter's report, as JSON. The performance team, administrators and the chief
 * executive read it; only the performance team writes it. The role is checked before the body is read,
 * so another role's bad body gets 403, not 400. A read carries an ETag; a write must send it back in If-Match
 * (428 without it) and is refused (412) when the cover changed since, so that a tool does not overwrite a
 * colleague's words unseen.
 */
@RestController
@RequestMapping("/api/years/{year}/quarters/{quarter}/report/cover")
class CabinetCoverApi {

    private static final String COVER = "the cover report";

    private final CabinetCoverService covers;
    private final YearRepository years;
    private final CycleRepository cycles;
    private final PeopleService people;
    private final ObjectMapper json;

    CabinetCoverApi(CabinetCoverService covers, YearRepository years, CycleRepository cycles, PeopleService people,
            ObjectMapper json) {
        this.covers = covers;
        this.years = years;
        this.cycles = cycles;
        this.people = people;
        this.json = StrictJson.of(json);
    }

    @GetMapping
    ResponseEntity<CabinetCover> read(@PathVariable String year, @PathVariable int quarter, Authentication user) {
        if (!people.find(user.getName()).map(p -> p.has(Role.PERFORMANCE_TEAM) || p.has(Role.ADMIN)
                || p.has(Role.CHIEF_EXECUTIVE)).orElse(false)) {
            throw new NotAllowedException("Only the performance team, administrators and the chief executive read"
                    + " the cover report before publication");
        }
        return tagged(covers.read(cycle(year, quarter).id()));
    }

    @PutMapping
    @ApiResponse(responseCode = "412", description = "The cover changed since the read whose ETag If-Match sent")
    @ApiResponse(responseCode = "428", description = "No If-Match: GET the cover first, then send its ETag")
    ResponseEntity<CabinetCover> write(@PathVariable String year, @PathVariable int quarter,
            @RequestBody(required = false) String body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication user) {
        if (!people.find(user.getName()).map(p -> p.has(Role.PERFORMANCE_TEAM)).orElse(false)) {
            throw new NotAllowedException("Only the performance team writes the report's cover");
        }
        Cycle cycle = cycle(year, quarter);
        CabinetCover cover = parse(body);
        String sent = IfMatch.sent(ifMatch, COVER, "GET the cover first");
        CabinetCover shown = covers.read(cycle.id());
        IfMatch.requireCurrent(sent, etag(shown), COVER);
        // a save landing between that read and this write's lock is refused there (409)
        covers.write(cycle.id(), user.getName(), cover, shown);
        return tagged(covers.read(cycle.id()));
    }

    private ResponseEntity<CabinetCover> tagged(CabinetCover cover) {
        return ResponseEntity.ok().eTag(etag(cover)).body(cover);
    }

    /** The cover's version, as a strong entity tag: a hash of its JSON. */
    private String etag(CabinetCover cover) {
        return IfMatch.etag(json, cover);
    }

    private Cycle cycle(String yearLabel, int quarter) {
        ReportingYear.startOf(yearLabel); // a year badly written is a 400 saying how, as on every other call
        ReportingYear year = years.find(yearLabel).orElseThrow(() -> new NotFoundException("No framework for "
                + yearLabel));
        ReportingYear.requireQuarter(quarter);
        return cycles.find(year.id(), quarter).orElseThrow(() -> new NotFoundException("No cycle for "
                + year.quarterName(quarter)));
    }

    private CabinetCover parse(String body) {
        String example = "Send the cover report as JSON, e.g. {\"meeting\": \"Cabinet\","
                + " \"meetingDate\": \"2017-11-21\", \"keyDecision\": false}";
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException(example);
        }
        CabinetCover cover;
        try {
            cover = json.readValue(body, CabinetCover.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The cover report: " + JsonProblems.of(e));
        }
        if (cover == null) { // the body "null"
            throw new IllegalArgumentException(example);
        }
        return cover;
    }
}
