package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.Numbered;

/**
 * A year's stored codes of measures (or of key actions), matched to a file's codes without regard to case: a code
 * is unique within the year in any letters, so `ki 433` in a file names the stored `KI 433`. A year stored before
 * codes were compared this way may hold two that differ only in case; a file code spelled exactly as one of them
 * names that one, and any other spelling is refused, naming both.
 */
public final class StoredCodes {

    private static final String NOT_A_SPACE = "[^\\s\\u00A0\\u202F\\u2007]+";
    private static final Pattern SINGLE_SPACED = Pattern.compile(NOT_A_SPACE + "( " + NOT_A_SPACE + ")*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");

    private final Set<String> exact;
    private final Map<String, List<String>> byLetters = new HashMap<>();

    public StoredCodes(Collection<String> codes) {
        this.exact = new HashSet<>(codes);
        codes.forEach(c -> byLetters.computeIfAbsent(letters(c), k -> new ArrayList<>()).add(c));
    }

    /**
     * The stored code the file's code names, or null when the year has none. When it could name two, records an
     * error on the row and returns null.
     */
    public String match(String code, int row, List<ImportError> errors) {
        if (exact.contains(code)) {
            return code;
        }
        List<String> same = byLetters.getOrDefault(letters(code), List.of());
        if (same.size() > 1) {
            errors.add(new ImportError(row, "code", "The year has both " + String.join(" and ", same)
                    + ": write the code exactly as the one this row is for"));
            return null;
        }
        return same.isEmpty() ? null : same.get(0);
    }

    /**
     * The stored code this code names, as a file's row would: next year's code names last year's measure of the
     * same code in any letters. Empty when none, or when it could name two.
     */
    Optional<String> find(String code) {
        return Optional.ofNullable(match(code, 0, new ArrayList<>()));
    }

    /**
     * For each of a file's rows, the stored code its code names in any letters, or its own code when the year has
     * none; a code that could name two stored ones is an error on its row.
     */
    static <T> List<String> matchAll(List<Numbered<T>> rows, Function<T, String> code, Set<String> stored,
            List<ImportError> errors) {
        StoredCodes codes = new StoredCodes(stored);
        List<String> matched = new ArrayList<>(rows.size());
        for (Numbered<T> row : rows) {
            String own = code.apply(row.row());
            codes.irregularlySpaced(own, row.rowNumber(), errors);
            String match = codes.match(own, row.rowNumber(), errors);
            matched.add(match == null ? own : match);
        }
        return matched;
    }

    /**
     * Refuses a code with spaces other than single ordinary ones (two together, a tab, a non-breaking space pasted from
     * a document) unless the year holds it so: `KI  433` reads as KI 433 but would be a second measure beside it.
     */
    private void irregularlySpaced(String code, int row, List<ImportError> errors) {
        if (!exact.contains(code) && !SINGLE_SPACED.matcher(code).matches()) {
            errors.add(new ImportError(row, "code", "The code " + code.strip() + " has spaces other than single"
                    + " ordinary ones (two together, a tab or a non-breaking space): write it as "
                    + SPACES.matcher(code).replaceAll(" ").strip()));
        }
    }

    private static String letters(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
