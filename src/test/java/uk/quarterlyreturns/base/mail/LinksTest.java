package uk.quarterlyreturns.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import uk.quarterlyreturns.base.QuarterlySettings;
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

    private static Links links(Map<String, Object> environment) throws Exception {
        return new Links(Binder.get(QuarterlySettingsTest.environment(environment))
                .bindOrCreate("quarterly", QuarterlySettings.class));
    }
}
