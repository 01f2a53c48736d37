package uk.quarterlyreturns.framework;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where each measure, or each key action, of an imported file goes in the year's order, which the Framework screen
 * and the report follow. A file holding every one of the year's is the whole list: its order
 * becomes the year's. Any other file (one measure saved on the Framework screen, or a few changed) leaves the
 * year's ones where they are and puts its new ones after them, in the file's order. So does a whole list already in
 * the year's order (new ones, if any, last): a measure removed leaves a gap in the places, and the year's own export
 * imported again moves nothing, rather than closing the gap as a change to every measure after it.
 */
final class YearOrder {

    private final Map<String, Integer> stored;
    private final boolean wholeList;
    private int next;

    /** The places stored for the year in {@code table} (measure or key_action), by code. */
    static Map<String, Integer> stored(JdbcClient jdbc, String table, long yearId) {
        Map<String, Integer> places = new HashMap<>();
        jdbc.sql("select code, row_order from " + table + " where year_id = :y").param("y", yearId)
                .query(rs -> {
                    places.put(rs.getString("code"), rs.getInt("row_order"));
                });
        return places;
    }

    /**
     * @param stored    the year's measures (or key actions) by code, with their places
     * @param fileCodes the codes of the file's rows
     */
    YearOrder(Map<String, Integer> stored, Collection<String> fileCodes) {
        this.stored = Map.copyOf(stored);
        this.wholeList = new HashSet<>(fileCodes).containsAll(stored.keySet()) && !inStoredOrder(stored, fileCodes);
        this.next = stored.isEmpty() ? 0 : Collections.max(stored.values()) + 1;
    }

    /** Whether the file lists the stored codes in their stored order, with any new ones after them. */
    private static boolean inStoredOrder(Map<String, Integer> stored, Collection<String> fileCodes) {
        int last = Integer.MIN_VALUE;
        boolean newOnes = false;
        for (String code : fileCodes) {
            Integer place = stored.get(code);
            if (place == null) {
                newOnes = true;
            } else if (newOnes || place <= last) {
                return false;
            } else {
                last = place;
            }
        }
        return true;
    }

    /** The place of the file's row with this code at this position; asked once per row, in the file's order. */
    int of(String code, int filePosition) {
        if (wholeList) {
            return filePosition;
        }
        Integer place = stored.get(code);
        return place != null ? place : next++;
    }

    /** Whether the code is stored at another place than this one (or is not stored yet). */
    boolean moves(String code, int place) {
        Integer before = stored.get(code);
        return before == null || before != place;
    }
}
