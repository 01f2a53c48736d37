package uk.quarterlyreturns.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A return's journey in Chromium, from the keyboard where a person would type: the data officer fills it
 * in, is told of an error and a query, puts them right and submits; the director signs off; the
 * performance team accepts; the compliance view shows it accepted; the chief executive approves the
 * compiled report and a reader finds it published. Screenshots of each screen are saved.
 */
class ReturnJourneyBrowserTest extends ApplicationTest {

    // The latest reporting year of the test run, so that the compliance view opens on its cycle.
    private static final int YEAR = 2399;

    private static ChromeDriver driver;
    private Page page;

    @Autowired
    ApplicationContext context;
    @Autowired
    ValueRepository values;
    @Autowired
    CycleRepository cycles;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @BeforeEach
    void page() {
        page = new Page(driver, this::url, "journey-failed");
    }

    @AfterAll
    static void stopBrowser() {
        driver.quit();
    }

    @Test
    void aReturnGoesFromTheServiceToAcceptanceAndTheReportToPublication() throws Exception {
        ClockUtil.reset();
        ReturnScenario scenario = ReturnScenario.open(context, YEAR);
        String returnPath = "/returns/" + scenario.housing.id();

        page.signIn("data.housing", "/inbox");
        page.click(By.cssSelector("a[href='returns/" + scenario.housing.id() + "']"));
        page.waitForPath(returnPath);
        page.type(value("HF-1", scenario), "75");
        page.waitForText(measure("HF-1", scenario), "Amber");
        page.type(value("HF-2", scenario), "120");
        page.waitForText(measure("HF-2", scenario), "Red");
        Await.until("HF-2 saved", ReturnScenario.WAIT, () -> values.find(scenario.measureId("HF-2"), 2)
                .map(v -> v.value() != null).orElse(false));
        page.click(Page.button("Submit return"));
        page.waitForText(By.cssSelector(".submit-panel"), "Errors: put these right");
        page.waitForText(By.cssSelector(".submit-panel"), "Queries: give an explanation, or change the value (1)");
        Browser.screenshot(driver, "return-errors-and-queries");

        page.type(value("HF-2", scenario), "60"); // the query: the figure was mistyped
        narrative("HF-1", scenario, "Reasons for performance", "Two surveyors were off sick");
        narrative("HF-1", scenario, "Actions planned to address issues", "Agency cover from next month");
        Await.until("the narrative saved", ReturnScenario.WAIT, () -> values.find(scenario.measureId("HF-1"), 2)
                .map(v -> v.actionsPlanned() != null).orElse(false)
                && values.find(scenario.measureId("HF-2"), 2).map(v -> v.value().intValue() == 60).orElse(false));
        Browser.screenshot(driver, "return-corrected");
        page.click(Page.button("Submit return"));
        page.waitForPath("/inbox");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);

        page.signIn("dir.housing", "/inbox");
        page.open(returnPath);
        page.waitForText(By.cssSelector(".decision-panel"), "Sign-off");
        Browser.screenshot(driver, "return-sign-off");
        page.click(Page.button("Sign off return"));
        page.waitForPath("/inbox");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);

        page.signIn("perf", "/framework");
        page.open(returnPath);
        page.waitForText(By.cssSelector(".decision-panel"), "Quality check");
        page.click(Page.button("Accept return"));
        page.waitForPath("/inbox");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);

        page.open("/compliance");
        page.waitForText(By.cssSelector(".compliance-counts"), "Accepted1 (100%)");
        page.waitForText(By.cssSelector("vaadin-grid"), "Housing");
        Browser.screenshot(driver, "compliance-accepted");

        // Every return is in, so the report is compiled and goes to the chief executive.
        long cycleId = scenario.cycle.id();
        awaitCycle(cycleId, CycleStatus.AWAITING_APPROVAL);
        page.signIn("ceo", "/inbox");
        page.click(By.cssSelector("a[href='reports/" + cycleId + "/approval']"));
        page.waitForText(By.cssSelector(".report-preview"), "Executive summary");
        Browser.screenshot(driver, "report-approval");
        page.click(Page.button("Approve report"));
        page.click(Page.button("Approve and publish"));
        page.waitForPath("/inbox");
        awaitCycle(cycleId, CycleStatus.PUBLISHED);

        page.signIn("reader", "/reports");
        page.waitForText(By.tagName("li"), "PDF, version 1");
        Browser.screenshot(driver, "reports-published");
    }

    private void awaitCycle(long cycleId, CycleStatus status) {
        Await.until("the cycle " + status.label().toLowerCase(), ReturnScenario.WAIT,
                () -> cycles.find(cycleId).orElseThrow().status() == status);
    }

    private static By measure(String code, ReturnScenario scenario) {
        return By.cssSelector("section[aria-labelledby='measure-" + scenario.measureId(code) + "']");
    }

    private static By value(String code, ReturnScenario scenario) {
        return By.cssSelector("section[aria-labelledby='measure-" + scenario.measureId(code)
                + "'] vaadin-text-field > input[slot='input']");
    }

    private void narrative(String code, ReturnScenario scenario, String label, String text) {
        page.type(By.xpath("//section[@aria-labelledby='measure-" + scenario.measureId(code) + "']"
                + "//vaadin-text-area[.//label[normalize-space(.)='" + label + "']]//textarea"), text);
    }
}
