package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * An extension without a reason is refused by the database itself, so no other way in (a script, a later change)
 * can leave a service with a deadline nobody can explain. Year 4804-05 is this class's own.
 */
class ExtensionReasonInTheDatabaseTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnRepository returns;
    @Autowired JdbcClient jdbc;

    @Test
    void anExtensionWithoutAReasonIsRefusedAndOneWithAReasonOrNoExtensionIsKept() {
        Instant deadline = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        long returnId = ServiceOfItsOwn.returnOf(context, 4804, false, deadline);
        Instant later = deadline.plus(Duration.ofDays(5));

        for (String reason : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> extend(returnId, later, reason)).as("reason " + reason)
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("service_return_extension_has_reason");
        }
        extend(returnId, later, "National data on the 25th");
        assertThat(returns.find(returnId).orElseThrow().extendedTo()).isEqualTo(later);
        extend(returnId, null, null);
        assertThat(returns.find(returnId).orElseThrow().extendedTo()).as("withdrawn, no reason needed").isNull();
    }

    private void extend(long returnId, Instant to, String reason) {
        jdbc.sql("update service_return set extended_to = :to, extension_reason = :why where id = :id")
                .param("to", to == null ? null : java.sql.Timestamp.from(to)).param("why", reason)
                .param("id", returnId).update();
    }
}
