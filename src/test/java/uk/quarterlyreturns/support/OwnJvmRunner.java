package uk.quarterlyreturns.support;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one test class with JUnit in this JVM, which {@link ApplicationsOfTheirOwnTest} starts for it: a line per
 * test, then {@value #PASSED} with the count when every test found passed (exit 0), or the failures (exit 1).
 */
public final class OwnJvmRunner {

    static final String PASSED = "OWN-JVM-PASSED";

    private OwnJvmRunner() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        TestExecutionListener lines = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    System.out.println("OWN-JVM-TEST " + result.getStatus() + " " + test.getDisplayName());
                }
            }
        };
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Class.forName(args[0])))
                .build(), summary, lines);
        TestExecutionSummary result = summary.getSummary();
        if (result.getTotalFailureCount() == 0 && result.getTestsSucceededCount() > 0
                && result.getTestsSucceededCount() == result.getTestsFoundCount()) {
            System.out.println(PASSED + " " + result.getTestsSucceededCount());
            System.exit(0);
        }
        result.printFailuresTo(new java.io.PrintWriter(System.out, true), 40);
        result.printTo(new java.io.PrintWriter(System.out, true));
        System.exit(1);
    }
}
