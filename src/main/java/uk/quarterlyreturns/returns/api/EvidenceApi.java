package uk.quarterlyreturns.returns.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.NotFoundException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.EvidenceFile;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnRepository;

/**
 * The evidence behind a measure's figure in a quarter's return, for an auditor's sample: the list, and each file. For
 * administrators and whoever may read the return (ReturnPermissions.canRead); a file is served as an attachment, with
 * the media type its checks gave it, never to be shown in the browser.
 */
@RestController
class EvidenceApi {

    private static final String PATH = "/api/years/{year}/quarters/{quarter}/measures/{code}/evidence";

    private final Evidence evidence;
    private final ReturnPermissions permissions;
    private final YearRepository years;
    private final CycleRepository cycles;
    private final MeasureRepository measures;
    private final ReturnRepository returns;

    EvidenceApi(Evidence evidence, ReturnPermissions permissions, YearRepository years, CycleRepository cycles,
            MeasureRepository measures, ReturnRepository returns) {
        this.evidence = evidence;
        this.permissions = permissions;
        this.years = years;
        this.cycles = cycles;
        this.measures = measures;
        this.returns = returns;
    }

    record FileJson(long id, String fileName, String mediaType, int size, String sha256, String uploadedBy,
            String uploadedAt) {

        static FileJson of(EvidenceFile f) {
            return new FileJson(f.id(), f.fileName(), f.mediaType(), f.size(), f.sha256(), f.uploadedBy(),
                    f.uploadedAt().toString());
        }
    }

    @GetMapping(PATH)
    List<FileJson> list(@PathVariable String year, @PathVariable int quarter, @PathVariable String code,
            Authentication user) {
        MeasureInReturn found = readable(year, quarter, code, user);
        return evidence.of(found.measure().id(), quarter).stream().map(FileJson::of).toList();
    }

    /** Any Accept will do: the file is what it is, its type set below. */
    @GetMapping(value = PATH + "/{id}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> file(@PathVariable String year, @PathVariable int quarter, @PathVariable String code,
            @PathVariable long id, Authentication user) {
        MeasureInReturn found = readable(year, quarter, code, user);
        NotFoundException none = new NotFoundException("There is no evidence file " + id + " for "
                + found.measure().code() + " in " + found.year().quarterName(quarter));
        EvidenceFile f = evidence.of(found.measure().id(), quarter).stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> none);
        byte[] content = evidence.content(id).orElseThrow(() -> none);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(f.fileName(), StandardCharsets.UTF_8).build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    private MeasureInReturn readable(String year, int quarter, String code, Authentication user) {
        MeasureInReturn found = MeasureInReturn.find(years, cycles, measures, returns, year, quarter, code);
        boolean admin = user.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
        if (!admin) {
            permissions.requireRead(user.getName(), found.serviceReturn());
        }
        return found;
    }
}
