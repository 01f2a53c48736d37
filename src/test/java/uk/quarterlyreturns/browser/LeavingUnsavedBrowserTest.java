package uk.quarterlyreturns.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Reloading a return's form with a figure on it that is not saved: the browser asks before the page goes, and
 * staying keeps the figure as typed; once it is saved, a reload asks nothing. A browser of its own: the shared one
 * lets such questions pass unseen.
 */
class LeavingUnsavedBrowserTest extends ApplicationTest {

    private static final int YEAR = 7553;

    private static ChromeDriver driver;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void browser() {
        driver = Browser.askingBeforeUnload();
    }

    @AfterAll
    static void close() {
        driver.quit();
    }

    @Test
    void reloadingWithAFigureNotSavedIsAskedByTheBrowser() throws Exception {
        ClockUtil.reset();
        ReturnScenario scenario = ReturnScenario.open(context, YEAR);
        Page page = new Page(driver, this::url, "leaving-unsaved-failed");
        page.signIn("data.housing", "/inbox");
        page.open("/returns/" + scenario.housing.id());
        ReturnPage form = new ReturnPage(page);
        String hf1 = "section[aria-labelledby='measure-" + scenario.measureId("HF-1") + "']";
        By status = By.cssSelector(hf1 + " .save-status");
        By figure = By.cssSelector(hf1 + " vaadin-text-field > input[slot='input']");

        form.value(scenario.measureId("HF-1"), "tbc");
        page.waitForText(status, "Not saved");
        page.settle();
        driver.navigate().refresh();
        Alert leave = Browser.waitUpTo(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        leave.dismiss();
        page.settle();
        assertThat(driver.findElement(figure).getDomProperty("value")).as("stayed, the figure as typed")
                .isEqualTo("tbc");

        form.value(scenario.measureId("HF-1"), "85");
        page.waitForText(status, "Saved at");
        page.settle();
        driver.navigate().refresh();
        assertThat(noQuestion()).as("saved: the reload asks nothing").isTrue();
        Browser.waitUpTo(driver, Duration.ofSeconds(60)).until(d -> "85".equals(d.findElement(figure)
                .getDomProperty("value")));
    }

    private static boolean noQuestion() {
        try {
            driver.switchTo().alert();
            return false;
        } catch (NoAlertPresentException none) {
            return true;
        }
    }
}
