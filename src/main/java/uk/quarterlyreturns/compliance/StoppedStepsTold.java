package uk.quarterlyreturns.compliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.mail.Links;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.mail.templates.MailTemplates;
import uk.quarterlyreturns.base.mail.templates.RenderedMail;
import uk.quarterlyreturns.base.mail.templates.StoppedStepsMail;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.compliance.StoppedSteps.StoppedStep;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;

/**
 * Mails the performance team when a cycle's step stops, once for each step: a report that failed to compile at its date
 * would otherwise wait unseen until someone opened the compliance page. Looked for every few minutes; a step is told
 * by whichever node first records it (a cluster shares the database), and a told step that stops again after being
 * tried again is a new incident, told again.
 */
@Service
public class StoppedStepsTold {

    private final StoppedSteps stopped;
    private final CycleRepository cycles;
    private final YearRepository years;
    private final PeopleService people;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Links links;
    private final JdbcClient jdbc;
    private final Clock clock;

    StoppedStepsTold(StoppedSteps stopped, CycleRepository cycles, YearRepository years, PeopleService people,
            MailTemplates templates, MailOutbox outbox, Links links, JdbcClient jdbc, Clock clock) {
        this.stopped = stopped;
        this.years = years;
        this.cycles = cycles;
        this.people = people;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${quarterly.cycle.stopped-steps-cron:0 */5 * * * *}", zone = "Europe/London")
    void everyFewMinutes() {
        tell();
    }

    /** Tells the performance team of each step stopped since last looked; the steps that were news. */
    @Transactional
    public List<StoppedStep> tell() {
        List<StoppedStep> news = new ArrayList<>();
        for (Map.Entry<Long, List<StoppedStep>> cycle : stopped.all().entrySet()) {
            List<StoppedStep> untold = new ArrayList<>();
            for (StoppedStep step : cycle.getValue()) {
                if (claim(step)) {
                    untold.add(step);
                }
            }
            // a cycle no longer there (its rows removed by hand) has nobody to tell of it
            Optional<Cycle> known = untold.isEmpty() ? Optional.empty() : cycles.find(cycle.getKey());
            if (known.isPresent()) {
                mail(known.get(), untold);
                news.addAll(untold);
            }
        }
        return news;
    }

    /** Whether the step is news: recorded here first, by this node. */
    private boolean claim(StoppedStep step) {
        return jdbc.sql("insert into stopped_step_told (incident_id, told_at) values (:i, :at) on conflict do nothing")
                .param("i", step.incidentId()).param("at", Timestamp.from(clock.instant())).update() == 1;
    }

    private void mail(Cycle cycle, List<StoppedStep> steps) {
        String quarterName = years.find(cycle.yearId()).orElseThrow().quarterName(cycle.quarter());
        List<StoppedStepsMail.Step> said = steps.stream().map(s -> new StoppedStepsMail.Step(s.words(),
                s.failedAt().atZone(ReportingYear.LONDON), s.failure())).toList();
        String incidents = steps.stream().map(StoppedStep::incidentId).collect(Collectors.joining(","));
        String about = UUID.nameUUIDFromBytes(incidents.getBytes(StandardCharsets.UTF_8)).toString();
        // urgent, like an overdue notice: sent at once, not held for anyone's daily digest
        for (Person person : people.withRole(Role.PERFORMANCE_TEAM)) {
            if (person.email() == null) {
                continue;
            }
            RenderedMail rendered = templates.render(MailKind.STEPS_STOPPED, new StoppedStepsMail(
                    person.displayName(), quarterName, said, links.to("/compliance?cycle=" + cycle.id())));
            outbox.send(new MailMessage(MailKind.STEPS_STOPPED + ":" + cycle.id() + ":" + about + ":"
                    + person.username(), MailKind.STEPS_STOPPED.name(), person.email(), rendered.subject(),
                    rendered.text(), rendered.html(), cycle.id(), null));
        }
    }
}
