package uk.quarterlyreturns.browser;

import org.junit.jupiter.api.function.ThrowingConsumer;
import org.openqa.selenium.By;

/**
 * One screen to look at: who is signed in (null: nobody) and how to bring it up once signed in. A screen
 * of a role's start page opens the application's root, which sends each role to its own page.
 */
record Screen(String name, String user, ThrowingConsumer<Page> show) {

    static Screen startPage(String user, String path) {
        return new Screen("start page of " + user, user, page -> {
            // Signing in has just gone through the root to this page: loading it a second time shows nothing new.
            if (!page.driver().getCurrentUrl().endsWith(path)) {
                page.load("/");
            }
            page.waitForPath(path);
        });
    }

    static Screen at(String name, String user, String path, String cssSelector, String text) {
        return new Screen(name, user, page -> {
            page.open(path);
            page.waitForText(By.cssSelector(cssSelector), text);
        });
    }

    /** The file name of its screenshot under target/screenshots. */
    String fileName() {
        return "screen-" + name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase();
    }
}
