package uk.quarterlyreturns.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;

/** What a person does in the browser, with waits that leave a screenshot of the page when they time out. */
public class Page {

    // True once Vaadin has answered every request and no transition (a dialog opening, a fade) still runs. A
    // pressed button's highlight, drawn on its ::before, fades for 1.4 s; a pseudo-element's fade moves nothing.
    private static final String SETTLED = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) return false;
            for (const c of Object.values(flow.clients)) { if (c.isActive()) return false; }
            if (document.querySelector('[opening], [closing]')) return false;
            return document.getAnimations().every(a => a.playState !== 'running' || (a.effect && a.effect.pseudoElement));
            """;

    // Inside a loaded application, a router link moves to the path without reloading the whole client.
    private static final String ROUTER_LINK = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients || Object.keys(flow.clients).length === 0) return false;
            const link = document.createElement('a');
            link.href = arguments[0];
            link.setAttribute('router-link', '');
            document.body.appendChild(link);
            link.click();
            link.remove();
            return true;
            """;

    /** How long a followed link may take to change the address before it is taken as lost. */
    private static final Duration LINK_FOLLOWED = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final Function<String, String> url;
    private final String failureShot;
    private final Duration patience;

    public Page(ChromeDriver driver, Function<String, String> url, String failureShot) {
        this(driver, url, failureShot, Duration.ofSeconds(90));
    }

    /** Waiting at most {@code patience} for each thing, so that a test can see a wait fail. */
    Page(ChromeDriver driver, Function<String, String> url, String failureShot, Duration patience) {
        this.driver = driver;
        this.url = url;
        this.failureShot = failureShot;
        this.patience = patience;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void signIn(String user, String startPath) {
        signIn(user);
        waitForPath(startPath);
    }

    public void signIn(String user) {
        new LoginPage(driver, url.apply("")).open().signIn(user, "demo");
        waitOrShow("signed in as " + user, () -> waitFor().until(d -> !d.getCurrentUrl().contains("/login")));
    }

    /**
     * Follows a link to the path inside the loaded application, or loads it. A link clicked just after a page has
     * loaded, before the client-side router listens, is lost (the browser's console showed no navigation sent): the
     * address is then loaded afresh, as a person would when a click did nothing.
     */
    public void open(String path) {
        if (!(Boolean.TRUE.equals(driver.executeScript(ROUTER_LINK, path)) && followed(path))) {
            driver.get(url.apply(path));
        }
        settle();
        waitForPath(path);
    }

    /** Whether the link just clicked reached the path within {@link #LINK_FOLLOWED}. */
    private boolean followed(String path) {
        settle();
        try {
            Browser.waitUpTo(driver, LINK_FOLLOWED).until(d -> at(path));
            return true;
        } catch (TimeoutException lost) {
            return false;
        }
    }

    /** Loads the address afresh, as typing it in would: the root, for one, forwards each role to its page. */
    public void load(String path) {
        driver.get(url.apply(path));
        settle();
    }

    public static By button(String text) {
        return By.xpath("//vaadin-button[normalize-space(.)='" + text + "']");
    }

    /** Types as a person does and leaves the field with Tab, which saves it. */
    public void type(By field, String text) {
        keys(field, Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /** Types as a person does and stays in the field, as someone who then closes the tab. */
    public void typeAndStay(By field, String text) {
        keys(field, Keys.chord(Keys.CONTROL, "a"), text);
    }

    private void keys(By field, CharSequence... keys) {
        WebElement input = waitFor().until(ExpectedConditions.presenceOfElementLocated(field));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        if (!input.isDisplayed()) {
            Browser.screenshot(driver, failureShot);
            throw new AssertionError("Not shown: " + field + " in " + input.getDomProperty("outerHTML"));
        }
        input.sendKeys(keys);
    }

    /** Brings the button to the middle of the window, clear of the bar on top, and presses it. */
    public void click(By by) {
        // a grid may hide a row for an instant while it draws it again: the click is tried again, as a person would
        waitOrShow("to click " + by, () -> waitFor().ignoring(ElementNotInteractableException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        }));
    }

    /**
     * Clicks the item of an open select's list: not the copy of the chosen item the select shows as its value, nor an
     * item of another select's list, closed.
     */
    public void chooseItem(String text) {
        By items = By.xpath("//vaadin-select-item[normalize-space(.)='" + text + "']"
                + "[not(ancestor::vaadin-select-value-button)]");
        waitOrShow("to choose " + text, () -> waitFor().ignoring(ElementNotInteractableException.class)
                .ignoring(StaleElementReferenceException.class).until(d -> {
                    for (WebElement item : d.findElements(items)) {
                        if (item.isDisplayed() && item.isEnabled()) {
                            item.click();
                            return true;
                        }
                    }
                    return false;
                }));
    }

    public void waitForPath(String path) {
        waitOrShow("path " + path, () -> waitFor().until(d -> at(path)));
    }

    private boolean at(String path) {
        return driver.getCurrentUrl().endsWith(path);
    }

    public void waitForText(By by, String text) {
        waitOrShow("text " + text, () -> waitFor().until(d -> d.findElements(by).stream()
                .anyMatch(e -> String.valueOf(e.getDomProperty("textContent")).contains(text))));
    }

    /** Waits until the server has answered and the page has stopped moving. */
    public void settle() {
        waitOrShow("the page to settle", () -> waitFor().until(d -> Boolean.TRUE.equals(driver.executeScript(SETTLED))));
    }

    /** A wait that failed leaves a screenshot of what the page showed instead, and says what its console held. */
    private void waitOrShow(String what, Runnable wait) {
        try {
            wait.run();
        } catch (TimeoutException e) {
            Browser.screenshot(driver, failureShot);
            List<String> console = Browser.console(driver);
            throw new AssertionError("Timed out waiting for " + what + " on " + driver.getCurrentUrl()
                    + "; the browser's console, latest last:\n" + String.join("\n",
                            console.subList(Math.max(0, console.size() - 30), console.size())), e);
        }
    }

    /** Vaadin may render an element again between finding it and reading it: look again rather than fail. */
    private FluentWait<WebDriver> waitFor() {
        return Browser.waitUpTo(driver, patience).ignoring(StaleElementReferenceException.class);
    }
}
