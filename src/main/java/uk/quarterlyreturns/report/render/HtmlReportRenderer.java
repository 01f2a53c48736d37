package uk.quarterlyreturns.report.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.quarterlyreturns.report.BeingCorrected;
import uk.quarterlyreturns.report.CompiledReport;

/**
 * The report as one HTML document: the in-app preview and the source of the PDF. Narrative text is
 * only ever written escaped; the one unescaped insertion is the SVG the report's own chart code drew.
 */
public final class HtmlReportRenderer {

    private static final String TEMPLATE = "report";
    // The PDF renderer reads the page as XML, where these characters are not allowed at all.
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private static final TemplateEngine ENGINE = engine();

    public String render(CompiledReport report) {
        return render(report, BeingCorrected.NONE);
    }

    /** A draft with the returns being corrected marked where their figures are printed. */
    public String render(CompiledReport report, BeingCorrected corrections) {
        Objects.requireNonNull(report, "report");
        Context context = new Context();
        context.setVariable("r", report);
        context.setVariable("corrections", Objects.requireNonNull(corrections, "corrections"));
        return NOT_XML.matcher(ENGINE.process(TEMPLATE, context)).replaceAll("");
    }

    /** A standalone engine, so the report renders the same inside and outside the web application. */
    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlReportRenderer.class.getClassLoader());
        resolver.setPrefix("report/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
