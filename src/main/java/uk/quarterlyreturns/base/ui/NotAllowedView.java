package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in person sees on opening a page their roles do not allow (a link from someone else, a
 * bookmark, a typed address): a plain refusal inside the usual layout, with the menu of what they may open.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H2("You may not open this page"),
                new Paragraph("Your roles do not include this page (" + event.getLocation().getPath() + "). The menu"
                        + " shows what you may open; ask an administrator if you need more."),
                new Anchor("", "Go to your start page"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
