package uk.quarterlyreturns.returns;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import uk.quarterlyreturns.base.api.MediaTypes;

/**
 * What may be kept as evidence: files of the kinds audit asks for, at most {@link #MAX_BYTES} each and
 * {@link #MAX_FILES} a measure in a return. A file's kind is decided by its name's extension and confirmed by its first
 * bytes, so that a web page or script renamed .pdf is refused; the media type it is served with later is ours, from
 * the extension, never the browser's word for it.
 */
public final class EvidenceChecks {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 10;
    public static final String KINDS = "only PDF, Word, Excel, CSV, ODF, PNG, JPEG or text files";

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04}; // XLSX, DOCX, ODS and ODT are zip archives
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1}; // XLS and DOC
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TEXT = {}; // no signature: checked as text instead

    private record Kind(String mediaType, byte[] starts) {
    }

    private static final Map<String, Kind> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", PDF)),
            Map.entry("xlsx", new Kind(MediaTypes.XLSX, ZIP)),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("ods", new Kind("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
            Map.entry("odt", new Kind("application/vnd.oasis.opendocument.text", ZIP)),
            Map.entry("xls", new Kind("application/vnd.ms-excel", OLE)),
            Map.entry("doc", new Kind("application/msword", OLE)),
            Map.entry("png", new Kind("image/png", PNG)),
            Map.entry("jpg", new Kind("image/jpeg", JPEG)),
            Map.entry("jpeg", new Kind("image/jpeg", JPEG)),
            Map.entry("csv", new Kind(MediaTypes.CSV, TEXT)),
            Map.entry("txt", new Kind("text/plain", TEXT)));

    /** How far into a text file it is looked at for a NUL byte, which no CSV or text file holds. */
    private static final int TEXT_LOOK = 8192;

    private EvidenceChecks() {
    }

    /**
     * What a name may not hold: control characters (C0 and C1), line and paragraph separators, and the marks that
     * reorder text ("report\u202Efdp.txt" shows as "reporttxt.pdf"), so that the name shown is the name kept.
     */
    private static final Pattern NOT_SHOWN = Pattern.compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069]");

    /** The name kept: without any folder a browser sends with it, hidden characters or excess length. */
    public static String cleanName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        base = NOT_SHOWN.matcher(base).replaceAll("").strip();
        if (base.length() > 255) {
            int dot = base.lastIndexOf('.');
            String ext = dot > 0 && base.length() - dot <= 6 ? base.substring(dot) : "";
            int end = 255 - ext.length();
            // never through a character written as two (an emoji): half of one would be kept as "?"
            base = base.substring(0, Character.isLowSurrogate(base.charAt(end)) ? end - 1 : end) + ext;
        }
        return base.isEmpty() ? "evidence" : base;
    }

    /** The media type to keep and serve the file with; refused (IllegalArgumentException) with the reason. */
    public static String mediaType(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new IllegalArgumentException(fileName + " is empty: nothing was kept");
        }
        if (content.length > MAX_BYTES) {
            // read no further than a byte past the limit (BoundedUpload): its size beyond is not known
            throw new IllegalArgumentException(fileName + " is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB: an evidence file may be at most " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        int dot = fileName.lastIndexOf('.');
        Kind kind = dot < 0 ? null : BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new IllegalArgumentException(fileName + ": " + KINDS + " may be kept as evidence");
        }
        boolean matches = kind.starts().length == 0 ? isText(content) : startsWith(content, kind.starts());
        if (!matches) {
            throw new IllegalArgumentException(fileName + " is not what its name says (its content is not a ."
                    + fileName.substring(dot + 1) + " file): " + KINDS + " may be kept as evidence");
        }
        return kind.mediaType();
    }

    /** Refuses another file for a measure that has its fill already. */
    public static void roomFor(String code, int kept) {
        if (kept >= MAX_FILES) {
            throw new IllegalArgumentException(code + " already has " + MAX_FILES + " evidence files this quarter:"
                    + " remove one before adding another");
        }
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    /** No NUL byte near the start, and not markup (a web page or SVG named .txt or .csv). */
    private static boolean isText(byte[] content) {
        int look = Math.min(content.length, TEXT_LOOK);
        for (int i = 0; i < look; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        String start = new String(content, 0, Math.min(look, 512), StandardCharsets.UTF_8).replace("\uFEFF", "")
                .stripLeading();
        return !start.startsWith("<");
    }
}
