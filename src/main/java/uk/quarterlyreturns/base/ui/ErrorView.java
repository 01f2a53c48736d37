package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.quarterlyreturns.base.Faults;

/**
 * What anyone sees when a page fails: a plain sentence and a reference to quote, never the exception or
 * its class (which Vaadin's own page shows). The details go to the log under the same reference.
 */
@PermitAll
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    static final String MESSAGE = "Something went wrong and the page could not be shown. Try again; if it keeps"
            + " happening, tell the administrator the reference below.";
    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    /** A forgotten password's link carries its one-time key in the path: whoever reads the log must not get it. */
    private static final java.util.regex.Pattern RESET_KEY = java.util.regex.Pattern.compile("^(reset-password)/.*");

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = Faults.reference();
        log.error("Page {} failed (reference {})", logged(event.getLocation().getPath()), reference,
                parameter.getCaughtException());
        removeAll();
        add(new H2("Sorry"), new Paragraph(MESSAGE), new Paragraph("Reference: " + reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    static String logged(String path) {
        return RESET_KEY.matcher(path).replaceFirst("$1/(its key left out)");
    }
}
