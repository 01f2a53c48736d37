package uk.quarterlyreturns.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.quarterlyreturns.support.BesideTheSuite;
import uk.quarterlyreturns.support.TestsOfTheirOwn;

/**
 * The tests that start whole applications (an external database and the production refusals, no mail server,
 * single sign-on), run in a JVM of their own beside the suite, each reported here as itself: after them the suite
 * would otherwise wait for them on its own. Then, in a second JVM with its own shared application, the tour of every
 * screen with its accessibility checks: run in the suite's JVM, its minute and a half left the suite's last minutes
 * on one core while the other stood idle.
 */
@Execution(ExecutionMode.CONCURRENT) // processes of their own: they run beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class ApplicationsOfTheirOwnTest {

    /** Each group in a JVM of its own, one after the other; all are excluded from the suite's JVM in pom.xml. */
    private static final List<List<String>> GROUPS = List.of(
            List.of("uk.quarterlyreturns.base.db.StartupConfigurationTest",
                    "uk.quarterlyreturns.base.security.SingleSignOnTest",
                    "uk.quarterlyreturns.compliance.ui.ChaseWithoutMailServerTest"),
            List.of("uk.quarterlyreturns.browser.AccessibilityBrowserTest"));

    @TestFactory
    Stream<DynamicTest> eachPassesInAJvmOfItsOwn() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "tests-of-their-own"));
        List<DynamicTest> tests = new ArrayList<>();
        for (int group = 0; group < GROUPS.size(); group++) {
            tests.addAll(run(GROUPS.get(group), folder.resolve("output-" + (group + 1) + ".txt"),
                    folder.resolve("results-" + (group + 1) + ".txt")));
        }
        return tests.stream();
    }

    private static List<DynamicTest> run(List<String> classes, Path log, Path results) throws Exception {
        Files.deleteIfExists(results);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=240m", "-XX:+UseSerialGC",
                "-Xmx1536m", "-Djava.awt.headless=true"));
        command.addAll(List.of("-cp", TestsOfTheirOwn.classPath(), TestsOfTheirOwn.class.getName(), results.toString()));
        command.addAll(classes);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        List<String> lines = Files.exists(results) ? Files.readAllLines(results) : List.of();
        if (lines.isEmpty()) {
            return List.of(dynamicTest("their JVM (" + String.join(", ", classes) + ")", () -> assertThat(lines)
                    .as("no results from the JVM of their own (exit " + (process.isAlive() ? "none"
                            : process.exitValue()) + "); see " + log).isNotEmpty()));
        }
        return lines.stream().map(line -> line.split("\t", 3)).map(result -> dynamicTest(result[1], () ->
                assertThat(result[0]).as(result[1] + ": " + result[2] + " (output: " + log + ")")
                        .isEqualTo("SUCCESSFUL"))).toList();
    }
}
