package uk.quarterlyreturns.browser;

import org.openqa.selenium.Keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Signing in through a real Chromium: each role lands on its own start page and cannot open admin pages; a password
 * an administrator set is replaced by one of the person's own first.
 */
@ExtendWith(SharedBrowser.class)
class SignInBrowserTest extends ApplicationTest {

    private static final AtomicInteger N = new AtomicInteger();
    private static final String GIVEN = "a password set for them";
    private static final String OWN = "heron orchard lamplight";
    private static ChromeDriver driver;

    @Autowired UserAdministration admin;

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

    @Test
    void aPasswordSetByAnAdministratorIsReplacedByTheirOwnBeforeAnythingElse() {
        String username = "given.browser" + N.incrementAndGet();
        admin.create(new UserFields(username, "Bo Given", username + "@council.test", EnumSet.of(Role.READER), null,
                null), GIVEN, "admin");
        new LoginPage(driver, url("")).open().signIn(username, GIVEN);
        Page page = new Page(driver, this::url, "choose-password");
        page.waitForPath("/choose-password");
        page.load("/reports");
        waitForPath("/choose-password");

        // the first field has the focus, and Enter chooses the password, as on any sign-in form
        Browser.waitUpTo(driver, Duration.ofSeconds(30)).until(d -> d.switchTo().activeElement()
                .equals(d.findElement(field("The password you were given"))));
        driver.switchTo().activeElement().sendKeys(GIVEN);
        page.type(field("New password"), OWN);
        page.typeAndStay(field("New password again"), OWN);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitForPath("/reports");
        waitForHeading("Published reports");
        new LoginPage(driver, url("")).open().signIn(username, OWN);
        waitForPath("/reports");
    }

    private static By field(String label) {
        return By.xpath("//vaadin-password-field[label[normalize-space(.)='" + label + "']]//input");
    }

    private void waitForPath(String path) {
        Browser.waitUpTo(driver, Duration.ofSeconds(90)).until(d -> d.getCurrentUrl().endsWith(path));
    }

    private void waitForHeading(String text) {
        Browser.waitUpTo(driver, Duration.ofSeconds(60)).until(d -> d.findElements(By.tagName("h2")).stream()
                .anyMatch(h -> h.getText().equals(text)));
    }
}
