package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.stream.Stream;

/** Finding rows among hundreds: what a find box matches, how the count above a list reads, a filter's choices. */
public final class Finding {

    private Finding() {
    }

    /** The words typed, ready to match: trimmed, in lower case. */
    public static String words(String typed) {
        return typed.strip().toLowerCase(Locale.UK);
    }

    /** Whether any of the texts holds the words, case aside; no words match every row. */
    public static boolean matches(String words, String... texts) {
        return words.isEmpty() || Stream.of(texts)
                .anyMatch(text -> text != null && text.toLowerCase(Locale.UK).contains(words));
    }

    /** "300 services", or "42 of 300 services" while a filter leaves some out. */
    public static String listed(int shown, int all, boolean filtered, String one, String many) {
        return filtered ? shown + " of " + all + " " + many : all + " " + (all == 1 ? one : many);
    }

    /** A filter box's choices, these names sorted, with the one chosen among them (it says why nothing shows). */
    public static void choose(ComboBox<String> box, Stream<String> names, String chosen) {
        box.setItems(Stream.concat(names, Stream.ofNullable(chosen)).distinct().sorted().toList());
        box.setValue(chosen);
    }

    /**
     * The page's address says what its filter holds, in place of the address it had: typing pauses many times, and
     * a new history entry at each would make Back step through every half-typed word. The page is entered again,
     * as a navigation would, so that it knows its own address. A pause in typing that reaches the server after the
     * click that left the page changes nothing: the page now shown is not the filter's.
     */
    public static void keepInAddress(Component page, QueryParameters parameters) {
        UI ui = UI.getCurrent();
        if (!ui.getInternals().getActiveRouterTargetsChain().contains(page)) {
            return;
        }
        Location here = new Location(ui.getActiveViewLocation().getPath(), parameters);
        // a programmatic navigation adds no history entry; the browser's address is replaced instead
        ui.getInternals().getRouter().navigate(ui, here, NavigationTrigger.PROGRAMMATIC);
        ui.getPage().getHistory().replaceState(null, here);
    }

    /** Whether a find box already holds what the address says, give or take the spaces being typed. */
    public static boolean holds(String typed, String said) {
        return typed.strip().equals(said.strip());
    }
}
