package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * An expected access table written as text: a header row naming the columns, then one row per route
 * or endpoint ending in "allow" or "deny" for each of them, in the header's order.
 */
final class AccessTable {

    /** Who asks: one demo user per role, and someone not signed in. */
    enum Who {
        ADMIN(Role.ADMIN, "admin"),
        PERF(Role.PERFORMANCE_TEAM, "perf"),
        SD(Role.SERVICE_DIRECTOR, "dir.housing"),
        DO(Role.DATA_OFFICER, "data.housing"),
        STRAT(Role.STRATEGIC_DIRECTOR, "sd.economy"),
        CEO(Role.CHIEF_EXECUTIVE, "ceo"),
        READER(Role.READER, "reader"),
        ANON(null, null);

        final Role role;
        final String username;

        Who(Role role, String username) {
            this.role = role;
            this.username = username;
        }
    }

    private final Map<String, Map<Who, Boolean>> rows = new LinkedHashMap<>();

    AccessTable(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> header = Arrays.asList(lines.get(0).split("\\s+"));
        List<Who> columns = header.subList(header.size() - Who.values().length, header.size()).stream()
                .map(Who::valueOf).toList();
        assertThat(columns).as("the table's columns").containsExactlyInAnyOrder(Who.values());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\s+");
            int first = cells.length - columns.size();
            Map<Who, Boolean> row = new EnumMap<>(Who.class);
            for (int i = 0; i < columns.size(); i++) {
                String cell = cells[first + i];
                assertThat(cell).as(line).isIn("allow", "deny");
                row.put(columns.get(i), cell.equals("allow"));
            }
            rows.put(String.join(" ", Arrays.copyOf(cells, first)), row);
        }
    }

    /**
     * Fails naming every route found but not in the table (and every row no longer found), then
     * asks {@code allowed} for every cell and fails naming every difference from the table.
     */
    void check(Set<String> found, BiPredicate<String, Who> allowed) {
        Set<String> missing = new TreeSet<>(found);
        missing.removeAll(rows.keySet());
        assertThat(missing).as("found in the application but missing from the expected table: add them").isEmpty();
        Set<String> gone = new TreeSet<>(rows.keySet());
        gone.removeAll(found);
        assertThat(gone).as("in the expected table but no longer in the application").isEmpty();

        List<String> differences = new ArrayList<>();
        rows.forEach((route, expected) -> expected.forEach((who, allow) -> {
            boolean actual = allowed.test(route, who);
            if (actual != allow) {
                differences.add((actual ? "unexpected allow: " : "unexpected deny: ") + route + " for " + who);
            }
        }));
        assertThat(differences).as("access differing from the expected table").isEmpty();
    }
}
