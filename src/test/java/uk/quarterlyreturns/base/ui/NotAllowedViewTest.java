package uk.quarterlyreturns.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.support.ViewTest;

/** A page the person's roles do not allow is refused plainly, inside the usual layout with their menu. */
class NotAllowedViewTest extends ViewTest {

    @Test
    void aDataOfficerOpeningTheUsersPageIsToldPlainlyWithTheMenuStillThere() {
        signIn("data.housing");
        open("admin/users");

        assertThat(_get(NotAllowedView.class).getElement().getTextRecursively())
                .contains("You may not open this page", "admin/users").doesNotContain("Could not navigate");
        assertThat(_find(MainLayout.class)).hasSize(1);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Inbox")
                .doesNotContain("Users");
    }
}
