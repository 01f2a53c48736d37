package uk.quarterlyreturns.browser;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * No grid on a screen scrolls sideways at the browser's width (1,400 pixels, the menu open): a performance officer on
 * a council laptop reads a row whole, its actions included, without looking for a scroll bar under the last row. The
 * quality check's grid of items is the one meant to: its item and Open button stay in view, and a person hides the
 * columns they do not need ("Columns").
 */
final class NoSidewaysScroll {

    // A grid draws its rows in a table in its shadow; wider than the grid, it scrolls. A pixel's difference is
    // rounding. Each column's width is said, to show where the room went.
    private static final String WIDER = """
            const header = th => {
                const slot = th.querySelector('slot');
                const content = slot && slot.assignedElements()[0];
                return (content ? content.textContent.trim() : '') || '(no header)';
            };
            return Array.from(document.querySelectorAll('vaadin-grid'))
                .filter(g => g.getClientRects().length > 0 && g.shadowRoot)
                .map(g => g.shadowRoot.querySelector('#table'))
                .filter(t => t && t.getAttribute('aria-label') !== 'Items to check')
                .filter(t => t.scrollWidth > t.clientWidth + 1)
                .map(t => (t.getAttribute('aria-label') || 'a grid') + ': ' + t.scrollWidth + ' px in '
                    + t.clientWidth + ' (' + Array.from(t.querySelectorAll('thead tr:last-child th'))
                        .filter(th => !th.hidden && th.offsetWidth > 0)
                        .map(th => header(th) + ' ' + th.offsetWidth).join(', ') + ')');""";

    private NoSidewaysScroll() {
    }

    /** Fails naming each grid wider than the room it has, with both widths. */
    static void check(WebDriver driver, String screen) {
        List<String> wider = wider(driver);
        if (!wider.isEmpty()) {
            throw new AssertionError(wider.size() + " grid(s) scroll sideways on " + screen + " ("
                    + driver.getCurrentUrl() + "): " + wider);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> wider(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(WIDER);
    }
}
