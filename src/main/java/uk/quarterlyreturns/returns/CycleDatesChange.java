package uk.quarterlyreturns.returns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a change to an open cycle's deadline and compilation date (a typo mended, say): which changes are
 * refused, and what must be agreed to first. A refusal says why, and nothing is changed.
 */
public final class CycleDatesChange {

    private CycleDatesChange() {
    }

    /** A return of the cycle as the change sees it. */
    public record Owed(String service, Instant extendedTo) {
    }

    /** What the change does that its maker agrees to first: a deadline already past, extensions that end. */
    public record Questions(boolean deadlinePassed, List<String> extensionsEnded) {

        public Questions {
            extensionsEnded = List.copyOf(extensionsEnded);
        }

        /** Each question in words, for the dialog and the API's 409. */
        public List<String> words(String deadline) {
            List<String> words = new ArrayList<>();
            if (deadlinePassed) {
                words.add("The new deadline, " + deadline + ", has already passed: every return not yet in becomes"
                        + " overdue at once, and its overdue notice and escalations follow");
            }
            if (!extensionsEnded.isEmpty()) {
                words.add("The cycle's deadline is then later than the extension agreed for "
                        + String.join(", ", extensionsEnded) + ": " + (extensionsEnded.size() == 1 ? "it ends"
                        : "they end") + ", and the cycle's deadline stands for them");
            }
            return words;
        }

        public boolean any() {
            return deadlinePassed || !extensionsEnded.isEmpty();
        }

        /**
         * The questions, in words, that are not among those its maker was asked and agreed to: one that arose between
         * asking and confirming (a colleague's extension the new deadline would end, say) has not been agreed to.
         */
        public List<String> notAsked(List<String> asked, String deadline) {
            return words(deadline).stream().filter(q -> !asked.contains(q)).toList();
        }
    }

    /**
     * Refuses a change that will not do: compilation begun (the cycle past collecting returns, or its compilation date
     * reached, its timer perhaps not yet fired), a compilation date not after the deadline or already past, an
     * extension later than the new compilation date (naming its service), or a reason missing or too long. Otherwise
     * the questions to agree to first.
     *
     * @param collecting whether the cycle still collects returns
     * @param currentDeadline the cycle's deadline before the change
     * @param currentCompilation the cycle's compilation date before the change: once reached, the report compiles
     *        whatever the change says
     * @param owed the returns of the cycle not yet in, with any extension
     * @throws IllegalArgumentException naming why
     * @throws IllegalStateException when compilation has begun
     */
    public static Questions check(boolean collecting, Instant currentDeadline, Instant currentCompilation,
            Instant deadline, Instant compilationDate, String reason, List<Owed> owed, Instant now) {
        if (!collecting || !currentCompilation.isAfter(now)) {
            throw new IllegalStateException("The report's compilation has begun, so the cycle's dates can no longer"
                    + " be changed");
        }
        if (deadline == null || compilationDate == null) {
            throw new IllegalArgumentException("Give both the deadline and the compilation date, each a date and a"
                    + " time");
        }
        if (!compilationDate.isAfter(deadline)) {
            throw new IllegalArgumentException("The compilation date must come after the submission deadline");
        }
        if (!compilationDate.isAfter(now)) {
            throw new IllegalArgumentException("The compilation date " + DeadlineExtension.when(compilationDate)
                    + " has already passed: the report would be compiled at once. Give a later one");
        }
        for (Owed o : owed) {
            if (o.extendedTo() != null && o.extendedTo().isAfter(compilationDate)) {
                throw new IllegalArgumentException(o.service() + "'s deadline is extended to "
                        + DeadlineExtension.when(o.extendedTo()) + ", after the new compilation date: change or"
                        + " withdraw that extension first, or give a later compilation date");
            }
        }
        DeadlineExtension.checkReason(reason);
        // only a deadline moved to a time already past makes returns overdue at once: one left as it was (the
        // compilation date alone changed) has done whatever it does already
        return new Questions(!deadline.equals(currentDeadline) && !deadline.isAfter(now), owed.stream()
                .filter(o -> o.extendedTo() != null && !o.extendedTo().isAfter(deadline)).map(Owed::service).toList());
    }
}
