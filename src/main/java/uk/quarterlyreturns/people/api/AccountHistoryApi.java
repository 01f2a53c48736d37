package uk.quarterlyreturns.people.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.people.AccountHistoryReader;

/** Every account's history as CSV, for auditors: administrators only. */
@RestController
class AccountHistoryApi {

    private final AccountHistoryReader history;

    AccountHistoryApi(AccountHistoryReader history) {
        this.history = history;
    }

    @GetMapping(value = "/api/people/history", produces = MediaTypes.CSV)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<byte[]> csv(Authentication user) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(MediaTypes.CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"account-history.csv\"")
                .body(history.csv(user.getName()));
    }
}
