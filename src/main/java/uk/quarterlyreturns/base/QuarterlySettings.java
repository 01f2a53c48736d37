package uk.quarterlyreturns.base;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings under {@code quarterly.*}, in one typed place (README, Configuration, lists
 * each with its environment variable). The database's settings are {@code base.db.DatabaseProperties}.
 *
 * @param baseUrl where users reach the application, for links in emails; blank: this server on its own port
 * @param organisation the organisation named on the report
 */
@ConfigurationProperties("quarterly")
public record QuarterlySettings(@DefaultValue("") String baseUrl,
        @DefaultValue("Kirklees Council") String organisation, @DefaultValue Mail mail, @DefaultValue Cycle cycle,
        @DefaultValue Returns returns, @DefaultValue Calendar calendar, @DefaultValue Demo demo,
        @DefaultValue Sso sso, @DefaultValue Passwords passwords, @DefaultValue History history) {

    public QuarterlySettings {
        SettingRules.webAddressOrBlank("QUARTERLY_BASE_URL", baseUrl);
        SettingRules.notBlank("QUARTERLY_ORGANISATION", organisation, "the organisation's name, as the report prints it");
    }

    /**
     * @param from the sender address
     * @param retryCycle ISO 8601 repeat for delivery tries before an incident, e.g. R5/PT2M
     */
    public record Mail(@DefaultValue("performance@quarterly-returns.local") String from,
            @DefaultValue("R5/PT2M") String retryCycle) {

        public Mail {
            SettingRules.mailAddress("QUARTERLY_MAIL_FROM", from);
            SettingRules.retryCycle("QUARTERLY_MAIL_RETRY_CYCLE", retryCycle);
        }
    }

    /**
     * @param autoOpenDays open a quarter's cycle by itself this many days after quarter end (0: off)
     * @param deadlineWorkingDays the deadline of a cycle opened that way, in working days after the day it opens
     * @param compilationDaysAfterDeadline its compilation date, in days after the deadline
     * @param retryCycle ISO 8601 repeat for the cycle's own steps (issue, compile, publish) before an incident
     */
    public record Cycle(@DefaultValue("0") int autoOpenDays, @DefaultValue("15") int deadlineWorkingDays,
            @DefaultValue("14") int compilationDaysAfterDeadline, @DefaultValue("R3/PT5M") String retryCycle) {

        public Cycle {
            SettingRules.atLeast("QUARTERLY_CYCLE_AUTO_OPEN_DAYS", autoOpenDays, 0);
            SettingRules.atLeast("QUARTERLY_CYCLE_DEADLINE_WORKING_DAYS", deadlineWorkingDays, 1);
            // the compilation date must come after the deadline, or every automatic opening is refused
            SettingRules.atLeast("QUARTERLY_CYCLE_COMPILATION_DAYS_AFTER_DEADLINE", compilationDaysAfterDeadline, 1);
            SettingRules.retryCycle("QUARTERLY_CYCLE_RETRY_CYCLE", retryCycle);
        }
    }

    /** @param queryChangePct a value moving more than this percentage from last quarter needs an explanation */
    public record Returns(@DefaultValue("50") BigDecimal queryChangePct) {

        public Returns {
            if (queryChangePct == null || queryChangePct.signum() <= 0) {
                throw new SettingException("QUARTERLY_RETURNS_QUERY_CHANGE_PCT", "a percentage above 0, such as 50",
                        queryChangePct);
            }
        }
    }

    /** @param bankHolidays a CSV file of bank holidays; blank for the bundled England and Wales list */
    public record Calendar(String bankHolidays) {
    }

    /**
     * @param cycles replay the demo's cycles through the processes on first start (whether the demo loads at
     *     all is {@code quarterly.demo.enabled}, a condition on the demo loader)
     */
    public record Demo(@DefaultValue("true") boolean cycles) {
    }

    /**
     * @param strength BCrypt's cost for stored passwords; each step doubles the time a sign-in takes to check
     * @param allowWeak lets the cost go below 10, and answers a forgotten password sooner: for the test suite alone,
     *     which signs in thousands of times and asks for dozens of links
     * @param resetRequestsPerAddress forgotten-password requests answered from one client address an hour; a council
     *     whose staff all reach the server through one proxy address may need more
     */
    public record Passwords(@DefaultValue("10") int strength, @DefaultValue("false") boolean allowWeak,
            @DefaultValue("10") int resetRequestsPerAddress) {

        /** The lowest BCrypt cost a server may store passwords at; BCrypt itself goes from 4 to 31. */
        public static final int LEAST_STRENGTH = 10;
        /** No forgotten-password request is answered sooner, so that its time does not tell a known name. */
        public static final Duration RESET_ANSWER_TIME = Duration.ofMillis(800);
        /** The same under {@code allowWeak}: still longer than any answer takes in the test suite. */
        public static final Duration WEAK_RESET_ANSWER_TIME = Duration.ofMillis(100);

        public Passwords {
            if (strength < (allowWeak ? 4 : LEAST_STRENGTH) || strength > 31) {
                throw new SettingException("QUARTERLY_PASSWORDS_STRENGTH", "at least " + LEAST_STRENGTH
                        + " and at most 31", strength);
            }
            SettingRules.atLeast("QUARTERLY_PASSWORDS_RESET_REQUESTS_PER_ADDRESS", resetRequestsPerAddress, 1);
        }

        /** How long every forgotten-password request takes to answer, whoever it names. */
        public Duration resetAnswerTime() {
            return allowWeak ? WEAK_RESET_ANSWER_TIME : RESET_ANSWER_TIME;
        }
    }

    /**
     * Sign-in with the council's own accounts (OpenID Connect: Microsoft Entra ID or any other provider).
     *
     * @param issuerUri the provider's issuer, e.g. https://login.microsoftonline.com/{tenant}/v2.0; blank: off
     * @param clientId the application's client id at the provider
     * @param clientSecret its client secret
     * @param userClaim the claims naming the person, tried in this order; the first one the token carries is
     *     matched against our usernames, then our email addresses, ignoring case
     * @param localPasswords whether people may still sign in with a password kept here (the sign-in form)
     * @param label the sign-in button reads "Sign in with" this
     * @param requireEmailVerified whether a token matched to a user by email address must say email_verified true;
     *     when false (Entra ID sends no such claim) only email_verified false refuses it
     */
    public record Sso(String issuerUri, String clientId, String clientSecret,
            @DefaultValue({"email", "preferred_username"}) List<String> userClaim,
            @DefaultValue("true") boolean localPasswords, @DefaultValue("your council account") String label,
            @DefaultValue("false") boolean requireEmailVerified) {

        public Sso {
            SettingRules.webAddressOrBlank("QUARTERLY_SSO_ISSUER_URI", issuerUri);
            if (issuerUri != null && !issuerUri.isBlank()) {
                SettingRules.notBlank("QUARTERLY_SSO_CLIENT_ID", clientId, "the client id the provider gave this"
                        + " application, as QUARTERLY_SSO_ISSUER_URI is set");
                // without it the provider refuses every sign-in, long after the start
                SettingRules.secretNotBlank("QUARTERLY_SSO_CLIENT_SECRET", clientSecret, "the client secret the"
                        + " provider gave this application, as QUARTERLY_SSO_ISSUER_URI is set");
            } else if (!localPasswords) {
                throw new SettingException("QUARTERLY_SSO_LOCAL_PASSWORDS=false needs single sign-on"
                        + " (QUARTERLY_SSO_ISSUER_URI): nobody could sign in to the screens");
            }
            if (userClaim == null || userClaim.stream().allMatch(String::isBlank)) {
                throw new SettingException("QUARTERLY_SSO_USER_CLAIM", "one or more claim names, such as"
                        + " email,preferred_username", userClaim == null ? "" : String.join(",", userClaim));
            }
            SettingRules.notBlank("QUARTERLY_SSO_LABEL", label, "the words after \"Sign in with\"");
        }

        /** Single sign-on is on once an issuer is named. */
        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }

    /**
     * @param cleanupWindow the hours of the night ("01:00-05:00", the server's time zone) in which the engine removes
     *     the history of processes that ended longer ago than their time to live; "-": never
     */
    public record History(@DefaultValue("01:00-05:00") String cleanupWindow) {

        private static final DateTimeFormatter READ = DateTimeFormatter.ofPattern("H:mm");
        private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

        public History {
            if (!"-".equals(cleanupWindow) && window(cleanupWindow) == null) {
                throw new SettingException("QUARTERLY_HISTORY_CLEANUP_WINDOW", "a start and an end time, such as"
                        + " 01:00-05:00, or - for none", cleanupWindow);
            }
        }

        /** The window's start and end as the engine reads them ("HH:mm"); null when there is none. */
        public String[] window() {
            return window(cleanupWindow);
        }

        private static String[] window(String text) {
            String[] ends = text == null ? new String[0] : text.strip().split("\\s*-\\s*", -1);
            if (ends.length != 2) {
                return null;
            }
            try {
                LocalTime start = LocalTime.parse(ends[0], READ);
                LocalTime end = LocalTime.parse(ends[1], READ);
                return start.equals(end) ? null : new String[] {HOURS.format(start), HOURS.format(end)};
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
