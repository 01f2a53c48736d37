package uk.quarterlyreturns.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The WCAG 2.2 AA rules of axe-core, run on the page as the browser shows it. Serious and critical
 * violations fail; each is listed with its rule, impact, the elements it was found on and what to do.
 */
public final class Accessibility {

    private static final String OPTIONS = """
            {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
             "resultTypes": ["violations"]}""";
    // Only the violations come back, as one string: less to carry than the whole result as browser objects.
    private static final String RUN =
            "return axe.run(document, JSON.parse(arguments[0])).then(r => JSON.stringify(r.violations));";
    private static final String AXE_SCRIPT = axeScript();
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
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

    /** axe-core itself, as its Selenium library ships it. */
    private static String axeScript() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // Vaadin moves between views within one document, where axe stays loaded from the screen before: its
        // script (half a megabyte) is sent only to a document that lacks it. The page has no frames to merge.
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(AXE_SCRIPT);
        }
        List<Rule> violations;
        try {
            violations = JSON.readValue((String) js.executeScript(RUN, OPTIONS), new TypeReference<List<Rule>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("axe-core's results could not be read", e);
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : violations) {
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
