package uk.quarterlyreturns.people.api;

import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleFile;
import uk.quarterlyreturns.people.PeopleService;

/** The council's people: read by the performance team and administrators, changed by administrators only. */
@RestController
@RequestMapping("/api/people")
class PeopleApi {

    /** One user, placed in the service (and directorate) they serve this year. */
    record PersonJson(String username, String name, String email, List<String> roles, String service,
            String directorate, boolean enabled) {
    }

    private final PeopleService people;
    private final PeopleFile file;
    private final Organisation organisation;

    PeopleApi(PeopleService people, PeopleFile file, Organisation organisation) {
        this.people = people;
        this.file = file;
        this.organisation = organisation;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'ADMIN')")
    List<PersonJson> all() {
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

    /** The people file, all or nothing: 400 naming every bad row and column. */
    @PutMapping(consumes = {MediaTypes.CSV, MediaTypes.XLSX})
    @PreAuthorize("hasRole('ADMIN')")
    PeopleFile.Result put(InputStream body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            Authentication user) {
        return file.importFile(TabularFile.read(body, MediaTypes.uploadName(contentType)), user.getName());
    }
}
