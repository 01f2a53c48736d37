package uk.quarterlyreturns.base.security;

/** Text typed by a stranger, made safe to log: no line breaks to forge entries, and not too long. */
final class LogText {

    private static final int MAX = 80;

    private LogText() {
    }

    static String safe(String text) {
        if (text == null) {
            return "(none)";
        }
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= MAX ? oneLine : oneLine.substring(0, MAX) + "...";
    }
}
