package uk.quarterlyreturns.base.mail;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import uk.quarterlyreturns.base.QuarterlySettings;
import uk.quarterlyreturns.base.SettingException;

/**
 * The address that links in emails start with: QUARTERLY_BASE_URL when set (what people's browsers reach, e.g.
 * behind a proxy), otherwise this server on the port it actually listens on. A server (the prod profile) must name
 * it: nobody's browser reaches a server at localhost, so every link would lead nowhere.
 */
@Component
public class Links {

    private final String configured;
    private volatile int port = 8080;

    Links(QuarterlySettings settings, Environment environment) {
        String configured = settings.baseUrl();
        this.configured = StringUtils.hasText(configured) ? trimSlash(configured.trim()) : null;
        if (this.configured == null && environment.matchesProfiles("prod")) {
            throw new SettingException("QUARTERLY_BASE_URL", "the address people's browsers reach the application at"
                    + " under the prod profile, such as https://returns.council.gov.uk, for the links in emails", "");
        }
    }

    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** The base address, without a trailing slash. */
    public String base() {
        return configured != null ? configured : "http://localhost:" + port;
    }

    /** The base address followed by the path, e.g. to("/returns/12"). */
    public String to(String path) {
        return base() + path;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
