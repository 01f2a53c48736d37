package uk.quarterlyreturns.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated timings of one piece of work: the median and the 95th percentile, in milliseconds. */
record Tries(List<Double> millis) {

    static Tries of(int count, Runnable work) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            work.run();
            out.add((System.nanoTime() - start) / 1e6);
        }
        return new Tries(out);
    }

    double median() {
        return percentile(50);
    }

    /** Nearest-rank percentile: with few tries the p95 is the slowest. */
    double p95() {
        return percentile(95);
    }

    private double percentile(int p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
