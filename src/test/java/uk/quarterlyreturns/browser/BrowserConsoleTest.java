package uk.quarterlyreturns.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** A journey's wait that times out says what the page's scripts wrote to the console, for whoever reads the failure. */
@ExtendWith(SharedBrowser.class)
class BrowserConsoleTest {

    @Test
    void aWaitThatTimesOutSaysWhatThePagesConsoleHeld(ChromeDriver driver) {
        driver.get("data:text/html;charset=utf-8,<html lang='en'><title>Console</title>"
                // the words joined by the script, so that the page's address (in the message too) does not hold them
                + "<script>console.error(['the client', 'gave up here'].join(' '))</script>"
                + "<main><h1>Console</h1></main>");
        Page page = new Page(driver, path -> path, "console-failed", Duration.ofMillis(300));
        try {
            assertThatThrownBy(() -> page.waitForText(By.tagName("h1"), "text the page never shows"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Timed out waiting for text text the page never shows")
                    .hasMessageContaining("the client gave up here");
        } finally {
            driver.get("about:blank"); // the browser is shared: the next journey starts from a blank page
        }
    }
}
