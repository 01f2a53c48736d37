package uk.quarterlyreturns.framework.io;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import uk.quarterlyreturns.base.tabular.TabularWriter;

/** Writes key actions as a key actions file that {@link KeyActionFileParser} reads back to equal rows. */
public final class KeyActionFileWriter {

    /** Every column a key actions file may have, required then optional. */
    public static final List<String> COLUMNS =
            Stream.concat(KeyActionFileParser.REQUIRED.stream(), KeyActionFileParser.OPTIONAL.stream()).toList();

    private static final String SHEET_NAME = "Key actions";

    private KeyActionFileWriter() {
    }

    public static byte[] csv(List<KeyActionRow> rows) {
        return TabularWriter.csv(COLUMNS, cells(rows));
    }

    public static byte[] xlsx(List<KeyActionRow> rows) {
        return TabularWriter.xlsx(SHEET_NAME, COLUMNS, cells(rows));
    }

    private static List<List<Object>> cells(List<KeyActionRow> rows) {
        return rows.stream().map(r -> Arrays.<Object>asList(r.code(), r.title(), r.directorate(), r.service(),
                r.theme(), r.outcome())).toList();
    }
}
