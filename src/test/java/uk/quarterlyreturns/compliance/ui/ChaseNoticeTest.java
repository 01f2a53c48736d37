package uk.quarterlyreturns.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A service where nobody has an email address is chased on record only, and the notice says so. */
class ChaseNoticeTest {

    private static final String QUEUED = "6 emails queued for delivery (see the outbox for what becomes of them)";

    @Test
    void aServiceNobodyCanBeEmailedIsToldApartFromThoseEmailed() {
        assertThat(ChaseNotice.afterSending(4, List.of("Housing"), QUEUED))
                .isEqualTo("Chased 4 services; 1 has nobody with an email address (Housing): recorded, not sent."
                        + " The other 3: " + QUEUED);
    }

    @Test
    void whenNobodyAnywhereCanBeEmailedNoEmailsAreSpokenOf() {
        assertThat(ChaseNotice.afterSending(2, List.of("Housing", "Parks"), "0 emails queued for delivery"))
                .isEqualTo("Chased 2 services; 2 have nobody with an email address (Housing and Parks): recorded,"
                        + " not sent");
    }

    @Test
    void whenEveryServiceCanBeEmailedOnlyTheEmailsAreSpokenOf() {
        assertThat(ChaseNotice.afterSending(1, List.of(), "2 emails queued for delivery"))
                .isEqualTo("Chased 1 service: 2 emails queued for delivery");
    }

    @Test
    void theDialogSaysBeforeSendingThatTheChaseWillBeRecordedNotSent() {
        assertThat(ChaseNotice.beforeSending(List.of("Housing")))
                .startsWith("1 has nobody with an email address (Housing): its chase will be recorded, not sent.");
    }
}
