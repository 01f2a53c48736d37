package uk.quarterlyreturns.support;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs test classes in this JVM (arguments: the results file, then the classes) and writes one line a test:
 * outcome, name and, for one that did not succeed, why, tab-separated. The suite starts it for the tests that start
 * whole applications of their own, which would disturb its shared application (Camunda's static registries).
 */
public final class TestsOfTheirOwn {

    private TestsOfTheirOwn() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = new CopyOnWriteArrayList<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(args).skip(1).map(DiscoverySelectors::selectClass).toList()).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        // a class whose set-up failed runs no tests: it is reported as itself
                        if (test.isTest() || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                            lines.add(result.getStatus() + "\t" + name(test) + "\t"
                                    + result.getThrowable().map(TestsOfTheirOwn::trace).orElse(""));
                        }
                    }

                    @Override
                    public void executionSkipped(TestIdentifier test, String reason) {
                        lines.add("SKIPPED\t" + name(test) + "\t" + reason);
                    }
                });
        Files.write(Path.of(args[0]), lines);
        System.exit(0);
    }

    /**
     * This JVM's class path for a JVM it starts, without the empty entry surefire's ends in, which a JVM reads as the
     * working directory (the project's processes/ folder would then be deployed twice).
     */
    public static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    private static String name(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> m.getJavaClass().getSimpleName() + "." + test.getDisplayName())
                .orElse(test.getDisplayName());
    }

    /** The failure's stack trace, on one line (" | " for its line breaks). */
    private static String trace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString().replace("\t", " ").replace("\n", " | ");
    }
}
