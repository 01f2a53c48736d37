package uk.quarterlyreturns.compliance.audit;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Paths inside the pack made from names people chose (an evidence file's, a service's): each name one path segment
 * that cannot climb out of its folder or start at the root, whatever it holds, and no two paths the same, even to a
 * disk that ignores case (the later one numbered: "count (2).txt").
 */
final class PackPaths {

    private static final int LONGEST_SEGMENT = 150;

    private final Set<String> taken = new HashSet<>();

    /**
     * The name as one segment: slashes, backslashes and control characters become "_", a run of dots one dot, and
     * leading dots and spaces go ("../../x" is "_._x"); nothing left is "_".
     */
    static String segment(String name) {
        String safe = (name == null ? "" : name).replaceAll("[/\\\\\\p{Cc}]", "_").replaceAll("\\.{2,}", ".")
                .replaceAll("^[. ]+", "").strip();
        if (safe.length() > LONGEST_SEGMENT) {
            safe = safe.substring(safe.length() - LONGEST_SEGMENT); // the end keeps the file's extension
        }
        return safe.isEmpty() ? "_" : safe;
    }

    /** folder/name, numbered when the same path was given before. */
    String unique(String folder, String name) {
        String path = folder + "/" + name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !taken.add(path.toLowerCase(Locale.ROOT)); n++) {
            path = folder + "/" + stem + " (" + n + ")" + extension;
        }
        return path;
    }
}
