package uk.quarterlyreturns.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import uk.quarterlyreturns.support.TestsOfTheirOwn;

/**
 * A {@link ChildApplication} in a JVM of its own, started from the test classpath. Its output goes to
 * target/faults/NAME.log, and the test waits on the lines the launcher prints.
 */
final class ChildProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final PrintWriter stdin;
    private final List<String> said = new CopyOnWriteArrayList<>();
    private final Path log;
    private final long startedAt = System.nanoTime();

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stdin = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(this::pump, "child-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the launcher with the system properties (key=value) and application arguments. */
    static ChildProcess start(String name, List<String> systemProperties, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-XX:+UseSerialGC",
                // the quick compiler only: an application that lives a minute spends less on compiling itself
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true"));
        systemProperties.forEach(p -> command.add("-D" + p));
        command.addAll(List.of("-cp", TestsOfTheirOwn.classPath(), ChildApplication.class.getName()));
        command.addAll(args);
        Path log = Path.of("target", "faults", name + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new ChildProcess(name, process, log);
    }


    private void pump() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                file.write(line);
                file.write('\n');
                file.flush();
                if (line.startsWith("FAULTS-")) {
                    said.add(line);
                }
            }
        } catch (IOException e) {
            // the process has gone
        }
    }

    /** Waits for the launcher's line starting with the word and returns it split into words. */
    String[] await(String word, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (String line : said) {
                if (line.startsWith(word + " ")) {
                    said.remove(line);
                    return line.split(" ");
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited (" + process.exitValue() + ") before " + word + "; see "
                        + log.toAbsolutePath());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " did not say " + word + " within " + timeout.toSeconds() + " s; see "
                        + log.toAbsolutePath());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    void send(String command) {
        stdin.println(command);
    }

    long secondsSinceStart() {
        return (System.nanoTime() - startedAt) / 1_000_000_000L;
    }

    long pid() {
        return process.pid();
    }

    /** As a power cut or kill -9 would: no shutdown hooks, no graceful close. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Closes the application normally, or kills it when it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            send("stop");
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
