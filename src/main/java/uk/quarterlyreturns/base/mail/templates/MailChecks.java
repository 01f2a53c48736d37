package uk.quarterlyreturns.base.mail.templates;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a model that lacks what its kind of email must say, naming every missing field, so a mistake in the
 * caller fails loudly instead of sending "null" to a director.
 */
final class MailChecks {

    private static final Set<MailKind> NEED_DEADLINE = EnumSet.of(MailKind.RETURN_ISSUED, MailKind.REMINDER,
            MailKind.OVERDUE, MailKind.ESCALATION_STRATEGIC, MailKind.ESCALATION_CHIEF_EXECUTIVE, MailKind.CHASE,
            MailKind.DEADLINE_EXTENDED, MailKind.DEADLINE_CHANGED);
    private static final Set<MailKind> NEED_DIRECTOR =
            EnumSet.of(MailKind.ESCALATION_STRATEGIC, MailKind.ESCALATION_CHIEF_EXECUTIVE);

    private MailChecks() {
    }

    static void check(MailKind kind, ReturnMail mail) {
        expect(kind, MailKind.Model.RETURN);
        List<String> missing = new ArrayList<>();
        need(missing, "serviceName", mail.serviceName());
        need(missing, "quarterName", mail.quarterName());
        need(missing, "link", mail.link());
        if (NEED_DEADLINE.contains(kind)) {
            need(missing, "deadline", mail.deadline());
            need(missing, "closesIn", mail.closesIn());
        }
        if (NEED_DIRECTOR.contains(kind)) {
            need(missing, "directorName", mail.directorName());
        }
        if (kind == MailKind.ESCALATION_CHIEF_EXECUTIVE) {
            need(missing, "strategicDirectorName", mail.strategicDirectorName());
        }
        if (kind == MailKind.OVERDUE || kind == MailKind.ESCALATION_STRATEGIC) {
            need(missing, "nextEscalation", mail.nextEscalation());
        }
        if (kind == MailKind.SENT_BACK || kind == MailKind.RETURN_REOPENED || kind == MailKind.DEADLINE_EXTENDED
                || kind == MailKind.DEADLINE_CHANGED) {
            need(missing, "comment", mail.comment());
        }
        if (kind == MailKind.CHALLENGED || kind == MailKind.CHALLENGE_ANSWERED) {
            ReturnMail.Challenge challenge = mail.challenge();
            need(missing, "challenge", challenge);
            if (challenge != null) {
                need(missing, "challenge's itemCode", challenge.itemCode());
                need(missing, "challenge's question", challenge.question());
                challenge.alsoAsked().forEach(asked -> need(missing, "challenge's further question",
                        asked.question()));
                if (kind == MailKind.CHALLENGE_ANSWERED) {
                    need(missing, "challenge's answer", challenge.answer());
                }
            }
        }
        refuseIfMissing(kind, missing);
        checkLink(mail.link());
    }

    static void check(MailKind kind, ReportMail mail) {
        expect(kind, MailKind.Model.REPORT);
        List<String> missing = new ArrayList<>();
        need(missing, "title", mail.title());
        need(missing, "quarterName", mail.quarterName());
        need(missing, "link", mail.link());
        if (kind == MailKind.REPORT_RETURNED || kind == MailKind.REPORT_NOBODY_APPROVES) {
            need(missing, "comment", mail.comment());
        }
        refuseIfMissing(kind, missing);
        if (mail.version() < 1) {
            throw new IllegalArgumentException("A report's version starts at 1, not " + mail.version());
        }
        checkLink(mail.link());
    }

    static void check(MailKind kind, AccountMail mail) {
        expect(kind, MailKind.Model.ACCOUNT);
        List<String> missing = new ArrayList<>();
        need(missing, "username", mail.username());
        need(missing, "when", mail.when());
        need(missing, "contact", mail.contact());
        need(missing, "link", mail.link());
        if (kind == MailKind.ACCOUNT_PASSWORD_RESET || kind == MailKind.ACCOUNT_EMAIL_CHANGED) {
            need(missing, "changedBy", mail.changedBy());
        }
        if (kind == MailKind.ACCOUNT_EMAIL_CHANGED && MailWords.isBlank(mail.oldEmail())) {
            need(missing, "oldEmail or newEmail", mail.newEmail());
        }
        refuseIfMissing(kind, missing);
        checkLink(mail.link());
    }

    static void check(MailKind kind, OpeningMail mail) {
        expect(kind, MailKind.Model.OPENING);
        List<String> missing = new ArrayList<>();
        need(missing, "quarterName", mail.quarterName());
        need(missing, "reason", mail.reason());
        need(missing, "triedAt", mail.triedAt());
        need(missing, "link", mail.link());
        refuseIfMissing(kind, missing);
        checkLink(mail.link());
    }

    static void check(MailKind kind, StoppedStepsMail mail) {
        expect(kind, MailKind.Model.STOPPED);
        List<String> missing = new ArrayList<>();
        need(missing, "quarterName", mail.quarterName());
        need(missing, "steps", mail.steps() == null || mail.steps().isEmpty() ? null : mail.steps());
        if (mail.steps() != null) {
            mail.steps().forEach(step -> {
                need(missing, "a step's words", step.words());
                need(missing, "a step's failedAt", step.failedAt());
                need(missing, "a step's failure", step.failure());
            });
        }
        need(missing, "link", mail.link());
        refuseIfMissing(kind, missing);
        checkLink(mail.link());
    }

    static void check(DigestMail digest) {
        for (DigestItem item : digest.items()) {
            List<String> missing = new ArrayList<>();
            need(missing, "subject", item.subject());
            need(missing, "link", item.link());
            refuseIfMissing(MailKind.DAILY_DIGEST, missing);
            checkLink(item.link());
        }
    }

    private static void expect(MailKind kind, MailKind.Model model) {
        if (kind.model() != model) {
            throw new IllegalArgumentException(kind + " is rendered from a " + word(kind.model()) + " model, not a "
                    + word(model) + " model");
        }
    }

    private static String word(MailKind.Model model) {
        return model.name().toLowerCase(Locale.ROOT);
    }

    private static void need(List<String> missing, String field, Object value) {
        if (value == null || value instanceof String words && words.isBlank()) {
            missing.add(field);
        }
    }

    private static void refuseIfMissing(MailKind kind, List<String> missing) {
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("A " + kind + " email needs " + String.join(", ", missing));
        }
    }

    /** Links go into href attributes and are followed from mail clients: only absolute web addresses will do. */
    private static void checkLink(String link) {
        URI uri;
        try {
            uri = URI.create(link.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a web address: " + link, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException("A link in an email must be an absolute http(s) address: " + link);
        }
    }
}
