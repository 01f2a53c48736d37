package uk.quarterlyreturns.report.render;

/**
 * What a long print tells whoever waits for it. A national collection's report prints for a minute or more, part
 * by part; a council's prints whole in seconds and says nothing until it is done.
 */
public interface PrintProgress {

    /** Nobody is told. */
    PrintProgress NONE = (steps, of) -> { };

    /** Another report is printing first: this one starts when it is done (two large at once could exhaust the heap). */
    default void waiting() {
    }

    /** This many of the print's steps are done: one per part printed and joined, then the whole written out. */
    void printed(int steps, int of);
}
