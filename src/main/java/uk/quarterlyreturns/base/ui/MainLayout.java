package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import uk.quarterlyreturns.base.security.PersonNames;

/** The frame around every signed-in page: a menu of what this person may open, and sign out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser user, SettingsDialog settingsDialog, PersonNames names) {
        Span title = new Span("Quarterly Returns");
        title.addClassName("app-title");
        // people know themselves by name; the username, which they sign in with, is kept as the tooltip
        Span who = new Span(names.nameOf(user.username()));
        who.setTitle(user.username());
        who.addClassName("app-user");
        // a page with something unsaved asks first, as it does when another page is opened
        Button signOut = new Button("Sign out", e -> LeavingUnsaved.signOut(e.getSource().getUI().orElseThrow(),
                user::logout));
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button settings = new Button("My settings", e -> settingsDialog.open(user.username()));
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who, settings, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("app-bar");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(entry.title(), entry.path()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
