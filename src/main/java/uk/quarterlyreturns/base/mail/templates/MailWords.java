package uk.quarterlyreturns.base.mail.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small pieces of English the subjects and bodies share, so every email words the same thing the same way. */
final class MailWords {

    private MailWords() {
    }

    /** "Dear Sam Patel," or, when the name is not known, "Hello,". */
    static String greeting(String recipientName) {
        return isBlank(recipientName) ? "Hello," : "Dear " + oneLine(recipientName) + ",";
    }

    /** "1 measure", "12 measures". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "Housing's", and "Children's Services'" for a name ending in s. */
    static String possessive(String name) {
        String trimmed = oneLine(name);
        return trimmed.toLowerCase(Locale.ROOT).endsWith("s") ? trimmed + "'" : trimmed + "'s";
    }

    /** "Quarter 2 (July to September) 2017/18" becomes "Q2 2017/18" for subject lines, as the screens name it. */
    static String shortQuarter(String quarterName) {
        return oneLine(quarterName.replaceAll("\\([^)]*\\)", " ")).replaceFirst("^Quarter (\\d)\\b", "Q$1");
    }

    /** "Housing's Q2 2017/18 return". */
    static String returnName(String serviceName, String quarterName) {
        return possessive(serviceName) + " " + shortQuarter(quarterName) + " return";
    }

    /**
     * Lets the caller's closes-in words follow "the return": "closes in 2 days" reads on as it is, "3 days
     * overdue" needs an "is".
     */
    static String state(String closesIn) {
        String words = oneLine(closesIn);
        String lower = words.toLowerCase(Locale.ROOT);
        boolean startsWithVerb = lower.startsWith("closes") || lower.startsWith("closed") || lower.startsWith("is ")
                || lower.startsWith("was ");
        return startsWithVerb ? words : "is " + words;
    }

    /** "values for 12 measures and a status for 4 key actions"; null when neither count is known. */
    static String askedFor(Integer measures, Integer actions) {
        String values = measures == null || measures == 0 ? null
                : "values for " + count(measures, "measure", "measures");
        String statuses = actions == null || actions == 0 ? null
                : "a status for " + count(actions, "key action", "key actions");
        if (values == null || statuses == null) {
            return values != null ? values : statuses;
        }
        return values + " and " + statuses;
    }

    /** "7 items are still empty.", or "...empty:" when they are listed after it; null when not known. */
    static String outstanding(Integer items, boolean listed) {
        String words = outstanding(items);
        return words != null && listed && items > 0 ? words.substring(0, words.length() - 1) + ":" : words;
    }

    /** The first {@code shown} lines, then "and 3 more" for the rest. */
    static List<String> firstOf(List<String> lines, int shown) {
        if (lines.size() <= shown) {
            return lines.stream().map(MailWords::oneLine).toList();
        }
        List<String> first = new ArrayList<>(lines.subList(0, shown).stream()
                .map(MailWords::oneLine).toList());
        first.add("and " + (lines.size() - shown) + " more");
        return first;
    }

    /** "7 items are still empty."; null when not known. */
    static String outstanding(Integer items) {
        if (items == null) {
            return null;
        }
        if (items == 0) {
            return "Every item has been filled in; the return still needs to be submitted.";
        }
        return count(items, "item is", "items are") + " still empty.";
    }

    /** Collapses line breaks and runs of spaces, so what a person typed cannot split a subject line. */
    static String oneLine(String words) {
        return words.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
    }

    static boolean isBlank(String words) {
        return words == null || words.isBlank();
    }
}
