package uk.quarterlyreturns.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A return's journey in Chromium, from the keyboard where a person would type: the data officer fills it
 * in, is told of an error and a query, puts them right and submits; the director signs off; the
 * performance team accepts; the compliance view shows it accepted. Screenshots of each screen are saved.
 */
class ReturnJourneyBrowserTest extends ApplicationTest {

    // The latest reporting year of the test run, so that the compliance view opens on its cycle.
    private static final int YEAR = 2399;

    private static ChromeDriver driver;

    @Autowired
    ApplicationContext context;
    @Autowired
    ValueRepository values;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        driver.quit();
    }

    @Test
    void aReturnGoesFromTheServiceToAcceptance() throws Exception {
        ClockUtil.reset();
        ReturnScenario scenario = ReturnScenario.open(context, YEAR);
        String returnPath = "/returns/" + scenario.housing.id();

        signIn("data.housing", "/inbox");
        click(By.cssSelector("a[href='returns/" + scenario.housing.id() + "']"));
        waitForPath(returnPath);
        type(value("HF-1", scenario), "75");
        waitForText(measure("HF-1", scenario), "Amber");
        type(value("HF-2", scenario), "120");
        waitForText(measure("HF-2", scenario), "Red");
        Await.until("HF-2 saved", ReturnScenario.WAIT, () -> values.find(scenario.measureId("HF-2"), 2)
                .map(v -> v.value() != null).orElse(false));
        click(button("Submit return"));
        waitForText(By.cssSelector(".submit-panel"), "Errors: put these right");
        waitForText(By.cssSelector(".submit-panel"), "Queries: give an explanation, or change the value (1)");
        Browser.screenshot(driver, "return-errors-and-queries");

        type(value("HF-2", scenario), "60"); // the query: the figure was mistyped
        narrative("HF-1", scenario, "Reasons for performance", "Two surveyors were off sick");
        narrative("HF-1", scenario, "Actions planned to address issues", "Agency cover from next month");
        Await.until("the narrative saved", ReturnScenario.WAIT, () -> values.find(scenario.measureId("HF-1"), 2)
                .map(v -> v.actionsPlanned() != null).orElse(false)
                && values.find(scenario.measureId("HF-2"), 2).map(v -> v.value().intValue() == 60).orElse(false));
        Browser.screenshot(driver, "return-corrected");
        click(button("Submit return"));
        waitForPath("/inbox");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);

        signIn("dir.housing", "/inbox");
        driver.get(url(returnPath));
        waitForText(By.cssSelector(".decision-panel"), "Sign-off");
        Browser.screenshot(driver, "return-sign-off");
        click(button("Sign off return"));
        waitForPath("/inbox");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);

        signIn("perf", "/framework");
        driver.get(url(returnPath));
        waitForText(By.cssSelector(".decision-panel"), "Quality check");
        click(button("Accept return"));
        waitForPath("/inbox");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);

        driver.get(url("/compliance"));
        waitForText(By.cssSelector(".compliance-counts"), "Accepted1 (100%)");
        waitForText(By.cssSelector("vaadin-grid"), "Housing");
        Browser.screenshot(driver, "compliance-accepted");
    }

    private void signIn(String user, String startPath) {
        new LoginPage(driver, url("")).open().signIn(user, "demo");
        waitForPath(startPath);
    }

    private static By measure(String code, ReturnScenario scenario) {
        return By.cssSelector("section[aria-labelledby='measure-" + scenario.measureId(code) + "']");
    }

    private static By value(String code, ReturnScenario scenario) {
        return By.cssSelector("section[aria-labelledby='measure-" + scenario.measureId(code)
                + "'] vaadin-text-field > input[slot='input']");
    }

    private void narrative(String code, ReturnScenario scenario, String label, String text) {
        type(By.xpath("//section[@aria-labelledby='measure-" + scenario.measureId(code) + "']"
                + "//vaadin-text-area[.//label[normalize-space(.)='" + label + "']]//textarea"), text);
    }

    private static By button(String text) {
        return By.xpath("//vaadin-button[normalize-space(.)='" + text + "']");
    }

    /** Types as a person does and leaves the field with Tab, which saves it. */
    private void type(By field, String text) {
        WebElement input = waitFor().until(ExpectedConditions.presenceOfElementLocated(field));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        if (!input.isDisplayed()) {
            Browser.screenshot(driver, "journey-failed");
            throw new AssertionError("Not shown: " + field + " in " + input.getDomProperty("outerHTML"));
        }
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /** Brings the button to the middle of the window, clear of the bar on top, and presses it. */
    private void click(By by) {
        WebElement element = waitFor().until(ExpectedConditions.elementToBeClickable(by));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void waitForPath(String path) {
        waitOrShow("path " + path, () -> waitFor().until(d -> d.getCurrentUrl().endsWith(path)));
    }

    private void waitForText(By by, String text) {
        waitOrShow("text " + text, () -> waitFor().until(d -> d.findElements(by).stream()
                .anyMatch(e -> String.valueOf(e.getDomProperty("textContent")).contains(text))));
    }

    /** A wait that failed leaves a screenshot of what the page showed instead. */
    private static void waitOrShow(String what, Runnable wait) {
        try {
            wait.run();
        } catch (TimeoutException e) {
            Browser.screenshot(driver, "journey-failed");
            throw new AssertionError("Timed out waiting for " + what + " on " + driver.getCurrentUrl(), e);
        }
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(90));
    }
}
