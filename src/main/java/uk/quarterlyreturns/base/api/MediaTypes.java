package uk.quarterlyreturns.base.api;

/** The media types of the interchange files. */
public final class MediaTypes {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ZIP = "application/zip";

    private MediaTypes() {
    }

    /** A file name the tabular reader understands for an upload of this content type. */
    public static String uploadName(String contentType) {
        return contentType != null && contentType.startsWith(XLSX) ? "upload.xlsx" : "upload.csv";
    }
}
