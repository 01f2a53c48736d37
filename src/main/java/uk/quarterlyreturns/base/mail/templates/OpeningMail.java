package uk.quarterlyreturns.base.mail.templates;

import java.time.ZonedDateTime;

/**
 * What an email about a quarter's cycle the timer could not open says: which quarter, when it was last tried, why
 * (the refusal's own words) and what to do.
 *
 * @param recipientName who the email greets; null greets nobody by name
 * @param quarterName e.g. "Quarter 2 (July to September) 2017/18", which its subject leads with; always needed
 * @param reason why the cycle was refused, as the open-cycle dialog would say it; always needed
 * @param triedAt when it was last tried; always needed
 * @param stoppedTrying whether the timer has given up on the quarter (its week is over)
 * @param link absolute http(s) address of the compliance page, where the cycle is opened by hand; always needed
 */
public record OpeningMail(String recipientName, String quarterName, String reason, ZonedDateTime triedAt,
        boolean stoppedTrying, String link) {
}
