package uk.quarterlyreturns.chasing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.Faults;

/**
 * A chase by hand of several services at once, the late ones of the compliance list. Each service is chased in a
 * transaction of its own, so that a failure part way keeps the chases already sent, and is left out, with the
 * reason, when it is in, has been chased since the page showed it, or (chased as late) is late no more. A chase of
 * hundreds runs on a thread of its own with its progress told, as it takes minutes; chases of many run one after
 * another, so that two clicks (or two tabs) chase each service once.
 */
public class ChasesByHand {

    private static final Logger LOG = LoggerFactory.getLogger(ChasesByHand.class);

    /**
     * A service to chase, as the page showed it: when it was last chased (null: never), and whether it is chased as
     * one of the late ones, which it must still be when the chase goes.
     */
    public record Target(long returnId, String service, Instant lastChasedShown, boolean late) {
    }

    /** How far a chase has gone: {@code done} services of {@code of} tried. */
    public interface Progress {
        Progress NONE = (done, of) -> { };

        void tried(int done, int of);
    }

    /**
     * What a chase did.
     *
     * @param chased the services chased
     * @param notChased why each of the others was not: "Housing's return is submitted now, so it was not chased"
     * @param emails the emails it sent (or queued, or recorded when no mail server is set)
     */
    public record Outcome(List<Target> chased, List<String> notChased, int emails) {
    }

    /** One thread for the whole application: a chase of many waits for any other to finish. */
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chase-by-hand");
        t.setDaemon(true);
        return t;
    });

    private final Chasing chasing;

    /** @param chasing the application's, through which each service's chase is a transaction of its own */
    public ChasesByHand(Chasing chasing) {
        this.chasing = chasing;
    }

    /** Chases them now, on this thread. */
    public Outcome chase(List<Target> targets, Person sender, String message, Progress progress) {
        allowed(sender);
        List<Target> chased = new ArrayList<>();
        List<String> notChased = new ArrayList<>();
        int emails = 0;
        for (Target t : targets) {
            try {
                emails += chasing.chaseByHand(t.returnId(), sender, message, t.lastChasedShown(), t.late());
                chased.add(t);
            } catch (IllegalStateException overtaken) {
                notChased.add(overtaken.getMessage());
            } catch (RuntimeException failed) {
                // its text (SQL, class names) goes to the log; the performance team gets a reference to quote
                String reference = Faults.reference();
                LOG.error("The chase by hand of return {} ({}) failed (reference {})", t.returnId(), t.service(),
                        reference, failed);
                notChased.add(t.service() + " was not chased: something went wrong; try again, and if it keeps"
                        + " happening, tell the administrator the reference " + reference + ".");
            }
            progress.tried(chased.size() + notChased.size(), targets.size());
        }
        return new Outcome(chased, notChased, emails);
    }

    /** The same on a thread of its own, after any chase of many already running; who may chase is checked at once. */
    public CompletableFuture<Outcome> chaseInBackground(List<Target> targets, Person sender, String message,
            Progress progress) {
        allowed(sender);
        return CompletableFuture.supplyAsync(() -> chase(targets, sender, message, progress), BACKGROUND);
    }

    private static void allowed(Person sender) {
        if (!sender.has(Role.PERFORMANCE_TEAM)) {
            throw new NotAllowedException("Only the performance team chases services by hand");
        }
    }
}
