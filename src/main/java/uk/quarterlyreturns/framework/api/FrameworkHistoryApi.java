package uk.quarterlyreturns.framework.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.api.NotFoundException;
import uk.quarterlyreturns.framework.FrameworkHistoryReader;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;

/** A year's framework history as CSV, newest first, for auditors: the performance team and administrators. */
@RestController
class FrameworkHistoryApi {

    private final FrameworkHistoryReader history;
    private final YearRepository years;

    FrameworkHistoryApi(FrameworkHistoryReader history, YearRepository years) {
        this.history = history;
        this.years = years;
    }

    @GetMapping(value = "/api/years/{year}/framework/history", produces = MediaTypes.CSV)
    @PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'ADMIN')")
    ResponseEntity<byte[]> csv(@PathVariable String year, Authentication user) {
        ReportingYear.startOf(year);
        ReportingYear y = years.find(year).orElseThrow(() -> new NotFoundException("There is no framework for "
                + year));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(MediaTypes.CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"framework-history-" + y.label() + ".csv\"")
                .body(history.csv(y, user.getName()));
    }
}
