package uk.quarterlyreturns.browser;

import org.openqa.selenium.By;

/** The compliance view in the browser: the grid's selection and bulk acceptance. */
final class CompliancePage {

    private final Page page;

    CompliancePage(Page page) {
        this.page = page;
    }

    /** Ticks the grid's select-all box, then asks to accept and waits for the dialog's verdicts. */
    void bulkAccept(String expected) {
        page.waitForText(By.cssSelector("vaadin-grid"), "Housing");
        page.click(By.cssSelector("vaadin-grid vaadin-checkbox"));
        page.settle();
        page.click(Page.button("Accept selected signed-off returns…"));
        page.waitForText(ReturnPage.DIALOG, expected);
    }
}
