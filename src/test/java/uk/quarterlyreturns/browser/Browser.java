package uk.quarterlyreturns.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium driven headless, with nothing downloaded and no outside traffic. */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        return start(options -> { });
    }

    /**
     * One that shows the page's question before it is unloaded (a reload with something unsaved), for a test to answer
     * through {@code switchTo().alert()}: a plain WebDriver session lets every such question pass unseen, as its
     * standard says, and only a session with its BiDi channel open may be told to leave them to the test.
     */
    public static ChromeDriver askingBeforeUnload() {
        return start(options -> {
            options.setCapability("webSocketUrl", true);
            options.setCapability("unhandledPromptBehavior", Map.of("beforeUnload", "ignore"));
        });
    }

    private static ChromeDriver start(Consumer<ChromeOptions> more) {
        Path chromium = Path.of(env("CHROMIUM_BIN", "/usr/bin/chromium"));
        Path chromedriver = Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
        BrowserPrerequisites.check(chromium, chromedriver);
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toString());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-GB",
                    "--user-data-dir=" + profile);
            // the page's console is kept, for a wait that times out to say what the page's scripts said
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            more.accept(options);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A wait that looks again every 100 ms: Selenium's default of half a second added a quarter of a second, on
     * average, to every step of a journey that did not find its page ready at the first look.
     */
    public static WebDriverWait waitUpTo(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.pollingEvery(Duration.ofMillis(100));
        return wait;
    }

    /** Saves what the page shows under target/screenshots, for a reviewer to look at. */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the page's scripts wrote to the console since the last call (Vaadin's client reports its errors there),
     * a line each; a driver that cannot say gives a line saying so, never an exception over the failure it explains.
     */
    public static List<String> console(WebDriver driver) {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
        } catch (RuntimeException e) {
            return List.of("(the browser's console could not be read: " + e.getMessage() + ")");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
