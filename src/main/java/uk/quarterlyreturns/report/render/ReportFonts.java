package uk.quarterlyreturns.report.render;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;

/**
 * The fonts bundled with the report (DejaVu Sans, see fonts/LICENSE-DejaVu.txt), copied out of the jar
 * once per run because the PDF's chart drawing reads fonts only from files. The copies go when the
 * JVM stops.
 *
 * <p>The copies hide the font's glyph substitution table: PDFBox 3 would otherwise print "fi" and "ff"
 * as single ligature characters, which copy, search and read aloud as "ﬁ" rather than the words typed.
 */
enum ReportFonts {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf");

    private static final String FOLDER = "/report/fonts/";

    private final String name;
    private volatile File file;

    ReportFonts(String name) {
        this.name = name;
    }

    File file() {
        File copy = file;
        if (copy == null) {
            synchronized (this) {
                if (file == null) {
                    file = copyOut();
                }
                copy = file;
            }
        }
        return copy;
    }

    private File copyOut() {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + name + " is missing from the application");
            }
            Path copy = Files.createTempFile("report-font-", ".ttf");
            copy.toFile().deleteOnExit();
            Files.write(copy, withoutLigatures(in.readAllBytes()));
            return copy.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException("The report font " + name + " could not be copied out for printing", e);
        }
    }

    /**
     * Renames the font's GSUB table in its table directory (a 12-byte header, then 16-byte records:
     * tag, checksum, offset, length), so that font readers no longer find it. Nothing else changes.
     */
    static byte[] withoutLigatures(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        byte[] gsub = "GSUB".getBytes(StandardCharsets.US_ASCII);
        for (int t = 0; t < tables; t++) {
            int record = 12 + 16 * t;
            if (record + 4 <= font.length && matches(font, record, gsub)) {
                byte[] hidden = "gsub".getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(hidden, 0, font, record, 4);
            }
        }
        return font;
    }

    private static boolean matches(byte[] font, int at, byte[] tag) {
        for (int i = 0; i < tag.length; i++) {
            if (font[at + i] != tag[i]) {
                return false;
            }
        }
        return true;
    }
}
