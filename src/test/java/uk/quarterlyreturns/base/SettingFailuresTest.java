package uk.quarterlyreturns.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import uk.quarterlyreturns.base.db.DatabaseProperties;

/**
 * A setting the application cannot run with stops the start with one line naming its environment variable, what
 * it may be and what it is, rather than a stack trace or a failure at the first mail, timer or sign-in.
 */
class SettingFailuresTest {

    @Test
    void eachBadValueIsRefusedAtStartInOneLine() throws IOException {
        Map<String, String> refusals = Map.ofEntries(
                Map.entry("QUARTERLY_BASE_URL=returns.council.gov.uk", "QUARTERLY_BASE_URL must be a web address"
                        + " starting https:// (or http://), such as https://returns.council.gov.uk (it is"
                        + " 'returns.council.gov.uk')"),
                Map.entry("QUARTERLY_ORGANISATION= ", "QUARTERLY_ORGANISATION must be the organisation's name"),
                Map.entry("QUARTERLY_MAIL_FROM=performance team", "QUARTERLY_MAIL_FROM must be one email address"),
                Map.entry("QUARTERLY_MAIL_RETRY_CYCLE=5 times", "QUARTERLY_MAIL_RETRY_CYCLE must be tries and an ISO"
                        + " 8601 interval, such as R5/PT2M (five tries two minutes apart) (it is '5 times')"),
                Map.entry("QUARTERLY_CYCLE_RETRY_CYCLE=R3/5M", "QUARTERLY_CYCLE_RETRY_CYCLE must be tries and"),
                Map.entry("QUARTERLY_CYCLE_AUTO_OPEN_DAYS=-1",
                        "QUARTERLY_CYCLE_AUTO_OPEN_DAYS must be 0 or more (it is '-1')"),
                Map.entry("QUARTERLY_CYCLE_DEADLINE_WORKING_DAYS=0", "QUARTERLY_CYCLE_DEADLINE_WORKING_DAYS must be 1"),
                Map.entry("QUARTERLY_CYCLE_COMPILATION_DAYS_AFTER_DEADLINE=0",
                        "QUARTERLY_CYCLE_COMPILATION_DAYS_AFTER_DEADLINE must be 1 or more (it is '0')"),
                Map.entry("QUARTERLY_RETURNS_QUERY_CHANGE_PCT=0", "QUARTERLY_RETURNS_QUERY_CHANGE_PCT must be a"
                        + " percentage above 0"),
                Map.entry("QUARTERLY_PASSWORDS_STRENGTH=32", "QUARTERLY_PASSWORDS_STRENGTH must be at least 10 and at"
                        + " most 31 (it is '32')"),
                Map.entry("QUARTERLY_SSO_ISSUER_URI=https://login.microsoftonline.com/t1/v2.0",
                        "QUARTERLY_SSO_CLIENT_ID must be the client id"),
                Map.entry("QUARTERLY_SSO_ISSUER_URI=login.microsoftonline.com", "QUARTERLY_SSO_ISSUER_URI must be a"
                        + " web address"),
                Map.entry("QUARTERLY_SSO_USER_CLAIM= ", "QUARTERLY_SSO_USER_CLAIM must be one or more claim names"),
                Map.entry("QUARTERLY_RETURNS_QUERY_CHANGE_PCT=half",
                        "QUARTERLY_RETURNS_QUERY_CHANGE_PCT must be a number (it is 'half')"),
                Map.entry("QUARTERLY_DEMO_CYCLES=perhaps", "QUARTERLY_DEMO_CYCLES must be true or false (it is"
                        + " 'perhaps')"));
        refusals.forEach((setting, line) -> assertThat(refusal("quarterly", QuarterlySettings.class, setting))
                .as(setting).startsWith(line).doesNotContain("\n"));
    }

    /** Without its secret the provider would refuse every sign-in with the council's accounts, long after the start. */
    @Test
    void singleSignOnNeedsItsClientSecret() {
        Map<String, Object> sso = Map.of("QUARTERLY_SSO_ISSUER_URI", "https://login.microsoftonline.com/t1/v2.0",
                "QUARTERLY_SSO_CLIENT_ID", "client-1");
        String refused = "QUARTERLY_SSO_CLIENT_SECRET must be the client secret the provider gave this application, as"
                + " QUARTERLY_SSO_ISSUER_URI is set (it is blank)";
        assertThat(refusal("quarterly", QuarterlySettings.class, sso)).isEqualTo(refused);
        Map<String, Object> spaces = new HashMap<>(sso);
        spaces.put("QUARTERLY_SSO_CLIENT_SECRET", "  ");
        assertThat(refusal("quarterly", QuarterlySettings.class, spaces)).isEqualTo(refused);
    }

    @Test
    void theEmbeddedDatabasesPortIsAPortNumber() {
        assertThat(refusal("quarterly.database", DatabaseProperties.class, "QUARTERLY_DB_PORT=70000"))
                .isEqualTo("QUARTERLY_DB_PORT must be a port number from 1 to 65535 (it is '70000')");
        assertThat(refusal("quarterly.database", DatabaseProperties.class, "QUARTERLY_DB_PORT=fifteen"))
                .isEqualTo("QUARTERLY_DB_PORT must be a whole number (it is 'fifteen')");
    }

    @Test
    void goodValuesStandIncludingTheEnginesOtherRetryForm() throws IOException {
        QuarterlySettings settings = Binder.get(QuarterlySettingsTest.environment(Map.of(
                "QUARTERLY_MAIL_RETRY_CYCLE", "PT1M,PT5M,PT30M", "QUARTERLY_CYCLE_RETRY_CYCLE", "R10/P1D",
                "QUARTERLY_BASE_URL", "https://returns.council.gov.uk/", "QUARTERLY_MAIL_FROM",
                "Performance Team <performance@council.gov.uk>", "QUARTERLY_PASSWORDS_STRENGTH", "31")))
                .bindOrCreate("quarterly", QuarterlySettings.class);
        assertThat(settings.mail().retryCycle()).isEqualTo("PT1M,PT5M,PT30M");
        assertThat(settings.passwords().strength()).isEqualTo(31);
    }

    @Test
    void aTrustedProxiesPatternThatIsNoRegularExpressionIsNamed() throws IOException {
        StandardEnvironment environment = QuarterlySettingsTest.environment(Map.of("QUARTERLY_TRUSTED_PROXIES",
                "10.0.0.[5"));
        Throwable failure = new IllegalStateException("Error creating bean 'tomcatServletWebServerFactory'",
                catchThrowable(() -> Pattern.compile(environment.getProperty("server.tomcat.remoteip.internal-proxies"))));
        assertThat(new SettingFailures(environment).analyze(failure).getDescription())
                .startsWith("QUARTERLY_TRUSTED_PROXIES must be a regular expression of the proxies' addresses")
                .endsWith("(it is '10.0.0.[5': Unclosed character class)");
    }

    @Test
    void springBootFindsTheAnalysers() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader()))
                .contains(SettingFailures.class.getName());
    }

    /** The start's description of the failure binding these settings under this one environment variable. */
    private static String refusal(String prefix, Class<?> settings, String variable) {
        String[] nameValue = variable.split("=", 2);
        return refusal(prefix, settings, Map.of(nameValue[0], nameValue[1]));
    }

    /** The same under these environment variables together. */
    private static String refusal(String prefix, Class<?> settings, Map<String, Object> variables) {
        StandardEnvironment environment;
        try {
            environment = QuarterlySettingsTest.environment(variables);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Throwable failure = catchThrowable(() -> Binder.get(environment).bindOrCreate(prefix, settings));
        assertThat(failure).as(variables + " is refused").isNotNull();
        FailureAnalysis analysis = new SettingFailures(environment).analyze(failure);
        assertThat(analysis).as(variables + " is described").isNotNull();
        assertThat(analysis.getAction()).isEqualTo(SettingFailures.ACTION);
        return analysis.getDescription();
    }
}
