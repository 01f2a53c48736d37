package uk.quarterlyreturns.browser;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Every grid cell, every chosen value of a select and every field's value on the page shows its whole text: none is
 * cut short (an ellipsis, or text clipped at its edge), since nobody can widen a column to read a director's name,
 * nor read a cycle's status cut off in the list that chooses it; no field's label is cut short; and no word in a cell is
 * broken over two lines.
 */
final class TextInFull {

    // Text wider than the box that shows it is cut; a pixel's difference is rounding. A select shows its value in a
    // copy of the chosen item inside its value button; a field's value is the input's own.
    private static final String CUT_SHORT = """
            const shown = e => e.getClientRects().length > 0;
            const cut = e => e.scrollWidth > e.clientWidth + 1;
            const words = t => t.trim().replace(/\\s+/g, ' ');
            const cells = Array.from(document.querySelectorAll('vaadin-grid-cell-content'))
                .filter(c => shown(c) && c.textContent.trim() !== '' && cut(c)).map(c => words(c.textContent));
            const chosen = Array.from(document.querySelectorAll('vaadin-select-value-button'))
                .filter(b => shown(b) && b.textContent.trim() !== ''
                    && [b, ...b.querySelectorAll('*')].some(cut)).map(b => words(b.textContent));
            const values = Array.from(document.querySelectorAll('input'))
                .filter(i => shown(i) && i.type !== 'checkbox' && i.type !== 'radio' && i.type !== 'hidden'
                    && i.type !== 'file' && i.value !== '' && cut(i)).map(i => words(i.value));
            // A word of letters broken over two lines ("Administr / ator") reads as two; an address or a code may
            // break where it must, so only words of letters are held to it (a hyphen may end a line).
            const broken = [];
            for (const c of document.querySelectorAll('vaadin-grid-cell-content')) {
                if (!shown(c)) continue;
                const texts = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
                for (let n = texts.nextNode(); n; n = texts.nextNode()) {
                    for (const token of n.data.matchAll(/\\S+/g)) {
                        if (!/^[A-Za-z'\u2019-]+$/.test(token[0])) continue;
                        for (const word of token[0].matchAll(/[A-Za-z'\u2019]+/g)) {
                            const range = document.createRange();
                            range.setStart(n, token.index + word.index);
                            range.setEnd(n, token.index + word.index + word[0].length);
                            const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0)
                                .map(r => Math.round(r.top)));
                            if (lines.size > 1) broken.push(word[0] + ' (broken in "' + words(c.textContent) + '")');
                        }
                    }
                }
            }
            // A field's label is drawn in a part of its shadow, which Vaadin cuts short with an ellipsis.
            const part = e => e.shadowRoot && e.shadowRoot.querySelector('[part~="label"]');
            const labels = Array.from(document.querySelectorAll('*')).filter(e => part(e) && shown(part(e))
                    && cut(part(e)))
                .map(e => words((e.querySelector(':scope > [slot="label"]') || part(e)).textContent))
                .filter(t => t !== '').map(t => 'label: ' + t);
            return cells.concat(chosen, values, broken, labels);""";

    private TextInFull() {
    }

    /** Fails naming each cell or value cut short, and each word broken, on the screen. */
    static void check(WebDriver driver, String screen) {
        List<String> cut = cutShort(driver);
        if (!cut.isEmpty()) {
            throw new AssertionError(cut.size() + " cell(s) or value(s) cut short, or word(s) broken, on " + screen
                    + " (" + driver.getCurrentUrl() + "): " + cut);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> cutShort(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(CUT_SHORT);
    }
}
