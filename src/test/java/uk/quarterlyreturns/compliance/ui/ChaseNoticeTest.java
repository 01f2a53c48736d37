package uk.quarterlyreturns.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a chase by hand says it did, and that a service nobody can be emailed at will not be chased. */
class ChaseNoticeTest {

    private static final String QUEUED = "6 emails queued for delivery (see the outbox for what becomes of them)";

    @Test
    void theServicesChasedAndWhatBecameOfTheirEmailsAreSaid() {
        assertThat(ChaseNotice.afterSending(4, QUEUED)).isEqualTo("Chased 4 services: " + QUEUED);
        assertThat(ChaseNotice.afterSending(1, "2 emails queued for delivery"))
                .isEqualTo("Chased 1 service: 2 emails queued for delivery");
    }

    @Test
    void theDialogSaysBeforeSendingThatAServiceNobodyCanBeEmailedAtWillNotBeChased() {
        assertThat(ChaseNotice.beforeSending(List.of("Housing")))
                .startsWith("1 has nobody with an email address (Housing): it will not be chased, as nothing can be"
                        + " sent.");
        assertThat(ChaseNotice.beforeSending(List.of("Housing", "Parks")))
                .startsWith("2 have nobody with an email address (Housing and Parks): they will not be chased");
    }
}
