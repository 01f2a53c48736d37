package uk.quarterlyreturns.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Test classes whose application is configured unlike the shared test one run each in a JVM of its own, since
 * Camunda keeps its engines in static registries: the startup configuration (prod and the demo on fresh
 * databases), the application without a mail server, and single sign-on against a local OpenID Connect server.
 * Their JVMs mostly wait on the applications they start, so they run beside the rest of the suite, one after
 * another (the class is concurrent, its tests are not). Each JVM's output, a line per test, goes to
 * target/own-jvm/CLASS.log; a failure shows its end.
 */
@Execution(ExecutionMode.CONCURRENT)
class ApplicationsOfTheirOwnTest {

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void startupConfiguration() throws Exception {
        passesInItsOwnJvm("uk.quarterlyreturns.base.db.StartupConfigurationTest");
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void chaseWithoutMailServer() throws Exception {
        passesInItsOwnJvm("uk.quarterlyreturns.compliance.ui.ChaseWithoutMailServerTest");
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void singleSignOn() throws Exception {
        passesInItsOwnJvm("uk.quarterlyreturns.base.security.SingleSignOnTest");
    }

    private static void passesInItsOwnJvm(String testClass) throws Exception {
        Path log = Path.of("target", "own-jvm", testClass.substring(testClass.lastIndexOf('.') + 1) + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx2g", "-Djava.awt.headless=true", "-cp", classPath(),
                OwnJvmRunner.class.getName(), testClass));
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = jvm.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        String end = output.substring(Math.max(0, output.length() - 12_000));
        assertThat(ended && jvm.exitValue() == 0 && output.contains(OwnJvmRunner.PASSED))
                .as("%s in its own JVM (%s):%n%s", testClass, log.toAbsolutePath(), end).isTrue();
    }

    /** The test classpath without empty entries (surefire's ends in a separator, read as the working directory). */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }
}
