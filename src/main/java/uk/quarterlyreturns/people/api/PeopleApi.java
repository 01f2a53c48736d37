package uk.quarterlyreturns.people.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.ConfirmationRequiredException;
import uk.quarterlyreturns.base.api.IfMatch;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.AccountWay;
import uk.quarterlyreturns.people.PeopleFile;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.WorkNotAgreedException;

/**
 * The council's people: read by the performance team and administrators, changed by administrators only. A read
 * carries an ETag of the whole list; the people file must send it back in If-Match (428 without it) and is refused
 * (412) when anyone changed the list since, so that two administrators do not overwrite each other's changes unseen.
 */
@RestController
@RequestMapping("/api/people")
class PeopleApi {

    private static final String PEOPLE = "the people list";

    /** One user, placed in the service (and directorate) they serve this year. */
    record PersonJson(String username, String name, String email, List<String> roles, String service,
            String directorate, boolean enabled) {
    }

    private final PeopleService people;
    private final PeopleFile file;
    private final Organisation organisation;
    private final ObjectMapper json;

    PeopleApi(PeopleService people, PeopleFile file, Organisation organisation, ObjectMapper json) {
        this.people = people;
        this.file = file;
        this.organisation = organisation;
        this.json = json;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'ADMIN')")
    ResponseEntity<List<PersonJson>> all() {
        List<PersonJson> all = list();
        return ResponseEntity.ok().eTag(IfMatch.etag(json, all)).body(all);
    }

    /**
     * The people file, all or nothing: 400 naming every bad row and column. A file that takes work from people (a
     * director replaced, a data officer moved: WorkTaken) goes ahead only with {@code confirm=true}; without it, 409
     * lists what it would take and nothing changes, so that a file is never read as more routine than it is.
     */
    @PutMapping(consumes = {MediaTypes.CSV, MediaTypes.XLSX})
    @PreAuthorize("hasRole('ADMIN')")
    @ApiResponse(responseCode = "409", description = "The file takes work from people (listed in workTaken) and"
            + " confirm=true was not sent; nothing changed")
    @ApiResponse(responseCode = "412", description = "The people list changed since the read whose ETag If-Match"
            + " sent")
    @ApiResponse(responseCode = "428", description = "No If-Match: GET /api/people first, then send its ETag")
    ResponseEntity<PeopleFile.Result> put(InputStream body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(defaultValue = "false") boolean confirm, Authentication user) {
        TabularFile upload = TabularFile.read(body, MediaTypes.uploadName(contentType));
        String sent = IfMatch.sent(ifMatch, PEOPLE, "GET /api/people first");
        PeopleFile.Result done;
        try {
            done = file.importFile(upload, user.getName(), AccountWay.API,
                    () -> IfMatch.requireCurrent(sent, IfMatch.etag(json, list()), PEOPLE), confirm ? null : List.of());
        } catch (WorkNotAgreedException e) {
            throw new ConfirmationRequiredException("The file takes work from people, so nothing changed: check the"
                    + " list, then send the same file again with confirm=true (PUT /api/people?confirm=true) to go"
                    + " ahead", "workTaken", e.taken());
        }
        return ResponseEntity.ok().eTag(IfMatch.etag(json, list())).body(done);
    }

    private List<PersonJson> list() {
        var services = organisation.services();
        var directorates = organisation.directorates();
        return people.all().stream().map(p -> new PersonJson(p.username(), p.displayName(), p.email(),
                p.roles().stream().map(Role::name).sorted().toList(),
                services.stream().filter(s -> p.serviceId() != null && s.id() == p.serviceId())
                        .map(Organisation.ServiceUnit::name).findFirst().orElse(null),
                directorates.stream().filter(d -> p.directorateId() != null && d.id() == p.directorateId())
                        .map(Organisation.Directorate::name).findFirst().orElse(null),
                p.enabled())).toList();
    }
}
