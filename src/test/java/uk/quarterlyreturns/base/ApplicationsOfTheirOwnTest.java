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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import uk.quarterlyreturns.support.BesideTheSuite;
import uk.quarterlyreturns.support.InAJvmOfItsOwn;
import uk.quarterlyreturns.support.TestsOfTheirOwn;

/**
 * The tests that start whole applications (an external database and the production refusals, no mail server,
 * single sign-on), run in a JVM of their own beside the suite, each reported here as itself: after them the suite
 * would otherwise wait for them on its own.
 */
@Execution(ExecutionMode.CONCURRENT) // a process of its own: it runs beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class ApplicationsOfTheirOwnTest {

    @Test
    void theSuitesJvmLeavesThemOut() throws Exception {
        assertThat(Files.readString(Path.of("pom.xml")))
                .contains("<excludedGroups>" + InAJvmOfItsOwn.TAG + "</excludedGroups>");
    }

    @TestFactory
    Stream<DynamicTest> eachPassesInAJvmOfItsOwn() throws Exception {
        List<String> classes = classesOfTheirOwn();
        assertThat(classes).as("test classes marked @InAJvmOfItsOwn").isNotEmpty();
        Path folder = Files.createDirectories(Path.of("target", "tests-of-their-own"));
        Path log = folder.resolve("output.txt");
        Path results = folder.resolve("results.txt");
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
            return Stream.of(dynamicTest("their JVM", () -> assertThat(lines).as("no results from the JVM of their"
                    + " own (exit " + (process.isAlive() ? "none" : process.exitValue()) + "); see " + log).isNotEmpty()));
        }
        return lines.stream().map(line -> line.split("\t", 3)).map(result -> dynamicTest(result[1], () ->
                assertThat(result[0]).as(result[1] + ": " + result[2] + " (output: " + log + ")")
                        .isEqualTo("SUCCESSFUL")));
    }

    /** Every test class marked {@link InAJvmOfItsOwn}, so that none is left out of both JVMs. */
    private static List<String> classesOfTheirOwn() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(InAJvmOfItsOwn.class));
        return scan.findCandidateComponents("uk.quarterlyreturns").stream().map(BeanDefinition::getBeanClassName)
                .sorted().toList();
    }
}
