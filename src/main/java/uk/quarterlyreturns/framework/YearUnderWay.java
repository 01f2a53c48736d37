package uk.quarterlyreturns.framework;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the placements of the reporting year under way the services' current names and directorates, which people
 * and their duties follow. An import for the year under way does so at once; a framework imported before its year
 * begins (next year's, in February) does so here, when the year has begun: at start and every hour.
 */
@Component
class YearUnderWay {

    private static final Logger log = LoggerFactory.getLogger(YearUnderWay.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DirectorateContinuations continuations;

    YearUnderWay(JdbcClient jdbc, Clock clock, DirectorateContinuations continuations) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.continuations = continuations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 1 * * * *", zone = "Europe/London")
    void hourly() {
        follow(LocalDate.now(clock.withZone(ReportingYear.LONDON)));
    }

    /**
     * Gives each service placed in the year under way on the day that year's name and directorate; how many changed.
     * A name another service still has today is left for the performance team to sort out (the log says which).
     * The strategic directors of a directorate that continues as another that year move to it.
     */
    int follow(LocalDate today) {
        String underWay = """
                from service_placement p join reporting_year y on y.id = p.year_id
                where :today >= y.starts_on and :today < y.starts_on + interval '1 year'""";
        jdbc.sql("select p.name " + underWay + """
                 and exists (select 1 from service o where o.name = p.name and o.id <> p.service_id)""")
                .param("today", today).query(String.class).list()
                .forEach(name -> log.warn("Service {} of the year under way keeps its earlier name: another service"
                        + " is called so", name));
        int changed = jdbc.sql("update service s set name = c.name, directorate_id = c.directorate_id from (select"
                + " p.service_id, p.name, p.directorate_id " + underWay + ") c where s.id = c.service_id"
                + " and (s.name, s.directorate_id) is distinct from (c.name, c.directorate_id)"
                + " and not exists (select 1 from service o where o.name = c.name and o.id <> s.id)")
                .param("today", today).update();
        if (changed > 0) {
            log.info("{} services now have the names and directorates of the reporting year under way", changed);
        }
        int continued = continuations.follow(today);
        if (continued > 0) {
            log.info("{} directorates of the reporting year under way took over their predecessors' strategic"
                    + " directors", continued);
        }
        return changed;
    }
}
