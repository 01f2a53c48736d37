package uk.quarterlyreturns.framework;

import java.util.List;

/** What an import did: rows read, how many of them changed something, and anything the importer should know. */
public record ImportResult(int rows, int changed, int unchanged, List<String> notes) {

    public ImportResult(int rows, int changed, int unchanged) {
        this(rows, changed, unchanged, List.of());
    }
}
