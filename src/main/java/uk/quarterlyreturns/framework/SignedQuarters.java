package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The quarters in which items a file changes have something recorded in a return already submitted or later: what a
 * change may not alter under its director's sign-off.
 */
final class SignedQuarters {

    private SignedQuarters() {
    }

    /** Of the items given for a quarter, those in a return already submitted or later, as locked beforehand. */
    static BiFunction<Integer, List<Long>, Set<Long>> lockedIn(Map<Integer, Set<Long>> signed) {
        return (q, ids) -> ids.stream().filter(signed.getOrDefault(q, Set.of())::contains).collect(Collectors.toSet());
    }

    /**
     * For each row (by index) whose item changes, those of these quarters in which something is recorded for it in
     * a return already submitted or later; rows with none are left out.
     */
    static Map<Integer, List<Integer>> of(Map<Long, Integer> changing,
            Map<Long, List<Integer>> recorded, List<Integer> quarters,
            BiFunction<Integer, List<Long>, Set<Long>> locked) {
        Map<Integer, List<Integer>> signed = new TreeMap<>();
        for (int quarter : quarters) {
            List<Long> withFigures = recorded.entrySet().stream().filter(e -> e.getValue().contains(quarter))
                    .map(Map.Entry::getKey).toList();
            locked.apply(quarter, withFigures).forEach(id -> signed.computeIfAbsent(changing.get(id),
                    k -> new ArrayList<>()).add(quarter));
        }
        return signed;
    }
}
