package uk.quarterlyreturns.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-in page. */
public class LoginPage {

    private final WebDriver driver;
    private final String baseUrl;

    public LoginPage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public LoginPage open() {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/login");
        waitFor(By.cssSelector("#vaadinLoginUsername input"));
        return this;
    }

    /** Types the credentials as a person would and presses Enter. */
    public void signIn(String username, String password) {
        WebElement user = waitFor(By.cssSelector("#vaadinLoginUsername input"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
    }

    public boolean showsError() {
        return Browser.waitUpTo(driver, Duration.ofSeconds(30)).until(d ->
                d.getCurrentUrl().contains("error")
                        && !d.findElements(By.cssSelector("vaadin-login-form[error]")).isEmpty());
    }

    private WebElement waitFor(By by) {
        return Browser.waitUpTo(driver, Duration.ofSeconds(90))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
