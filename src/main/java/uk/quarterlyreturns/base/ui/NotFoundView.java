package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist, or that the person may not open: said plainly, naming nothing inside. */
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    static final String MESSAGE = "There is no such page here, or it is not one you may open.";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H2("Page not found"), new Paragraph(MESSAGE), new Anchor("", "Go to your start page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
