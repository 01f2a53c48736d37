package uk.quarterlyreturns.browser;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Every grid cell on the page shows its whole text: none is cut short (an ellipsis, or text clipped at the cell's
 * edge), since nobody can widen a column to read a director's name or an address cut short.
 */
final class CellsInFull {

    // A cell's content wider than the cell itself is cut; a pixel's difference is rounding.
    private static final String CUT_SHORT = """
            return Array.from(document.querySelectorAll('vaadin-grid-cell-content'))
                .filter(c => c.getClientRects().length > 0 && c.textContent.trim() !== ''
                    && c.scrollWidth > c.clientWidth + 1)
                .map(c => c.textContent.trim().replace(/\\s+/g, ' '));""";

    private CellsInFull() {
    }

    /** Fails naming each cell cut short on the screen. */
    static void check(WebDriver driver, String screen) {
        List<String> cut = cutShort(driver);
        if (!cut.isEmpty()) {
            throw new AssertionError(cut.size() + " grid cell(s) cut short on " + screen + " ("
                    + driver.getCurrentUrl() + "): " + cut);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> cutShort(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(CUT_SHORT);
    }
}
