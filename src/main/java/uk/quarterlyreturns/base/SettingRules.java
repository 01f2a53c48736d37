package uk.quarterlyreturns.base;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/** The checks the settings' values pass as they are read, so that a bad one stops the start, not a later job. */
public final class SettingRules {

    /** The engine's retry cycles: "R5/PT2M" (tries, interval), or intervals one per try ("PT1M,PT5M,PT10M"). */
    private static final Pattern REPEAT = Pattern.compile("R\\d+/(P\\S+)");

    private SettingRules() {
    }

    public static int atLeast(String setting, int value, int least) {
        if (value < least) {
            throw new SettingException(setting, least + " or more", value);
        }
        return value;
    }

    public static String notBlank(String setting, String value, String allowed) {
        if (value == null || value.isBlank()) {
            throw new SettingException(setting, allowed, value == null ? "" : value);
        }
        return value;
    }

    /** As {@link #notBlank}, for a secret: the refusal says it is blank and never shows a value. */
    public static void secretNotBlank(String setting, String value, String allowed) {
        if (value == null || value.isBlank()) {
            throw new SettingException(setting + " must be " + allowed + " (it is blank)");
        }
    }

    /** Blank, or an http(s) address with a host. */
    public static void webAddressOrBlank(String setting, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            URI uri = new URI(value.strip());
            if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()))) {
                return;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new SettingException(setting, "a web address starting https:// (or http://), such as"
                + " https://returns.council.gov.uk", value);
    }

    public static void mailAddress(String setting, String value) {
        try {
            InternetAddress address = new InternetAddress(notBlank(setting, value, "an email address"), true);
            if (address.getAddress().contains("@")) {
                return;
            }
        } catch (AddressException e) {
            // refused below
        }
        throw new SettingException(setting, "one email address, such as performance@council.gov.uk", value);
    }

    /** As the process engine reads a retry cycle (ISO 8601 durations), checked now rather than at the first failure. */
    public static void retryCycle(String setting, String value) {
        String text = value == null ? "" : value.strip();
        Matcher repeat = REPEAT.matcher(text);
        boolean valid = !text.isEmpty();
        for (String interval : repeat.matches() ? new String[] {repeat.group(1)} : text.split(",", -1)) {
            valid &= isDuration(interval.strip());
        }
        if (!valid) {
            throw new SettingException(setting, "tries and an ISO 8601 interval, such as R5/PT2M (five tries two"
                    + " minutes apart)", value);
        }
    }

    private static boolean isDuration(String text) {
        try {
            DatatypeFactory.newInstance().newDuration(text);
            return text.startsWith("P");
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
