package uk.quarterlyreturns.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.support.ViewTest;

/** The frame names who is signed in as colleagues know them, with the username they signed in with beside it. */
class MainLayoutTest extends ViewTest {

    @Test
    void namesThePersonSignedInAndKeepsTheirUsernameAsTheTooltip() {
        signIn("dir.housing");
        open("inbox");

        Span who = _get(Span.class, s -> s.withClasses("app-user"));
        assertThat(who.getText()).isEqualTo("Imran Hussain");
        assertThat(who.getTitle()).contains("dir.housing");
    }
}
