package uk.quarterlyreturns.base.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    private static InputStream limited(int size, long limit) {
        return new LimitedInputStream(new ByteArrayInputStream(new byte[size]), limit,
                () -> new TabularFileException("too large"));
    }

    @Test
    void readsUpToTheLimit() throws IOException {
        assertThat(limited(100, 100).readAllBytes()).hasSize(100);
    }

    @Test
    void failsRatherThanTruncatingPastTheLimit() {
        assertThatThrownBy(() -> limited(101, 100).readAllBytes())
                .isInstanceOf(TabularFileException.class)
                .hasMessage("too large");
    }

    @Test
    void countsSingleBytesAndSkipsToo() throws IOException {
        InputStream in = limited(10, 5);
        in.skip(5);
        assertThatThrownBy(in::read).isInstanceOf(TabularFileException.class);
    }
}
