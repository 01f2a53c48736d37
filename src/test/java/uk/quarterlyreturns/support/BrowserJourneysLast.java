package uk.quarterlyreturns.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the browser journeys after every other class of the suite, which otherwise keeps its order. The
 * fault tests run beside the suite from its start and mostly keep one core busy; the journeys keep two
 * busy (Chromium and the server), so they fit best once the fault tests are done.
 */
public class BrowserJourneysLast implements ClassOrderer {

    static final String BROWSER = "uk.quarterlyreturns.browser.";

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(
                d -> d.getTestClass().getName().startsWith(BROWSER)));
    }
}
