package uk.quarterlyreturns.framework;

import java.time.Instant;
import java.util.Objects;

/**
 * A director's replacement for a computed RAG. The computed RAG is kept beside it, and the report
 * marks the override and prints its justification, so one without a written reason is refused.
 *
 * @param by who overrode it
 * @param at when
 */
public record RagOverride(Rag rag, String by, Instant at, String justification) {

    public RagOverride {
        Objects.requireNonNull(rag, "rag");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (justification == null || justification.isBlank()) {
            throw new IllegalArgumentException("A RAG override needs a written justification");
        }
        // Not due and Missing are facts about the return, not judgements a director can make.
        if (rag == Rag.NOT_DUE || rag == Rag.MISSING) {
            throw new IllegalArgumentException(
                    "A RAG cannot be overridden to " + rag.label() + ": that status is set by the system");
        }
    }
}
