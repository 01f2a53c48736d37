package uk.quarterlyreturns.compliance.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.compliance.audit.AuditPack;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.api.QuarterInPath;
import uk.quarterlyreturns.framework.YearRepository;

/**
 * A quarter's audit pack as a ZIP, for the performance team and administrators to hand to audit. It is written to
 * the response as it is made, never held whole: a quarter's evidence can run to hundreds of megabytes.
 */
@RestController
@PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'ADMIN')")
class AuditPackApi {

    private final AuditPack pack;
    private final YearRepository years;
    private final CycleRepository cycles;

    AuditPackApi(AuditPack pack, YearRepository years, CycleRepository cycles) {
        this.pack = pack;
        this.years = years;
        this.cycles = cycles;
    }

    @GetMapping(value = "/api/years/{year}/quarters/{quarter}/audit-pack", produces = MediaTypes.ZIP)
    void auditPack(@PathVariable String year, @PathVariable int quarter, Authentication user,
            HttpServletResponse response) throws IOException {
        Cycle cycle = QuarterInPath.cycle(years, cycles, year, quarter); // a 404 before anything is written
        response.setContentType(MediaTypes.ZIP);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + AuditPack.fileName(cycle)
                + "\"");
        pack.write(cycle, user.getName(), response.getOutputStream());
    }
}
