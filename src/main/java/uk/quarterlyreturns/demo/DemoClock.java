package uk.quarterlyreturns.demo;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The demo's time, kept in the database. The demo replays 2017/18 on a moved clock; the instant the demo had
 * reached is saved every minute and on shutdown, and put back when the process engine is built, before its job
 * executor runs. A restart therefore carries on from where the demo stopped (time stands still while the
 * application is down), so no timer fires because of the restart. A database without a demo clock (real data,
 * or the demo without its cycles) runs on real time.
 */
@Component
@DependsOn("flywayInitializer")
class DemoClock extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(DemoClock.class);

    private final JdbcClient jdbc;

    DemoClock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The engine is built but its job executor not yet started: the moment to put the demo's time back. */
    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        saved().ifPresent(demoNow -> {
            ClockUtil.offset(demoNow.toEpochMilli() - System.currentTimeMillis());
            log.info("Demo clock restored: carrying on from {}", demoNow);
        });
    }

    /** Starts the demo's time running from the instant given, and keeps it from now on. */
    void startAt(Instant demoNow) {
        ClockUtil.offset(demoNow.toEpochMilli() - System.currentTimeMillis());
        jdbc.sql("""
                insert into demo_clock (id, demo_now, saved_at) values (1, :now, now())
                on conflict (id) do update set demo_now = excluded.demo_now, saved_at = excluded.saved_at""")
                .param("now", java.sql.Timestamp.from(demoNow)).update();
    }

    Optional<Instant> saved() {
        return jdbc.sql("select demo_now from demo_clock where id = 1").query(java.sql.Timestamp.class).optional()
                .map(java.sql.Timestamp::toInstant);
    }

    /** Often enough that a crash loses at most a minute of the demo's time (nothing fires twice for it). */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void save() {
        jdbc.sql("update demo_clock set demo_now = :now, saved_at = now() where id = 1")
                .param("now", java.sql.Timestamp.from(ClockUtil.getCurrentTime().toInstant())).update();
    }

    /** Before the engine and the database stop. */
    @EventListener(ContextClosedEvent.class)
    void saveOnShutdown() {
        try {
            save();
        } catch (RuntimeException e) {
            log.warn("The demo clock could not be saved on shutdown; the next start carries on from its last save",
                    e);
        }
    }
}
