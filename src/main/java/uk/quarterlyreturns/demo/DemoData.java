package uk.quarterlyreturns.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.people.PeopleFileImport;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.base.QuarterlySettings;

/**
 * Loads the demo organisation (modelled on councils' published reports) into an empty database, through the
 * same imports that real data uses. Off under the prod profile.
 */
@Component
@ConditionalOnProperty(name = "quarterly.demo.enabled", havingValue = "true")
class DemoData {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PeopleService people;
    private final PeopleFileImport peopleImport;
    private final DemoFramework framework;
    private final DemoCycles cycles;
    private final boolean withCycles;

    DemoData(PeopleService people, PeopleFileImport peopleImport, DemoFramework framework, DemoCycles cycles,
            QuarterlySettings settings) {
        this.people = people;
        this.peopleImport = peopleImport;
        this.framework = framework;
        this.cycles = cycles;
        this.withCycles = settings.demo().cycles();
    }

    /** Each import commits on its own: the replayed cycles need them visible to the job executor. */
    @EventListener(ApplicationReadyEvent.class)
    public void loadIntoEmptyDatabase() {
        if (!people.noneYet()) {
            return;
        }
        framework.load();
        int users = peopleImport.importFile(file("people.csv"), PASSWORD, true);
        log.info("Demo data loaded: {} users, password '{}'", users, PASSWORD);
        if (withCycles) {
            try {
                cycles.run();
            } catch (RuntimeException e) {
                log.error("The demo's 2017/18 cycles could not be replayed; the framework and users are loaded", e);
            }
        }
    }

    static TabularFile file(String name) {
        try {
            ClassPathResource resource = new ClassPathResource("demo/" + name);
            return TabularFile.read(resource.getContentAsByteArray(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
