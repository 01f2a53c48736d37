package uk.quarterlyreturns.framework.io;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** How a choice in an import's cell is spelled: its exact name in any case, or one of its other accepted spellings. */
final class Choices {

    private Choices() {
    }

    /** The choice the text names, or null when it names none. */
    static <E extends Enum<E>> E named(String text, Class<E> type, Map<String, E> aliases) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        return aliases.get(text);
    }

    /** The choices, each with its other spellings, as an error message lists them: "PERCENT (or %), NUMBER". */
    static <E extends Enum<E>> String allowed(Class<E> type, Map<String, E> aliases) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> value.name() + aliases.entrySet().stream()
                        .filter(alias -> alias.getValue() == value)
                        .map(alias -> " (or " + alias.getKey() + ")")
                        .collect(Collectors.joining()))
                .collect(Collectors.joining(", "));
    }
}
