package uk.quarterlyreturns.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** The typed settings bind from application.yml and the environment variables README names, with its defaults. */
public class QuarterlySettingsTest {

    @Test
    void applicationYmlGivesReadmesDefaults() throws IOException {
        QuarterlySettings s = bind(Map.of());
        assertThat(s.baseUrl()).as("unset: links use this server on its own port").isEmpty();
        assertThat(s.organisation()).isEqualTo("Kirklees Council");
        assertThat(s.mail()).isEqualTo(new QuarterlySettings.Mail("performance@quarterly-returns.local", "R5/PT2M"));
        assertThat(s.cycle()).isEqualTo(new QuarterlySettings.Cycle(0, 15, 14, "R3/PT5M"));
        assertThat(s.returns().queryChangePct()).isEqualByComparingTo("50");
        assertThat(s.calendar().bankHolidays()).isNull();
        assertThat(s.demo().cycles()).isTrue();
        assertThat(s.sso().enabled()).as("single sign-on is off until an issuer is named").isFalse();
        assertThat(s.sso().userClaim()).containsExactly("email", "preferred_username");
        assertThat(s.sso().localPasswords()).isTrue();
        assertThat(s.sso().label()).isEqualTo("your council account");
        assertThat(s.sso().requireEmailVerified()).isFalse();
        assertThat(s.passwords()).isEqualTo(new QuarterlySettings.Passwords(10, false, 10));
        assertThat(s.history().window()).as("no history removed by the demo, on its clock of its own").isNull();
    }

    /** A server (the prod profile) removes the engine's history past its time to live at night. */
    @Test
    void productionRemovesTheEnginesHistoryAtNight() throws IOException {
        StandardEnvironment production = environment(Map.of("QUARTERLY_ORGANISATION", "Example Council"));
        withProductionProfile(production);
        assertThat(Binder.get(production).bindOrCreate("quarterly", QuarterlySettings.class).history().window())
                .containsExactly("01:00", "05:00");
    }

    /** The window as the engine reads it ("HH:mm"), none at all, or a start refused in one line naming the setting. */
    @Test
    void theHistoryCleanupWindowIsTwoTimesOfDayOrNone() throws IOException {
        assertThat(bind(Map.of("QUARTERLY_HISTORY_CLEANUP_WINDOW", "22:30 - 2:15")).history().window())
                .as("a window across midnight, spaces and a single-digit hour").containsExactly("22:30", "02:15");
        assertThat(bind(Map.of("QUARTERLY_HISTORY_CLEANUP_WINDOW", "-")).history().window()).isNull();
        for (String wrong : new String[] {"", "01:00", "1am-5am", "01:00-25:00", "03:00-03:00", "01:00-02:00-03:00"}) {
            assertThatThrownBy(() -> bind(Map.of("QUARTERLY_HISTORY_CLEANUP_WINDOW", wrong))).as(wrong)
                    .rootCause().hasMessage("QUARTERLY_HISTORY_CLEANUP_WINDOW must be a start and an end time, such"
                            + " as 01:00-05:00, or - for none (it is '" + wrong + "')");
        }
    }

    @Test
    void singleSignOnIsConfiguredBySettingsAlone() throws IOException {
        QuarterlySettings s = bind(Map.of("QUARTERLY_SSO_ISSUER_URI", "https://login.microsoftonline.com/t1/v2.0",
                "QUARTERLY_SSO_CLIENT_ID", "client-1", "QUARTERLY_SSO_CLIENT_SECRET", "secret-1",
                "QUARTERLY_SSO_USER_CLAIM", "preferred_username", "QUARTERLY_SSO_LOCAL_PASSWORDS", "false",
                "QUARTERLY_SSO_LABEL", "your Kirklees account", "QUARTERLY_SSO_REQUIRE_EMAIL_VERIFIED", "true"));
        assertThat(s.sso()).isEqualTo(new QuarterlySettings.Sso("https://login.microsoftonline.com/t1/v2.0",
                "client-1", "secret-1", java.util.List.of("preferred_username"), false, "your Kirklees account",
                true));
        assertThat(s.sso().enabled()).isTrue();
    }

    @Test
    void environmentVariablesOverrideEachSetting() throws IOException {
        QuarterlySettings s = bind(Map.of("QUARTERLY_BASE_URL", "https://returns.example.gov.uk",
                "QUARTERLY_ORGANISATION", "Kirklees Council", "QUARTERLY_MAIL_FROM", "perf@example.gov.uk",
                "QUARTERLY_MAIL_RETRY_CYCLE", "R9/PT1M", "QUARTERLY_CYCLE_RETRY_CYCLE", "R2/PT10M",
                "QUARTERLY_CYCLE_AUTO_OPEN_DAYS", "3", "QUARTERLY_CYCLE_DEADLINE_WORKING_DAYS", "20",
                "QUARTERLY_CYCLE_COMPILATION_DAYS_AFTER_DEADLINE", "7", "QUARTERLY_RETURNS_QUERY_CHANGE_PCT", "25.5",
                "QUARTERLY_CALENDAR_BANK_HOLIDAYS", "/etc/holidays.csv"));
        assertThat(s.baseUrl()).isEqualTo("https://returns.example.gov.uk");
        assertThat(s.organisation()).isEqualTo("Kirklees Council");
        assertThat(s.mail()).isEqualTo(new QuarterlySettings.Mail("perf@example.gov.uk", "R9/PT1M"));
        assertThat(s.cycle()).isEqualTo(new QuarterlySettings.Cycle(3, 20, 7, "R2/PT10M"));
        assertThat(s.returns().queryChangePct()).isEqualByComparingTo(new BigDecimal("25.5"));
        assertThat(s.calendar().bankHolidays()).isEqualTo("/etc/holidays.csv");
    }

    @Test
    void thePasswordCostAndResetThrottleAreSetByTheirEnvironmentVariables() throws IOException {
        QuarterlySettings s = bind(Map.of("QUARTERLY_PASSWORDS_STRENGTH", "12", "QUARTERLY_PASSWORDS_ALLOW_WEAK",
                "true", "QUARTERLY_PASSWORDS_RESET_REQUESTS_PER_ADDRESS", "40"));
        assertThat(s.passwords()).isEqualTo(new QuarterlySettings.Passwords(12, true, 40));
    }

    @Test
    void withNothingSetTheSettingsStillHaveTheirDefaults() {
        QuarterlySettings s = Binder.get(new StandardEnvironment()).bindOrCreate("quarterly", QuarterlySettings.class);
        assertThat(s.cycle()).isEqualTo(new QuarterlySettings.Cycle(0, 15, 14, "R3/PT5M"));
        assertThat(s.mail().retryCycle()).isEqualTo("R5/PT2M");
        assertThat(s.returns().queryChangePct()).isEqualByComparingTo("50");
    }

    /** QUARTERLY_SECURE_COOKIE is read under every profile, not only prod (where it defaults to true). */
    @Test
    void theSecureCookieSettingIsReadWithoutTheProductionProfile() throws IOException {
        String secure = "server.servlet.session.cookie.secure";
        assertThat(environment(Map.of()).getProperty(secure)).isEqualTo("false");
        assertThat(environment(Map.of("QUARTERLY_SECURE_COOKIE", "true")).getProperty(secure)).isEqualTo("true");
        StandardEnvironment production = environment(Map.of());
        withProductionProfile(production);
        assertThat(production.getProperty(secure)).isEqualTo("true");
    }

    /** The demo's council is not a server's: production starts only once the organisation is named. */
    @Test
    void productionNeedsTheOrganisationNamed() throws IOException {
        StandardEnvironment unnamed = environment(Map.of());
        withProductionProfile(unnamed);
        assertThatThrownBy(() -> Binder.get(unnamed).bindOrCreate("quarterly", QuarterlySettings.class))
                .rootCause().hasMessage("QUARTERLY_ORGANISATION must be the organisation's name, as the report"
                        + " prints it (it is '')");

        StandardEnvironment named = environment(Map.of("QUARTERLY_ORGANISATION", "Example Council"));
        withProductionProfile(named);
        assertThat(Binder.get(named).bindOrCreate("quarterly", QuarterlySettings.class).organisation())
                .isEqualTo("Example Council");
    }

    /** application-prod.yml, which outranks application.yml and is outranked by the environment. */
    private static void withProductionProfile(StandardEnvironment env) throws IOException {
        String afterEnvironment = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        new YamlPropertySourceLoader().load("application-prod.yml", new ClassPathResource("application-prod.yml"))
                .forEach(source -> env.getPropertySources().addAfter(afterEnvironment, source));
    }

    private static QuarterlySettings bind(Map<String, Object> environment) throws IOException {
        return Binder.get(environment(environment)).bindOrCreate("quarterly", QuarterlySettings.class);
    }

    /** application.yml under these environment variables, as the application reads them. */
    public static StandardEnvironment environment(Map<String, Object> environment) throws IOException {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        env.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(env.getPropertySources()::addLast);
        return env;
    }
}
