package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.html.Span;
import uk.quarterlyreturns.base.security.Names;

/**
 * A person named on a page as people know them, with the username they sign in with as the tooltip (as the frame
 * names the signed-in person); a username with no person behind it shows as it is.
 */
public class PersonName extends Span {

    public PersonName(Names names, String username) {
        super(names.of(username));
        addClassName("person-name");
        if (names.known(username)) {
            setTitle(username);
        }
    }
}
