package uk.quarterlyreturns.framework;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.quarterlyreturns.base.tabular.ImportError;

/**
 * The directorate, service or theme names held (and services' codes) (and those a file brings in), found whatever their letter case and
 * spacing. The database keeps names apart by their exact letters, and so a row writing `housing` for `Housing` made a
 * second service beside it, with no director, and moved its measure there unseen. A name the organisation holds
 * exactly is that one (an older year may hold two spellings: each is found as written); one matching another only in
 * other letters or spaces is refused, saying which it matches.
 */
final class NameSpellings {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");
    /** The kind of a service's code: `hsg` for a service coded HSG would make a second service, with no director. */
    static final String SERVICE_CODE = "service code";

    /** {@link #key} in SQL, of the column given: used to read only the names a file's could match. */
    static String sqlKey(String column) {
        return "lower(btrim(regexp_replace(" + column + ", '[\\s\\u00a0\\u202f\\u2007]+', ' ', 'g')))";
    }

    /** A spelling: what it names (a service's id; none for a directorate or theme) and the file's row giving it. */
    private record Spelling(Long id, Integer row) { }

    private final String kind;
    private final Map<String, Map<String, Spelling>> byKey = new HashMap<>();

    /**
     * @param kind   "service", "directorate" or "theme", as the refusal names it
     * @param stored the names held, with what each names
     */
    NameSpellings(String kind, List<Map.Entry<String, Long>> stored) {
        this.kind = kind;
        stored.forEach(e -> byKey.computeIfAbsent(key(e.getKey()), k -> new LinkedHashMap<>())
                .putIfAbsent(e.getKey(), new Spelling(e.getValue(), null)));
    }

    /**
     * The names held that these could match in other letters.
     *
     * @param kind service, directorate, theme or service code
     */
    static NameSpellings held(YearPlacements store, String kind, Collection<String> names) {
        List<String> distinct = names.stream().distinct().toList();
        return new NameSpellings(kind, switch (kind) {
            case "service" -> store.servicesSpelt(distinct);
            case SERVICE_CODE -> store.codesSpelt(distinct);
            default -> store.spelt(kind, distinct);
        });
    }

    /** The name's letters whatever their case and spacing. */
    static String key(String name) {
        return SPACES.matcher(name).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Why the name may not be written so: it matches a name held, or given on an earlier row, in other letters, of
     * another than {@code self} (what the row names otherwise, by a service code; null for none).
     */
    Optional<String> refusal(String name, Long self) {
        Map<String, Spelling> held = byKey.getOrDefault(key(name), Map.of());
        if (held.containsKey(name)) {
            return Optional.empty();
        }
        List<Map.Entry<String, Spelling>> others = held.entrySet().stream()
                .filter(e -> self == null || !Objects.equals(e.getValue().id(), self)).toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        String first = others.get(0).getKey();
        Integer row = others.get(0).getValue().row();
        String matched = others.size() > 1 ? String.join(" and ", others.stream().map(Map.Entry::getKey).toList())
                + " exist: write it as one of them" : (row == null ? first + " exists" : "Row " + row + " names it "
                + first) + ": write it as " + first;
        return Optional.of(matched + (kind.equals(SERVICE_CODE) ? ", or give the service a code of its own"
                : ", or give the " + kind + " a name of its own"));
    }

    /** A name the file gives, on this row, for what it names (null for a directorate or theme). */
    void note(String name, Long id, int row) {
        byKey.computeIfAbsent(key(name), k -> new LinkedHashMap<>()).putIfAbsent(name, new Spelling(id, row));
    }

    /** Refuses the row's name on its column as {@link #refusal} says, or notes it; whether it stands. */
    boolean check(String name, int row, String column, List<ImportError> errors) {
        Optional<String> refused = refusal(name, null);
        refused.ifPresentOrElse(why -> errors.add(new ImportError(row, column, why)), () -> note(name, null, row));
        return refused.isEmpty();
    }
}
