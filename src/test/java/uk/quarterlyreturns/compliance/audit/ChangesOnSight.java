package uk.quarterlyreturns.compliance.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps what a pack writes, and once a text (an entry's name) has been written, has a change committed by another
 * thread, as another person's would be, before the pack writes on.
 */
final class ChangesOnSight extends ByteArrayOutputStream {

    private final byte[] text;
    private final Runnable change;
    boolean changed;

    ChangesOnSight(String text, Runnable change) {
        this.text = text.getBytes(StandardCharsets.UTF_8);
        this.change = change;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        super.write(b, off, len);
        seen();
    }

    @Override
    public synchronized void write(int b) {
        super.write(b);
        seen();
    }

    private void seen() {
        if (!changed && indexOf(toByteArray(), text) >= 0) {
            changed = true;
            try {
                CompletableFuture.runAsync(change).get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("The change was not committed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int indexOf(byte[] in, byte[] what) {
        for (int i = 0; i + what.length <= in.length; i++) {
            if (Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }
}
