package uk.quarterlyreturns.base.security;

/** Text typed by a stranger, made safe to log: no line breaks to forge entries, and not too long. */
final class LogText {

    private static final int MAX = 80;

    private LogText() {
    }

    static String safe(String text) {
        return safe(text, MAX);
    }

    /** The same with room for a longer text, such as a sentence quoting a stranger's claim. */
    static String safe(String text, int max) {
        if (text == null) {
            return "(none)";
        }
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "...";
    }
}
