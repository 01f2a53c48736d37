package uk.quarterlyreturns.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Grouping that keeps the order groups first appear in, as the framework's order is the report's. */
final class Groups {

    static final String NO_THEME = "Other";
    static final String NO_SERVICE = "Other services";
    static final String NO_DIRECTORATE = "Other";

    private Groups() {
    }

    static <T> Map<String, List<T>> inOrder(List<T> items, Function<T, String> key, String fallback) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(name(key.apply(item), fallback), k -> new ArrayList<>()).add(item);
        }
        return groups;
    }

    /** A blank name would print an empty heading, so it takes the fallback's words instead. */
    static String name(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
