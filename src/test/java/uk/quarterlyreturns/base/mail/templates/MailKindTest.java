package uk.quarterlyreturns.base.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The words the outbox shows for each kind of mail. */
class MailKindTest {

    @Test
    void everyKindHasWordsOfItsOwn() {
        assertThat(Arrays.stream(MailKind.values()).map(MailKind::words))
                .doesNotHaveDuplicates()
                .allSatisfy(words -> assertThat(words).isNotBlank().doesNotContain("_"));
    }

    @Test
    void aRecordedKindIsShownInItsWords() {
        assertThat(MailKind.words("ESCALATION_STRATEGIC")).isEqualTo("Escalated to the strategic director");
        assertThat(MailKind.words("READY_FOR_CHECK")).isEqualTo("Ready for check");
    }

    @Test
    void aKindThisReleaseDoesNotSendIsShownAsRecorded() {
        assertThat(MailKind.words("NOTICE")).isEqualTo("NOTICE");
        assertThat(MailKind.words(null)).isNull();
    }
}
