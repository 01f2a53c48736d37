package uk.quarterlyreturns.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A return's form in the browser: its measures, key actions, submit dialog, decisions and challenges. */
final class ReturnPage {

    static final By DIALOG = By.cssSelector("vaadin-dialog-overlay");

    private final Page page;

    ReturnPage(Page page) {
        this.page = page;
    }

    static By measure(long measureId) {
        return By.cssSelector("section[aria-labelledby='measure-" + measureId + "']");
    }

    void value(long measureId, String text) {
        page.type(By.cssSelector("section[aria-labelledby='measure-" + measureId
                + "'] vaadin-text-field > input[slot='input']"), text);
    }

    /** A text area of a measure or key action by its label, e.g. "Reasons for performance". */
    void words(String sectionId, String label, String text) {
        page.type(textArea(sectionId, label), text);
    }

    /** The same, staying in the field: nothing but the typing itself can save it. */
    void wordsStaying(String sectionId, String label, String text) {
        page.typeAndStay(textArea(sectionId, label), text);
    }

    private static By textArea(String sectionId, String label) {
        return By.xpath("//section[@aria-labelledby='" + sectionId + "']//vaadin-text-area[.//label["
                + "normalize-space(.)='" + label + "']]//textarea");
    }

    void keyActionStatus(long actionId, String rating) {
        page.click(By.cssSelector("section[aria-labelledby='action-" + actionId + "'] vaadin-select"));
        page.chooseItem(rating);
        page.settle();
    }

    /** Presses Submit and waits for the dialog to say something. */
    void trySubmit(String expected) {
        page.click(Page.button("Submit return"));
        page.waitForText(DIALOG, expected);
    }

    void closeDialog(String button) {
        page.click(Page.button(button));
        page.settle();
    }

    void challenge(String item, String text) {
        page.type(By.xpath("//vaadin-text-area[.//label[normalize-space(.)='Challenge " + item + "']]//textarea"),
                text);
        page.click(Page.button("Add challenge"));
        page.waitForText(By.cssSelector(".challenges"), "Challenged by");
    }

    /** On the quality check's grid: opens the item's row in full from the keyboard and challenges it there. */
    void challengeFromGrid(String item, String text) {
        WebElement open = page.driver().findElement(By.cssSelector("vaadin-button[aria-label='Open " + item
                + " in full, with its challenges']"));
        page.driver().executeScript("arguments[0].focus()", open);
        open.sendKeys(Keys.ENTER);
        page.waitForText(DIALOG, "Why shown");
        challenge(item, text);
        closeDialog("Close");
        page.waitForText(By.cssSelector(".review-grid vaadin-grid-cell-content"), "Open: " + text);
    }

    void answer(String item, String text) {
        page.type(By.xpath("//vaadin-text-area[.//label[normalize-space(.)='Answer the challenge on " + item
                + "']]//textarea"), text);
        page.click(Page.button("Send answer"));
        page.waitForText(By.cssSelector(".challenges"), "Answered by");
    }
}
