package uk.quarterlyreturns.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Whole-number percentages that add up to 100 (largest remainder method). Each share is first rounded
 * down; the points still missing to reach 100 go, one each, to the shares with the largest fractions
 * cut off. Rounding each share to nearest could print 99% or 101% in total, which readers question.
 * Equal fractions are settled by the larger count, then by the order given (on track first). A share with
 * anything in it is at least 1%.
 */
final class LargestRemainder {

    private LargestRemainder() {
    }

    /** Percentages of the counts' total, in the counts' order; all zero when the total is zero. */
    static int[] percentages(int... counts) {
        int total = Arrays.stream(counts).sum();
        int[] shares = new int[counts.length];
        if (total == 0) {
            return shares;
        }
        long[] remainders = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            // integer arithmetic: count * 100 = share * total + remainder, so no floating error
            shares[i] = counts[i] * 100 / total;
            remainders[i] = (long) counts[i] * 100 % total;
        }
        int left = 100 - Arrays.stream(shares).sum();
        Integer[] order = IntStream.range(0, counts.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> remainders[i]).reversed()
                .thenComparing(Comparator.<Integer>comparingInt(i -> counts[i]).reversed())
                .thenComparingInt(i -> i));
        for (int k = 0; k < left; k++) {
            shares[order[k]]++;
        }
        // something counted never reads 0%: "100% on track … and 0% missing" beside a missing item is a figure
        // readers catch out. Its point comes from the largest share, which the shift changes least.
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && shares[i] == 0) {
                int largest = 0;
                for (int j = 1; j < shares.length; j++) {
                    largest = shares[j] > shares[largest] ? j : largest;
                }
                shares[largest]--;
                shares[i]++;
            }
        }
        return shares;
    }

    static Shares of(SummaryCounts counts) {
        int[] p = percentages(counts.onTrack(), counts.atRisk(), counts.offTrack(), counts.missing());
        return new Shares(p[0], p[1], p[2], p[3]);
    }
}
