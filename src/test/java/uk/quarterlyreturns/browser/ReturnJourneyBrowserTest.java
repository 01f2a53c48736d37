package uk.quarterlyreturns.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A return's journey in Chromium, from the keyboard where a person would type: the data officer tries to
 * submit with a blank key-action status, an unexplained query and an Amber measure without reasons, is shown
 * all three, puts them right and submits; the director signs off; the performance team challenges an item from
 * the quality check's grid,
 * bulk acceptance leaves the return with its reason, the service answers, bulk acceptance takes it; the
 * compliance view shows it accepted; the chief executive approves the compiled report and a reader finds it
 * published. Screenshots of each screen are saved.
 */
@ExtendWith(SharedBrowser.class)
class ReturnJourneyBrowserTest extends ApplicationTest {

    private static final int YEAR = 2399;

    private static ChromeDriver driver;
    private Page page;

    @Autowired
    ApplicationContext context;
    @Autowired
    ValueRepository values;
    @Autowired
    CycleRepository cycles;
    @Autowired
    KeyActionRepository keyActions;

    @BeforeAll
    static void browser(ChromeDriver shared) {
        driver = shared;
    }

    @BeforeEach
    void page() {
        page = new Page(driver, this::url, "journey-failed");
    }

    @Test
    void aReturnGoesFromTheServiceToAcceptanceAndTheReportToPublication() throws Exception {
        ClockUtil.reset();
        ReturnScenario scenario = ReturnScenario.open(context, YEAR);
        String returnPath = "/returns/" + scenario.housing.id();

        page.signIn("data.housing", "/inbox");
        fromTheInbox(scenario, "returns/" + scenario.housing.id());
        page.waitForPath(returnPath);
        ReturnPage form = new ReturnPage(page);
        long hf1 = scenario.measureId("HF-1");
        long hf2 = scenario.measureId("HF-2");
        long action = scenario.actionId("HKA-1");
        form.value(hf1, "75"); // Amber, without reasons
        page.waitForText(ReturnPage.measure(hf1), "Amber");
        form.value(hf2, "80"); // Green, but up 60% on Q1: a query
        Await.until("HF-2 saved", ReturnScenario.WAIT, () -> values.find(hf2, 2)
                .map(v -> v.value() != null).orElse(false));
        form.trySubmit("Not ready to submit");
        page.waitForText(ReturnPage.DIALOG, "HF-1: Amber: give the reasons for performance and the actions planned");
        page.waitForText(ReturnPage.DIALOG, "HF-2: Changed by more than 50% since last quarter: explain the change");
        page.waitForText(ReturnPage.DIALOG, "HKA-1: No status: choose the key action's status this quarter");
        Browser.screenshot(driver, "return-not-ready");
        form.closeDialog("Close");

        form.words("measure-" + hf1, "Reasons for performance", "Two surveyors were off sick");
        form.words("measure-" + hf1, "Actions planned to address issues", "Agency cover from next month");
        form.words("measure-" + hf2, "Explanation for the query", "A hostel opened in August");
        form.keyActionStatus(action, "Green");
        // typed and not left: saved while the person is still in the field
        form.wordsStaying("action-" + action, "Commentary", "Twelve empty homes brought back into use");
        page.waitForText(By.cssSelector("section[aria-labelledby='action-" + action + "'] .save-status"), "Saved at");
        Await.until("the words saved", ReturnScenario.WAIT, () -> values.find(hf1, 2)
                .map(v -> v.actionsPlanned() != null).orElse(false)
                && values.find(hf2, 2).map(v -> v.queryExplanation() != null).orElse(false)
                && keyActions.findStatus(action, 2).map(a -> a.commentary() != null && a.status() != null)
                        .orElse(false));
        form.trySubmit("Submit the return?");
        Browser.screenshot(driver, "return-confirm-submission");
        page.click(Page.button("Confirm submission"));
        page.waitForPath("/inbox");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);

        page.signIn("dir.housing", "/inbox");
        page.open(returnPath);
        page.waitForText(By.cssSelector(".decision-panel"), "Key actions: 1 of 1 with a status and a commentary");
        Browser.screenshot(driver, "return-sign-off");
        // Asked first, from the keyboard: Escape leaves the return as it was; Cancel has the focus, and Tab reaches
        // "Sign off", where Enter answers.
        page.click(Page.button("Sign off return"));
        page.settle();
        page.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        page.settle();
        assertThat(driver.findElements(Page.button("Sign off"))).as("the question is gone").isEmpty();
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);
        page.click(Page.button("Sign off return"));
        page.settle();
        Browser.screenshot(driver, "return-sign-off-question");
        assertThat(page.driver().switchTo().activeElement().getText()).isEqualTo("Cancel");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement focused = page.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Sign off");
        focused.sendKeys(Keys.ENTER);
        page.waitForPath("/inbox");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);

        page.signIn("perf", "/compliance");
        page.open(returnPath + "/check");
        page.waitForText(By.cssSelector(".review-count"), "2 of 4 items shown");
        page.waitForText(By.cssSelector(".decision-panel"), "Quality check");
        Browser.screenshot(driver, "quality-check-grid");
        form.challengeFromGrid("HF-1", "75% is well below Q1: please confirm the count");
        // a draft compiles on a thread of its own; the page asks for it until it is shown
        page.open("/reports/" + scenario.cycle.id() + "/approval");
        page.click(Page.button("Compile a draft report"));
        page.waitForText(By.cssSelector(".draft-report"), "Draft compiled at");
        page.waitForText(By.cssSelector(".draft-report .report-preview"), "DRAFT: not for publication");
        page.open("/compliance?cycle=" + scenario.cycle.id());
        CompliancePage compliance = new CompliancePage(page);
        compliance.bulkAccept("Will not be accepted (1)");
        page.waitForText(ReturnPage.DIALOG, "Housing: the challenge on HF-1 is not answered yet");
        Browser.screenshot(driver, "bulk-accept-left");
        form.closeDialog("Cancel");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);

        page.signIn("data.housing", "/inbox");
        page.open(returnPath);
        form.answer("HF-1", "Recounted: 75% is right; two surveyors were off sick");

        page.signIn("perf", "/compliance");
        page.open("/compliance?cycle=" + scenario.cycle.id());
        compliance.bulkAccept("Will be accepted (1)");
        page.click(Page.button("Accept 1 return"));
        page.waitForText(By.cssSelector(".bulk-accept-result"), "1 accepted; 0 left");
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);

        page.waitForText(By.cssSelector(".compliance-counts"), "Accepted1 (100%)");
        page.waitForText(By.cssSelector("vaadin-grid"), "Housing");
        Browser.screenshot(driver, "compliance-accepted");

        // Every return is in, so the report is compiled and goes to the chief executive.
        long cycleId = scenario.cycle.id();
        awaitCycle(cycleId, CycleStatus.AWAITING_APPROVAL);
        page.signIn("ceo", "/inbox");
        fromTheInbox(scenario, "reports/" + cycleId + "/approval");
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

    /**
     * Opens this quarter's step from the inbox. Earlier tests leave other steps open to the same people, and the grid
     * draws only the rows in sight: the step is found as a person would find it, by its quarter.
     */
    private void fromTheInbox(ReturnScenario scenario, String link) {
        page.typeAndStay(By.cssSelector("vaadin-text-field[placeholder='Return, service, task or status'] > input"),
                scenario.cycle.shortName());
        // the filter reaches the server after a pause in typing and redraws the rows: the link is taken once it has
        page.waitForText(By.cssSelector(".inbox-count"), "Showing");
        page.settle();
        page.click(By.cssSelector("a[href='" + link + "']"));
    }
}
