package uk.quarterlyreturns.framework.io;

import java.util.Objects;

/**
 * One key action as given in a key actions file.
 *
 * @param outcome null when not given
 */
public record KeyActionRow(String code, String title, String directorate, String service, String theme,
                           String outcome) {

    public KeyActionRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(directorate, "directorate");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(theme, "theme");
    }
}
