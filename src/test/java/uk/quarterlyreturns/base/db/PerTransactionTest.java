package uk.quarterlyreturns.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.support.ApplicationTest;

/** Values read once per transaction, through the application's own transaction manager. */
class PerTransactionTest extends ApplicationTest {

    @Autowired
    PlatformTransactionManager transactions;

    private final PerTransaction<Long, String> memo = new PerTransaction<>();
    private final AtomicInteger loads = new AtomicInteger();
    private final Function<Long, String> load = id -> "read " + id + " #" + loads.incrementAndGet();

    @Test
    void aKeyIsReadOnceInATransactionAndAgainInTheNext() {
        String first = inTransaction(() -> {
            String a = memo.get(7L, load);
            assertThat(memo.get(7L, load)).isEqualTo(a);
            assertThat(memo.get(8L, load)).isEqualTo("read 8 #2");
            return a;
        });
        assertThat(first).isEqualTo("read 7 #1");
        assertThat(inTransaction(() -> memo.get(7L, load))).isEqualTo("read 7 #3");
    }

    @Test
    void outsideATransactionEveryCallReads() {
        assertThat(memo.get(7L, load)).isEqualTo("read 7 #1");
        assertThat(memo.get(7L, load)).isEqualTo("read 7 #2");
    }

    @Test
    void aForgottenKeyIsReadAgain() {
        String again = inTransaction(() -> {
            memo.get(7L, load);
            memo.forget(7L);
            return memo.get(7L, load);
        });
        assertThat(again).isEqualTo("read 7 #2");
    }

    @Test
    void anInnerTransactionOfItsOwnRemembersNothingOfTheOuterAndTheOuterKeepsItsOwn() {
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        List<String> reads = inTransaction(() -> List.of(memo.get(7L, load),
                inner.execute(s -> memo.get(7L, load)), memo.get(7L, load)));
        assertThat(reads).containsExactly("read 7 #1", "read 7 #2", "read 7 #1");
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(s -> work.get());
    }
}
