package uk.quarterlyreturns.faults;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.quarterlyreturns.Application;

/**
 * The application as its own process, for the fault tests: {@link Application} unchanged, wrapped so that a
 * test can set the clock (-Dfaults.clock=instant before start, "clock instant" on stdin afterwards), have a
 * {@link ReminderRound} prepared (-Dfaults.setup=tag:startYear:count), or one with {@link ReturnsInEveryState}
 * (-Dfaults.states=tag:startYear:count), and stop it ("stop", or stdin closing).
 * It reports on stdout: {@value #STARTED} port, then {@value #READY} port clock [round].
 */
public final class ChildApplication {

    static final String STARTED = "FAULTS-STARTED";
    static final String READY = "FAULTS-READY";
    static final String CLOCK = "FAULTS-CLOCK";

    private ChildApplication() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // Not left half-alive: the test sees the exit at once instead of waiting for READY.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        String clock = System.getProperty("faults.clock");
        if (clock != null) {
            ReminderRound.setClock(Instant.parse(clock));
        }
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, args);
        String port = app.getEnvironment().getProperty("local.server.port");
        say(STARTED + " " + port);
        String setup = System.getProperty("faults.setup");
        String states = System.getProperty("faults.states");
        String round = setup != null ? " " + ReminderRound.prepare(app, setup).describe()
                : states != null ? " " + ReturnsInEveryState.prepare(app, states).describe() : "";
        say(READY + " " + port + " " + ClockUtil.getCurrentTime().toInstant() + round);

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null && !line.equals("stop")) {
            if (line.startsWith("clock ")) {
                ReminderRound.setClock(Instant.parse(line.substring("clock ".length()).trim()));
                say(CLOCK + " " + ClockUtil.getCurrentTime().toInstant());
            }
        }
        app.close();
        System.exit(0);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
