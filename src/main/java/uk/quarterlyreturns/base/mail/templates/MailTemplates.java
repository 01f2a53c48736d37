package uk.quarterlyreturns.base.mail.templates;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the chasing and reporting emails: the subject in Java, the plain-text part from
 * {@code mail/<kind>.txt} and the HTML part from {@code mail/<kind>.html} (laid out by {@code mail/layout.html}).
 * Templates are read once and cached; one instance is safe to share between threads.
 *
 * <p>Each render refuses, with an {@link IllegalArgumentException} naming the missing fields, a model that lacks
 * what its kind must say, a kind rendered from another model, and a link that is not an absolute http(s) address.
 */
@Component
public final class MailTemplates {

    private final TemplateEngine engine;

    public MailTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
        resolver.getHtmlTemplateModePatternSpec().addPattern("*.html");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);

        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new MailExpressions());

        engine = new TemplateEngine();
        engine.setDialect(dialect);
        engine.setTemplateResolver(resolver);
    }

    /** An email about one service's return: any kind whose {@link MailKind#model()} is RETURN. */
    public RenderedMail render(MailKind kind, ReturnMail mail) {
        String subject = MailSubjects.forReturn(kind, mail);
        return render(kind, subject, MailVariables.forReturn(subject, mail));
    }

    /** An email about the corporate report: any kind whose {@link MailKind#model()} is REPORT. */
    public RenderedMail render(MailKind kind, ReportMail mail) {
        String subject = MailSubjects.forReport(kind, mail);
        return render(kind, subject, MailVariables.forReport(subject, mail));
    }

    /** The {@link MailKind#DAILY_DIGEST} for one person. */
    public RenderedMail render(DigestMail digest) {
        String subject = MailSubjects.forDigest(digest);
        return render(MailKind.DAILY_DIGEST, subject, MailVariables.forDigest(subject, digest));
    }

    /** An email about a person's own account: any kind whose {@link MailKind#model()} is ACCOUNT. */
    public RenderedMail render(MailKind kind, AccountMail mail) {
        String subject = MailSubjects.forAccount(kind, mail);
        return render(kind, subject, MailVariables.forAccount(subject, mail));
    }

    /** A quarter's cycle that did not open by itself: any kind whose {@link MailKind#model()} is OPENING. */
    public RenderedMail render(MailKind kind, OpeningMail mail) {
        String subject = MailSubjects.forOpening(kind, mail);
        return render(kind, subject, MailVariables.forOpening(subject, mail));
    }

    /** A cycle's steps that stopped: any kind whose {@link MailKind#model()} is STOPPED. */
    public RenderedMail render(MailKind kind, StoppedStepsMail mail) {
        String subject = MailSubjects.forStopped(kind, mail);
        return render(kind, subject, MailVariables.forStopped(subject, mail));
    }

    private RenderedMail render(MailKind kind, String subject, Map<String, Object> variables) {
        Context context = new Context(Locale.UK, variables);
        String text = engine.process(kind.templateName() + ".txt", context);
        String html = engine.process(kind.templateName() + ".html", context);
        return new RenderedMail(subject, text, html);
    }
}
