package uk.quarterlyreturns.base.mail.templates;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What an email about a cycle's stopped steps says: which quarter, each step that failed every time it was tried (in
 * the performance team's words, with when it last failed and why), and where to try it again.
 *
 * @param recipientName who the email greets; null greets nobody by name
 * @param quarterName e.g. "Quarter 2 (July to September) 2017/18", which its subject leads with; always needed
 * @param steps at least one
 * @param link absolute http(s) address of the cycle's compliance page, where each is tried again; always needed
 */
public record StoppedStepsMail(String recipientName, String quarterName, List<Step> steps, String link) {

    /**
     * One stopped step.
     *
     * @param words e.g. "Compiling the report"
     * @param failedAt when it last failed
     * @param failure what it failed with, in one line
     */
    public record Step(String words, ZonedDateTime failedAt, String failure) {
    }
}
