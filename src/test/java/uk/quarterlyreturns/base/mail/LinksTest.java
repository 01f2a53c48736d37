package uk.quarterlyreturns.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import uk.quarterlyreturns.base.QuarterlySettings;
import uk.quarterlyreturns.base.SettingException;
import uk.quarterlyreturns.base.QuarterlySettingsTest;

/** Every email's link starts with the address people's browsers reach, once QUARTERLY_BASE_URL names it. */
class LinksTest {

    @Test
    void aConfiguredBaseUrlLeadsEveryLinkAndNotThisServer() throws Exception {
        Links links = links(Map.of("QUARTERLY_BASE_URL", "https://returns.council.example/ "));

        assertThat(links.to("/returns/12")).isEqualTo("https://returns.council.example/returns/12");
        assertThat(links.base()).isEqualTo("https://returns.council.example");
    }

    @Test
    void withoutOneLinksLeadToThisServer() throws Exception {
        assertThat(links(Map.of()).to("/login")).isEqualTo("http://localhost:8080/login");
    }

    /** A server's links must lead to where people's browsers reach it: its start stops in one line without one. */
    @Test
    void aServerDoesNotStartWithoutOne() throws Exception {
        StandardEnvironment production = new StandardEnvironment();
        production.setActiveProfiles("prod");
        assertThatThrownBy(() -> links(Map.of(), production)).isInstanceOf(SettingException.class)
                .hasMessage("QUARTERLY_BASE_URL must be the address people's browsers reach the application at under"
                        + " the prod profile, such as https://returns.council.gov.uk, for the links in emails (it is"
                        + " '')");
        assertThat(links(Map.of("QUARTERLY_BASE_URL", "https://returns.council.example"), production).base())
                .isEqualTo("https://returns.council.example");
    }

    private static Links links(Map<String, Object> environment) throws Exception {
        return links(environment, new StandardEnvironment());
    }

    private static Links links(Map<String, Object> environment, StandardEnvironment profiles) throws Exception {
        return new Links(Binder.get(QuarterlySettingsTest.environment(environment))
                .bindOrCreate("quarterly", QuarterlySettings.class), profiles);
    }
}
