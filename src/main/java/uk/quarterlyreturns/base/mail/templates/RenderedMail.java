package uk.quarterlyreturns.base.mail.templates;

/**
 * An email ready to send: a one-line subject, the plain-text part and the HTML part.
 *
 * @param subject one line, no line breaks
 * @param text the plain-text part, lines separated by {@code \n}
 * @param html the HTML part: a whole document in UTF-8
 */
public record RenderedMail(String subject, String text, String html) {
}
