package uk.quarterlyreturns.base;

import java.math.BigDecimal;
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
        @DefaultValue Sso sso, @DefaultValue Passwords passwords) {

    /**
     * @param from the sender address
     * @param retryCycle ISO 8601 repeat for delivery tries before an incident, e.g. R5/PT2M
     */
    public record Mail(@DefaultValue("performance@quarterly-returns.local") String from,
            @DefaultValue("R5/PT2M") String retryCycle) {
    }

    /**
     * @param autoOpenDays open a quarter's cycle by itself this many days after quarter end (0: off)
     * @param deadlineWorkingDays the deadline of a cycle opened that way, in working days after quarter end
     * @param compilationDaysAfterDeadline its compilation date, in days after the deadline
     * @param retryCycle ISO 8601 repeat for the cycle's own steps (issue, compile, publish) before an incident
     */
    public record Cycle(@DefaultValue("0") int autoOpenDays, @DefaultValue("15") int deadlineWorkingDays,
            @DefaultValue("14") int compilationDaysAfterDeadline, @DefaultValue("R3/PT5M") String retryCycle) {
    }

    /** @param queryChangePct a value moving more than this percentage from last quarter needs an explanation */
    public record Returns(@DefaultValue("50") BigDecimal queryChangePct) {
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
     * @param allowWeak lets the cost go below 10: for the test suite alone, which signs in thousands of times
     * @param resetRequestsPerAddress forgotten-password requests answered from one client address an hour; a council
     *     whose staff all reach the server through one proxy address may need more
     */
    public record Passwords(@DefaultValue("10") int strength, @DefaultValue("false") boolean allowWeak,
            @DefaultValue("10") int resetRequestsPerAddress) {

        public Passwords {
            if (resetRequestsPerAddress < 1) {
                throw new IllegalArgumentException("QUARTERLY_PASSWORDS_RESET_REQUESTS_PER_ADDRESS must be 1 or more");
            }
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

        /** Single sign-on is on once an issuer is named. */
        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }
}
