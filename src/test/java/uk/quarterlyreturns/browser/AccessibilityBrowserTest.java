package uk.quarterlyreturns.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.TaskClaims;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * Every main screen of every role, checked with axe-core against WCAG 2.2 AA once Vaadin has drawn it,
 * with a screenshot of each under target/screenshots. Returns in each state come from years of their own:
 * one being filled in, one submitted, one signed off, and one whose report awaits approval. Also: a return
 * is filled in with the keyboard alone, and its RAG is written out, not shown by colour only. No grid cell,
 * chosen value or field's value on those screens is cut short, no word in a cell is broken over two lines, no grid
 * scrolls sideways at 1,400 pixels (but the quality check's, which is meant to), and no screen's content (a report's
 * print styles) changes the theme's base font.
 */
@ExtendWith(SharedBrowser.class)
class AccessibilityBrowserTest extends ApplicationTest {

    private static final int FIRST_YEAR = 2390;

    private static ChromeDriver driver;

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnWorkflow workflow;
    @Autowired
    ReportApproval approval;
    @Autowired
    CycleRepository cycles;
    @Autowired
    ValueRepository values;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ReturnRepository returns;
    @Autowired
    PeopleService people;
    @Autowired
    UserAdministration admin;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskClaims claims;
    @Autowired
    TaskService tasks;
    @Autowired
    Organisation organisation;

    /** The cycles a test opened, ended after it, so that none of their chases runs on into the tests after. */
    private final List<Long> opened = new ArrayList<>();

    @BeforeAll
    static void browser(ChromeDriver shared) {
        driver = shared;
    }

    @AfterEach
    void endTheCycles() {
        opened.forEach(cycle -> OpenedCycles.end(runtime, returns, cycle));
    }

    @TestFactory
    Stream<DynamicTest> eachMainScreenHasNoSeriousOrCriticalViolation() throws Exception {
        ClockUtil.reset();
        ReturnScenario draft = opened(ReturnScenario.open(context, FIRST_YEAR));
        draft.enter("HF-1", 2, "75"); // Amber: the narrative is asked for
        ReturnScenario submitted = handedIn(FIRST_YEAR + 1);
        ReturnScenario signedOff = handedIn(FIRST_YEAR + 2);
        workflow.signOff(signedOff.housing.id(), "dir.housing");
        ReturnScenario reported = handedIn(FIRST_YEAR + 3);
        workflow.signOff(reported.housing.id(), "dir.housing");
        workflow.accept(reported.housing.id(), "perf");
        long reportCycle = reported.cycle.id();
        awaitCycle(reportCycle, CycleStatus.AWAITING_APPROVAL);
        claimedByALeaver(FIRST_YEAR + 5);
        // found on the Users screen after the rows first shown, all active, sized its columns
        for (String who : List.of("tour.people.active", "tour.people.left")) {
            people.create(new Person(who, "Tour " + who.substring(12), who + "@demo.council.test",
                    EnumSet.of(Role.READER), null, null, true, false, false), "a-long-password-2390");
        }
        admin.setEnabled("tour.people.left", false, "admin");
        // the newest in the outbox, after any an earlier test's moved clock stamped ahead: one left out of a digest,
        // and one that failed, with its last error and "Send again", the outbox's widest row
        jdbc.sql("""
                insert into outbox_message (message_key, kind, recipient, subject, body_text, status, last_error,
                        created_at)
                select 'tour-left-out', 'REMINDER', 'tour.people.active@demo.council.test',
                        'Housing''s return: Reminder, left out of a digest', 'Hello', 'DIGESTED',
                        'Left out of the daily digest: the return was submitted before it went',
                        greatest(now(), max(created_at)) + interval '1 minute' from outbox_message
                """).update();
        jdbc.sql("""
                insert into outbox_message (message_key, kind, recipient, subject, body_text, status, last_error,
                        created_at)
                select 'tour-not-sent', 'ESCALATION_CHIEF_EXECUTIVE', 'tour.people.active@demo.council.test',
                        'Housing''s return: Escalated to the chief executive', 'Hello', 'NOT_SENT',
                        'No SMTP server is configured (set SPRING_MAIL_HOST)',
                        max(created_at) + interval '1 minute' from outbox_message
                """).update();

        Tour tour = new Tour(new Page(driver, this::url, "screen-failed"));
        return screens(draft, submitted.housing.id(), signedOff.housing.id(), reportCycle).stream()
                .map(screen -> dynamicTest(screen.name(), () -> tour.check(screen)));
    }

    @Test
    void aReturnIsFilledInFromTheKeyboardAndItsRagIsWrittenOut() throws Exception {
        ClockUtil.reset();
        ReturnScenario scenario = opened(ReturnScenario.open(context, FIRST_YEAR + 4));
        long measureId = scenario.measureId("HF-1");
        By measure = By.cssSelector("section[aria-labelledby='measure-" + measureId + "']");
        Page page = new Page(driver, this::url, "keyboard-failed");
        page.signIn("data.housing", "/inbox");
        page.open("/returns/" + scenario.housing.id());

        // From the top of the page, Tab alone reaches the value, and Tab leaves it once typed.
        WebElement value = driver.findElement(measure).findElement(By.cssSelector("vaadin-text-field > input"));
        reachByKeyboard(value, Keys.TAB);
        new Actions(driver).sendKeys("75").sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement()).isNotEqualTo(value);
        page.waitForText(measure, "Reasons for performance");

        // The RAG is written out beside its colour.
        WebElement status = driver.findElement(measure).findElement(By.cssSelector(".measure-status"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", status);
        assertThat(status.getText()).startsWith("RAG: Amber");
        assertThat(status.findElement(By.cssSelector(".rag")).getText()).isEqualTo("Amber");
        assertThat(driver.findElements(By.cssSelector(".rag"))).isNotEmpty()
                .allSatisfy(badge -> assertThat(badge.getDomProperty("textContent")).isNotBlank());

        // The narrative now asked for appeared above the focus: Shift+Tab goes back to it.
        WebElement reasons = driver.findElement(measure).findElement(By.xpath(
                ".//vaadin-text-area[.//label[normalize-space(.)='Reasons for performance']]//textarea"));
        reachByKeyboard(reasons, Keys.chord(Keys.SHIFT, Keys.TAB));
        new Actions(driver).sendKeys("Two surveyors were off sick").sendKeys(Keys.TAB)
                .sendKeys("Agency cover from next month").sendKeys(Keys.TAB).perform();
        Await.until("the value and narrative saved", ReturnScenario.WAIT, () -> values.find(measureId, 2)
                .map(v -> v.value() != null && v.value().intValue() == 75
                        && "Two surveyors were off sick".equals(v.reasons())
                        && "Agency cover from next month".equals(v.actionsPlanned())).orElse(false));
        Browser.screenshot(driver, "return-filled-from-the-keyboard");
    }

    @Test
    void aQuestionOpensOnCancelSoEnterPressedInHasteTakesNothing() {
        String username = "hasty.reader.4901";
        people.create(new Person(username, "Hasty Reader", username + "@demo.council.test", EnumSet.of(Role.READER),
                null, null, true, false, false), "a-long-password-4901");
        Page page = new Page(driver, this::url, "question-failed");
        page.signIn("admin", "/admin/users");
        By question = By.cssSelector("vaadin-confirm-dialog-overlay[opened]");
        By disable = By.cssSelector("vaadin-button[aria-label='Disable Hasty Reader']");

        // Enter as the question opens: Cancel has the focus, so the person stays enabled.
        page.typeAndStay(By.cssSelector("vaadin-text-field[placeholder='Username, name or email'] > input"),
                username);
        page.click(disable);
        page.waitForText(question, "will no longer be able to sign in");
        page.settle();
        WebElement active = driver.switchTo().activeElement();
        assertThat(active.getText()).isEqualTo("Cancel");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        page.settle();
        assertThat(driver.findElements(question)).isEmpty();
        assertThat(people.find(username).orElseThrow().enabled()).isTrue();

        // Tab reaches the confirm button, and Enter there confirms.
        page.click(disable);
        page.waitForText(question, "will no longer be able to sign in");
        page.settle();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Disable");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        Await.until("the person disabled", ReturnScenario.WAIT, () -> !people.find(username).orElseThrow().enabled());
    }

    @Test
    void aCellOrValueCutShortOrAWordBrokenIsFoundAndTextInFullIsNot() {
        driver.get("data:text/html;charset=utf-8,<html lang='en'><title>Cells</title><main>"
                + "<vaadin-grid-cell-content style='display:block;width:60px;overflow:hidden;white-space:nowrap;"
                + "text-overflow:ellipsis'>Adult Social Care Operations</vaadin-grid-cell-content>"
                + "<vaadin-grid-cell-content style='display:block;width:60px;overflow:hidden'>Adult Social Care"
                + "</vaadin-grid-cell-content>"
                + "<vaadin-select-value-button style='display:block;width:60px;overflow:hidden;white-space:nowrap'>"
                + "Q2 2017/18: Awaiting the chief executive's approval</vaadin-select-value-button>"
                + "<vaadin-select-value-button style='display:block;width:300px;overflow:hidden'>Q1 2017/18"
                + "</vaadin-select-value-button>"
                + "<input aria-label='Long' style='width:60px' value='Economy and Infrastructure'>"
                + "<input aria-label='Short' style='width:300px' value='Economy'>"
                + "<vaadin-grid-cell-content style='display:block;width:70px;overflow-wrap:break-word'>System"
                + " Administrator</vaadin-grid-cell-content>"
                + "<vaadin-grid-cell-content style='display:block;width:70px;overflow-wrap:break-word'>"
                + "data.adultcare@demo.council.test</vaadin-grid-cell-content>"
                + "<vaadin-grid-cell-content style='display:block;width:90px'>Awaiting sign-off"
                + "</vaadin-grid-cell-content>"
                + "<div><template shadowrootmode='open'><div part='label' style='width:90px;overflow:hidden;"
                + "white-space:nowrap'>Working days before the strategic director is told</div></template></div>"
                + "<div><template shadowrootmode='open'><div part='label' style='width:300px;overflow:hidden;"
                + "white-space:nowrap'>Reminder time</div></template></div>"
                + "</main>");
        try {
            assertThat(TextInFull.cutShort(driver)).containsExactly("Adult Social Care Operations",
                    "Q2 2017/18: Awaiting the chief executive's approval", "Economy and Infrastructure",
                    "Administrator (broken in \"System Administrator\")",
                    "label: Working days before the strategic director is told");
        } finally {
            driver.get("about:blank");
        }
    }

    @Test
    void aGridWiderThanItsRoomIsFoundAndOneThatFitsIsNot() {
        driver.get("data:text/html;charset=utf-8,<html lang='en'><title>Grids</title><main>"
                + "<vaadin-grid><template shadowrootmode='open'><div id='table' aria-label='Wide' style='width:200px;"
                + "overflow:auto'><div style='width:400px'>Service</div></div></template></vaadin-grid>"
                + "<vaadin-grid><template shadowrootmode='open'><div id='table' aria-label='Narrow' style='width:200px;"
                + "overflow:auto'><div style='width:150px'>Service</div></div></template></vaadin-grid>"
                + "<vaadin-grid><template shadowrootmode='open'><div id='table' aria-label='Items to check'"
                + " style='width:200px;overflow:auto'><div style='width:400px'>Item</div></div></template>"
                + "</vaadin-grid></main>");
        try {
            assertThat(NoSidewaysScroll.wider(driver)).singleElement().asString().startsWith("Wide: 400 px in 200");
        } finally {
            driver.get("about:blank");
        }
    }

    @Test
    void theCheckFindsAViolationOnAPageWhereItRanBefore() {
        driver.get("data:text/html;charset=utf-8,<html lang='en'><title>Check</title><main><h1>Check</h1></main>");
        try {
            assertThat(Accessibility.violations(driver)).isEmpty();

            // axe is now loaded in this document, as it is when Vaadin moves to the next view: it must look again.
            driver.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                    + " '<button></button><img src=\"chart.png\">')");
            assertThat(Accessibility.violations(driver))
                    .anySatisfy(v -> assertThat(v).startsWith("- button-name (critical)"))
                    .anySatisfy(v -> assertThat(v).startsWith("- image-alt (critical)"));
        } finally {
            driver.get("about:blank"); // the browser is shared: the next journey starts from a blank page
        }
    }

    /** Presses the key (Tab or Shift+Tab) until the element has the focus, as a keyboard user would. */
    private static void reachByKeyboard(WebElement target, CharSequence key) {
        for (int presses = 0; presses < 80; presses++) {
            if (driver.switchTo().activeElement().equals(target)) {
                return;
            }
            new Actions(driver).sendKeys(key).perform();
        }
        Browser.screenshot(driver, "keyboard-failed");
        throw new AssertionError("80 presses of the key did not reach " + target.getDomProperty("outerHTML"));
    }

    /** The screens in the order visited; each person's screens follow one another, so each signs in once. */
    private List<Screen> screens(ReturnScenario drafted, long submitted, long signedOff, long reportCycle) {
        long draft = drafted.housing.id();
        String openCycle = "/compliance?cycle=" + drafted.cycle.id();
        String approvalPath = "/reports/" + reportCycle + "/approval";
        return List.of(
                new Screen("sign-in page", null, page -> page.open("/login")),
                new Screen("forgotten password page", null, page -> {
                    page.open("/forgot-password");
                    page.waitForText(By.tagName("h1"), "Forgot your password?");
                }),

                Screen.startPage("data.housing", "/inbox"),
                new Screen("return form of a data officer, a figure provisional", "data.housing", page -> {
                    page.open("/returns/" + draft);
                    page.waitForText(By.cssSelector(".measure"), "Reasons for performance");
                    page.click(By.cssSelector("vaadin-checkbox.provisional:not([disabled])"));
                    page.waitForText(By.cssSelector(".measure"), "Saved");
                }),
                new Screen("my settings dialog", "data.housing", page -> {
                    page.click(Page.button("My settings"));
                    page.waitForText(By.cssSelector("vaadin-dialog-overlay"), "daily digest");
                }),
                new Screen("change my password dialog", "data.housing", page -> {
                    page.click(Page.button("Change my password"));
                    page.waitForText(By.cssSelector("vaadin-dialog-overlay"), "signed out everywhere else");
                }),

                Screen.startPage("dir.housing", "/inbox"),
                new Screen("return form of a director with the override open", "dir.housing", page -> {
                    page.open("/returns/" + draft);
                    page.click(By.xpath("//vaadin-details-summary[contains(., 'Override the RAG of HF-1')]"));
                    page.waitForText(By.cssSelector(".override"), "Justification for the override");
                }),
                Screen.at("sign-off", "dir.housing", "/returns/" + submitted, ".decision-panel", "Sign-off"),
                Screen.at("deputies of a director", "dir.housing", "/delegations", "h2", "Deputies"),

                Screen.startPage("perf", "/compliance"),
                new Screen("framework of one directorate", "perf", page -> {
                    page.open("/framework");
                    // the demo's year: the screen opens on the newest begun, which may be another test's
                    page.click(By.xpath("//vaadin-select[.//label[normalize-space(.)='Reporting year']]"));
                    page.chooseItem("2017/18");
                    page.waitForText(By.cssSelector("vaadin-select-value-button"), "2017/18");
                    page.type(By.xpath("//vaadin-combo-box[.//label[normalize-space(.)='Directorate']]//input"),
                            "Economy and Infrastructure");
                    page.waitForText(By.cssSelector(".listed-count"), " of ");
                }),
                new Screen("framework import dialog", "perf", page -> {
                    page.open("/framework");
                    page.click(Page.button("Import a file…"));
                    page.waitForText(By.cssSelector("vaadin-dialog-overlay"), "CSV or XLSX");
                }),
                Screen.at("quality check", "perf", "/returns/" + signedOff, ".decision-panel", "Quality check"),
                Screen.at("quality check grid", "perf", "/returns/" + signedOff + "/check", ".review-count",
                        "items shown"),
                // the report's own cycle: the newest in the shared database may be another test's of 300 returns
                Screen.at("compliance with its chart", "perf", "/compliance?cycle=" + reportCycle, ".completeness",
                        "Completeness curve"),
                new Screen("open-cycle dialog", "perf", page -> {
                    page.open("/compliance?cycle=" + reportCycle);
                    page.click(Page.button("Open a cycle…"));
                    page.waitForText(By.cssSelector("vaadin-dialog-overlay"), "Submission deadline");
                }),
                new Screen("extend deadline dialog", "perf", page -> {
                    page.open(openCycle);
                    page.click(By.cssSelector("vaadin-button[aria-label='Extend the deadline of Housing']"));
                    page.waitForText(By.cssSelector("vaadin-dialog-overlay"), "Reminders, the overdue notice");
                }),
                new Screen("change dates dialog", "perf", page -> {
                    page.open(openCycle);
                    page.click(Page.button("Change dates…"));
                    page.waitForText(By.cssSelector("vaadin-dialog-overlay"), "Report compiled on");
                }),
                Screen.at("services of the performance team", "perf", "/admin/services", "vaadin-grid",
                        "Adult Social Care Operations"),
                Screen.at("report approval of the performance team", "perf", approvalPath, ".report-preview",
                        "Executive summary"),

                Screen.startPage("ceo", "/inbox"),
                Screen.at("report approval of the chief executive", "ceo", approvalPath, ".decision-panel",
                        "Comments for the performance team"),

                Screen.startPage("sd.economy", "/inbox"),
                Screen.at("compliance of a strategic director", "sd.economy", "/compliance", ".completeness",
                        "Completeness curve"),
                Screen.at("countersign list of a strategic director", "sd.economy", "/countersign", "h2",
                        "Countersign returns"),

                Screen.startPage("admin", "/admin/users"),
                new Screen("users found, one of them disabled", "admin", page -> {
                    page.open("/admin/users");
                    page.typeAndStay(By.cssSelector("vaadin-text-field[placeholder='Username, name or email'] > input"),
                            "tour.people.");
                    page.waitForText(By.cssSelector(".listed-count"), "2 of ");
                }),
                new Screen("new user dialog", "admin", page -> {
                    page.open("/admin/users");
                    page.click(Page.button("New user…"));
                    page.waitForText(By.cssSelector("vaadin-dialog-overlay"), "Initial password");
                }),
                Screen.at("reminder schedule", "admin", "/admin/reminders", "h2", "Reminder schedule"),
                Screen.at("deputies of the administrator", "admin", "/delegations", "h2", "Deputies"),
                // newest first: a failed message and a reminder left out of a digest, with why, on top
                new Screen("outbox", "admin", page -> {
                    page.open("/admin/outbox");
                    page.waitForText(By.cssSelector("vaadin-grid-cell-content"),
                            "the return was submitted before it went");
                    page.waitForText(By.cssSelector("vaadin-grid-cell-content"), "Last error: No SMTP server");
                }),
                Screen.at("services of the administrator", "admin", "/admin/services", "vaadin-grid",
                        "Adult Social Care Operations"),

                new Screen("published reports", "reader", page -> {
                    approval.approve(reportCycle, "ceo");
                    awaitCycle(reportCycle, CycleStatus.PUBLISHED);
                    page.open("/reports");
                    page.waitForText(By.tagName("li"), "PDF, version 1");
                }),
                Screen.at("published report", "reader", "/reports/" + reportCycle, ".report-preview",
                        "Executive summary"));
    }

    private ReturnScenario opened(ReturnScenario scenario) {
        opened.add(scenario.cycle.id());
        return scenario;
    }

    /**
     * A return whose step a data officer claimed and then left Housing: it comes back to Housing's inboxes saying
     * who had it, to take over, the widest cell of the inbox's Claim column.
     */
    private void claimedByALeaver(int year) throws Exception {
        ReturnScenario claimed = opened(ReturnScenario.open(context, year));
        String leaver = "tour.claim.leaver";
        long economy = organisation.findService("Economy, Regeneration and Culture").orElseThrow().id();
        LongFunction<UserFields> officerOf = service -> new UserFields(leaver, "Alexandra Worthington-Blake",
                leaver + "@demo.council.test", Set.of(Role.DATA_OFFICER), service, null);
        admin.create(officerOf.apply(claimed.housing.serviceId()), "a-long-password-2395", "admin");
        claims.claim(tasks.createTaskQuery().processVariableValueEquals(ReturnProcess.VAR_RETURN_ID,
                claimed.housing.id()).taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).singleResult().getId(),
                leaver);
        admin.update(officerOf.apply(economy), "admin");
    }

    private ReturnScenario handedIn(int year) throws Exception {
        ReturnScenario scenario = opened(ReturnScenario.open(context, year));
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        workflow.submit(scenario.housing.id(), "data.housing");
        return scenario;
    }

    private void awaitCycle(long cycleId, CycleStatus status) {
        Await.until("the cycle " + status.label().toLowerCase(), ReturnScenario.WAIT,
                () -> cycles.find(cycleId).orElseThrow().status() == status);
    }

    /** Walks the screens in one browser, signing in again only when the person changes. */
    private static final class Tour {

        private final Page page;
        private String signedIn = "";

        Tour(Page page) {
            this.page = page;
        }

        void check(Screen screen) throws Throwable {
            if (!Objects.equals(screen.user(), signedIn)) {
                if (screen.user() == null) {
                    page.driver().manage().deleteAllCookies();
                    page.driver().get("about:blank");
                } else {
                    page.signIn(screen.user());
                }
                signedIn = screen.user();
            }
            screen.show().accept(page);
            page.settle();
            Browser.screenshot(page.driver(), screen.fileName());
            Accessibility.check(page.driver(), screen.name());
            TextInFull.check(page.driver(), screen.name());
            NoSidewaysScroll.check(page.driver(), screen.name());
            assertThat((List<?>) page.driver().executeScript("return Array.from(document.querySelectorAll('input'))"
                    + ".map(i => i.value).filter(v => /\\d\\s?(AM|PM|am|pm)\\b/.test(v))"))
                    .as("times on " + screen.name() + " written the UK way, 09:00 not 9:00 AM").isEmpty();
            // a stylesheet inside what a screen shows (a report's print styles) must not restyle the application,
            // and a report's own styles reach the report: its headings ruled off as printed, but its cover without
            // the space a printed cover leaves above it
            assertThat(page.driver().executeScript("return getComputedStyle(document.documentElement).fontSize"))
                    .as("the theme's base font on " + screen.name()).isEqualTo("16px");
            assertThat(page.driver().executeScript("const p = document.querySelector('.report-preview');"
                    + " const h = p && p.querySelector('h2'); const c = p && p.querySelector('.cover');"
                    + " return p == null ? 'no report' : h == null || c == null ? 'no heading or cover'"
                    + " : getComputedStyle(h).borderBottomWidth + ', ' + getComputedStyle(c).paddingTop"))
                    .as("a report's heading's rule and cover's top space on " + screen.name())
                    .isIn("no report", "2px, 8px");
        }
    }
}
