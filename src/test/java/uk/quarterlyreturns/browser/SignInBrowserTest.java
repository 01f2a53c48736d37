package uk.quarterlyreturns.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import uk.quarterlyreturns.support.ApplicationTest;

/** Signing in through a real Chromium: each role lands on its own start page and cannot open admin pages. */
@ExtendWith(SharedBrowser.class)
class SignInBrowserTest extends ApplicationTest {

    private static ChromeDriver driver;

    @BeforeAll
    static void browser(ChromeDriver shared) {
        driver = shared;
    }

    @ParameterizedTest(name = "{0} starts at {1}")
    @CsvSource({
            "admin, /admin/users, Users",
            "perf, /compliance, Compliance",
            "ceo, /inbox, Inbox",
            "sd.economy, /inbox, Inbox",
            "dir.housing, /inbox, Inbox",
            "data.housing, /inbox, Inbox",
            "reader, /reports, Published reports"})
    void eachRoleLandsOnItsStartPage(String username, String startPath, String heading) {
        new LoginPage(driver, url("")).open().signIn(username, "demo");
        waitForPath(startPath);
        waitForHeading(heading);
        Browser.screenshot(driver, "start-" + username);

        if (!username.equals("admin")) {
            driver.get(url("/admin/users"));
            Browser.waitUpTo(driver, Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("You may not open this page"));
            assertThat(driver.findElements(By.cssSelector("vaadin-grid[aria-label='Users']"))).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        LoginPage login = new LoginPage(driver, url("")).open();
        login.signIn("perf", "not-the-password");
        assertThat(login.showsError()).isTrue();
        assertThat(driver.getCurrentUrl()).contains("/login");
        Browser.screenshot(driver, "login-error");
    }

    private void waitForPath(String path) {
        Browser.waitUpTo(driver, Duration.ofSeconds(90)).until(d -> d.getCurrentUrl().endsWith(path));
    }

    private void waitForHeading(String text) {
        Browser.waitUpTo(driver, Duration.ofSeconds(60)).until(d -> d.findElements(By.tagName("h2")).stream()
                .anyMatch(h -> h.getText().equals(text)));
    }
}
