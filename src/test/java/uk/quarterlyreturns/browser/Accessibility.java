package uk.quarterlyreturns.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * The WCAG 2.2 AA rules of axe-core, run on the page as the browser shows it. Serious and critical
 * violations fail; each is listed with its rule, impact, the elements it was found on and what to do.
 */
public final class Accessibility {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");

    /** Violations found inside Vaadin's own components that no page of ours can put right. */
    private static final List<Allowance> VAADIN = List.of(
            new Allowance("target-size", "[vaadin-grid, #vaadin-grid-cell-", "is partially obscured",
                    "The grid makes its cells focusable for arrow-key navigation; a link of ours inside a cell"
                            + " covers most of it and is itself at least 24px high, so the cell's uncovered edges"
                            + " are no target anyone aims at."),
            new Allowance("aria-allowed-attr", "vaadin-select-value-button", "aria-required",
                    "A required Select puts aria-required on its inner value button, whose role (button)"
                            + " does not allow it; the field's label and required indicator still say it."),
            new Allowance("aria-allowed-attr", "vaadin-date-time-picker", "aria-required",
                    "A required DateTimePicker puts aria-required on its group host; its date and time"
                            + " inputs carry it as well, where it is allowed."));

    private Accessibility() {
    }

    /** Fails with a readable list when the page has a serious or critical violation. */
    public static void check(WebDriver driver, String screen) {
        List<String> found = violations(driver);
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " serious or critical accessibility violation(s) on " + screen
                    + " (" + driver.getCurrentUrl() + "):\n" + String.join("\n", found));
        }
    }

    static List<String> violations(WebDriver driver) {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations")); // passes are not needed: less to carry back
        // The page has no frames: axe runs in it at once, without the blank window that merges frames' results.
        Results results = new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not run: " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!FAILING.contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                String target = String.valueOf(node.getTarget());
                String summary = String.valueOf(node.getFailureSummary());
                if (VAADIN.stream().noneMatch(a -> a.covers(rule.getId(), target, summary))) {
                    found.add("- " + rule.getId() + " (" + rule.getImpact() + ") at " + target + ": " + rule.getHelp()
                            + "\n    " + summary.replace("\n", "\n    "));
                }
            }
        }
        return found;
    }

    /** One rule's one failure on one kind of element, left alone for the reason given. */
    record Allowance(String rule, String target, String failure, String why) {

        boolean covers(String ruleId, String nodeTarget, String failureSummary) {
            return rule.equals(ruleId) && nodeTarget.contains(target) && failureSummary.contains(failure);
        }
    }
}
