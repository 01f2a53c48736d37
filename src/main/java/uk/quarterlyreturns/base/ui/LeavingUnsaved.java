package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveEvent.ContinueNavigationAction;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Leaving a page that shows something typed and not saved (a figure the form cannot read, words saved only by their
 * button) for another page, or signing out from it, would lose it unseen: the person is asked first, and Cancel keeps
 * them on the page with it as typed. Reading the same page again is not asked about: it is how a person sees what is
 * stored now. Leaving the application itself (a reload, closing the tab, another address typed) is asked by the
 * browser, in its own words: after each change on the page the browser is told whether anything is unsaved.
 */
public final class LeavingUnsaved {

    // one listener per tab, asking only while the page says something is unsaved; a browser shows its own words
    private static final String LISTEN = """
            if (!window.unsavedOnPage) {
              const guard = {unsaved: false, ask: e => { if (guard.unsaved) { e.preventDefault(); e.returnValue = ''; } }};
              window.unsavedOnPage = guard;
              window.addEventListener('beforeunload', guard.ask);
            }
            window.unsavedOnPage.unsaved = false;""";
    private static final String TELL = "if (window.unsavedOnPage) { window.unsavedOnPage.unsaved = $0; }";
    private static final String STOP = """
            if (window.unsavedOnPage) {
              window.removeEventListener('beforeunload', window.unsavedOnPage.ask);
              delete window.unsavedOnPage;
            }""";

    private final Component page;
    private final Supplier<Optional<String>> unsaved;
    /** What the browser was last told: it is told again only when that changes. */
    private boolean told;
    private boolean checkPending;

    /** @param unsaved what on the page is not saved, in words, or empty to let the person go */
    public LeavingUnsaved(Component page, Supplier<Optional<String>> unsaved) {
        this.page = page;
        this.unsaved = unsaved;
        page.addAttachListener(e -> {
            ComponentUtil.setData(e.getUI(), LeavingUnsaved.class, this);
            e.getUI().getPage().executeJs(LISTEN);
            told = false;
            check();
        });
        page.addDetachListener(e -> {
            if (ComponentUtil.getData(e.getUI(), LeavingUnsaved.class) == this) {
                ComponentUtil.setData(e.getUI(), LeavingUnsaved.class, null);
            }
            e.getUI().getPage().executeJs(STOP);
        });
    }

    /** Asks before another page of the application opens in this one. */
    public void ask(BeforeLeaveEvent event) {
        if (event.getLocation().getPath().equals(
                event.getUI().getInternals().getActiveViewLocation().getPath())) {
            return; // the page read again: the way to see what is stored now, as a refused save says
        }
        unsaved.get().ifPresent(what -> {
            ContinueNavigationAction leave = event.postpone();
            Confirmations.askDestructive("Leave without saving?", "Not saved: " + what + ". Cancel to stay and"
                    + " save it; if you leave the page, it is lost.", "Leave and lose it", leave::proceed);
        });
    }

    /** Signs out, but from a page with something unsaved only once the person says to: signing out loses it too. */
    public static void signOut(UI ui, Runnable signOut) {
        LeavingUnsaved guard = ComponentUtil.getData(ui, LeavingUnsaved.class);
        Optional<String> what = guard == null ? Optional.empty() : guard.unsaved.get();
        if (what.isEmpty()) {
            signOut.run();
            return;
        }
        Confirmations.askDestructive("Sign out without saving?", "Not saved: " + what.get() + ". Cancel to stay and"
                + " save it; if you sign out, it is lost.", "Sign out and lose it", () -> {
                    guard.tell(ui, false); // asked once already: the browser is not to ask again as the page goes
                    signOut.run();
                });
    }

    /**
     * Follows every field and button the page now shows: a change or a click may save what was typed, or leave it
     * unsaved. To be called each time the page is drawn afresh.
     */
    public void watch() {
        watch(page);
        check();
    }

    private void watch(Component c) {
        if (c instanceof HasValue<?, ?> field) {
            field.addValueChangeListener(e -> check());
        }
        if (c instanceof ClickNotifier<?> button) {
            button.addClickListener(e -> check());
        }
        c.getChildren().forEach(this::watch);
    }

    /** Tells the browser whether anything is unsaved, once all the page does in answer to this request is done. */
    private void check() {
        if (checkPending) {
            return;
        }
        page.getUI().ifPresent(ui -> {
            checkPending = true;
            ui.beforeClientResponse(page, context -> {
                checkPending = false;
                tell(ui, unsaved.get().isPresent());
            });
        });
    }

    private void tell(UI ui, boolean now) {
        if (now != told) {
            told = now;
            ui.getPage().executeJs(TELL, now);
        }
    }
}
