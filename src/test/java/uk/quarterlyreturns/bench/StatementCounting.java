package uk.quarterlyreturns.bench;

import java.util.concurrent.atomic.AtomicLong;
import uk.quarterlyreturns.support.SqlStatements;

/**
 * Counts, while a cycle opens, the statements and commits every other thread (the job executor's) sends the
 * database, each a round trip, with their times when asked ({@link StatementTimes}).
 */
final class StatementCounting {

    private static final AtomicLong ELSEWHERE = new AtomicLong();

    private StatementCounting() {
    }

    /** Counts from now what every thread but this one sends the database. */
    static void startElsewhere() {
        ELSEWHERE.set(0);
        StatementTimes.take();
        SqlStatements.listenElsewhere((sql, nanos) -> {
            ELSEWHERE.incrementAndGet();
            if (StatementTimes.ON) {
                StatementTimes.add(sql, nanos);
            }
        });
    }

    /** Statements and commits counted since {@link #startElsewhere}; the count goes on. */
    static long elsewhereSoFar() {
        return ELSEWHERE.get();
    }

    /** Statements and commits counted since {@link #startElsewhere}; the count stops. */
    static long stopElsewhere() {
        SqlStatements.listenElsewhere(null);
        return ELSEWHERE.get();
    }
}
