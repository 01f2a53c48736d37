package uk.quarterlyreturns.returns;

import java.time.Instant;
import java.util.Locale;

/**
 * A file kept as evidence behind a measure's figure for a quarter (its content is read only to download it).
 *
 * @param sha256 the content's SHA-256, in hex: an auditor can check a copy they were sent against it
 */
public record EvidenceFile(long id, long measureId, int quarter, String fileName, String mediaType, int size,
        String sha256, String uploadedBy, Instant uploadedAt) {

    /** As the return's history names it: "extract.xlsx (12.3 KB, SHA-256 1a2b3c4d5e6f)". */
    public String described() {
        return fileName + " (" + sizeText(size) + ", SHA-256 " + sha256.substring(0, 12) + ")";
    }

    /** "512 bytes", "12.3 KB", "4.1 MB". */
    public static String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.UK, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
