package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.MailRetry;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleFile;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.TestMailServer;
import uk.quarterlyreturns.support.TwoServiceFramework;

/**
 * No mail server was configured, so the services' reminders were recorded and not sent; the administrator then
 * corrected the people file, or moved a director to another service, before sending the failed mail again. Each
 * reminder goes to the person it was written for, at the address they have now, and never to whoever has their old
 * address; one for a return its recipient no longer handles is not sent, and the administrator is told why.
 */
class ResendAfterPeopleChangedTest extends ApplicationTest {

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired PeopleService people;
    @Autowired PeopleFile peopleFile;
    @Autowired MailOutbox outbox;
    @Autowired MailRetry retry;
    @Autowired JdbcClient jdbc;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void endThem() {
        jdbc.sql("update app_user set enabled = false where username in (:u)").param("u", created).update();
    }

    @Test
    void twoDirectorsWhoseAddressesWereSwappedEachGetTheirOwnServicesReminder() {
        String year = "6071-72";
        Map<String, Long> returnOf = issued(year, "Swap Housing 6071", "Swap Parks 6071");
        String housing = director("resend.swap.housing.6071", "Swap Housing 6071");
        String parks = director("resend.swap.parks.6071", "Swap Parks 6071");
        long housingReminder = notSent("REMINDER", email(housing), returnOf.get("Swap Housing 6071"),
                "Swap Housing 6071: Reminder, 3 items empty");
        long parksReminder = notSent("REMINDER", email(parks), returnOf.get("Swap Parks 6071"),
                "Swap Parks 6071: Reminder, 1 item empty");

        // the file had the two addresses the wrong way round: corrected
        peopleFile.importFile(TwoServiceFramework.csv("username,name,email,roles,service,directorate\n"
                + housing + "," + housing + "," + email(parks) + ",SERVICE_DIRECTOR,Swap Housing 6071,\n"
                + parks + "," + parks + "," + email(housing) + ",SERVICE_DIRECTOR,Swap Parks 6071,\n"), "admin");

        assertThat(outbox.find(housingReminder).orElseThrow().recipient()).as("Housing's director's address now")
                .isEqualTo(email(parks));
        assertThat(outbox.find(parksReminder).orElseThrow().recipient()).as("Parks' director's address now")
                .isEqualTo(email(housing));
        List<OutboxEntry> failed = List.of(outbox.find(housingReminder).orElseThrow(),
                outbox.find(parksReminder).orElseThrow());
        assertThat(retry.whyNotAgain(failed)).as("both still right").isEmpty();
        assertThat(retry.retryAll(failed, "admin")).isEqualTo(2);

        TestMailServer.awaitReceived(email(parks), "Swap Housing 6071: Reminder");
        TestMailServer.awaitReceived(email(housing), "Swap Parks 6071: Reminder");
        assertThat(TestMailServer.receivedBy(email(housing), "Swap Housing 6071")).as("not to whoever has the"
                + " address Housing's reminder was first written to").isEmpty();
        assertThat(TestMailServer.receivedBy(email(parks), "Swap Parks 6071")).isEmpty();
    }

    @Test
    void aReminderForAServiceItsDirectorHasLeftIsNotSentAgainAndSaysWhy() {
        String year = "6072-73";
        Map<String, Long> returnOf = issued(year, "Move Housing 6072", "Move Parks 6072");
        long housingReturn = returnOf.get("Move Housing 6072");
        String moved = director("resend.move.dir.6072", "Move Housing 6072");
        String stays = person("resend.move.officer.6072", Role.DATA_OFFICER, "Move Housing 6072");
        long toMoved = notSent("REMINDER", email(moved), housingReturn, "Move Housing 6072: Reminder, to the director");
        long toStays = notSent("REMINDER", email(stays), housingReturn, "Move Housing 6072: Reminder, to the officer");

        Organisation.ServiceUnit parks = organisation.findService("Move Parks 6072").orElseThrow();
        people.assignToService(moved, parks.id(), parks.directorateId(), Role.SERVICE_DIRECTOR, "admin");

        String why = "Not sent again: its recipient may no longer act on the return";
        List<OutboxEntry> failed = List.of(outbox.find(toMoved).orElseThrow(), outbox.find(toStays).orElseThrow());
        assertThat(retry.whyNotAgain(failed)).containsOnly(Map.entry(toMoved, why));
        assertThatThrownBy(() -> retry.retry(toMoved, "admin")).isInstanceOf(IllegalStateException.class)
                .hasMessage(why);
        assertThat(retry.retryAll(failed, "admin")).as("the data officer's still goes").isEqualTo(1);

        TestMailServer.awaitReceived(email(stays), "Move Housing 6072: Reminder");
        Await.until("the officer's reminder delivered", Duration.ofSeconds(10),
                () -> "DELIVERED".equals(status(toStays)));
        assertThat(status(toMoved)).isEqualTo("NOT_SENT");
        assertThat(jdbc.sql("select count(*) from outbox_resend where message_id = :id").param("id", toMoved)
                .query(Integer.class).single()).isZero();
        assertThat(TestMailServer.receivedBy(email(moved), "Move Housing 6072")).isEmpty();
    }

    /** A service for each name, and its return, in a cycle still collecting; by service. */
    private Map<String, Long> issued(String year, String... services) {
        StringBuilder framework = new StringBuilder(TwoServiceFramework.HEADER);
        for (int i = 0; i < services.length; i++) {
            framework.append(TwoServiceFramework.measure("RP-" + (i + 1), services[i]));
        }
        imports.importMeasures(year, TwoServiceFramework.csv(framework.toString()));
        Instant now = Instant.now();
        long cycleId = cycles.insert(years.find(year).orElseThrow().id(), 1, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), "perf", now, ChasePolicy.DEFAULT);
        Map<String, Long> returns = new java.util.HashMap<>();
        for (String service : services) {
            returns.put(service, jdbc.sql("""
                    insert into service_return (cycle_id, service_id, status) values (:c, :s, 'DRAFT')
                    returning id""").param("c", cycleId).param("s", organisation.findService(service).orElseThrow()
                    .id()).query(Long.class).single());
        }
        return returns;
    }

    private String director(String username, String service) {
        return person(username, Role.SERVICE_DIRECTOR, service);
    }

    private String person(String username, Role role, String service) {
        Organisation.ServiceUnit unit = organisation.findService(service).orElseThrow();
        people.create(new Person(username, username, email(username), EnumSet.of(role), unit.id(),
                unit.directorateId(), true, false, false), "a-long-password");
        created.add(username);
        return username;
    }

    private static String email(String username) {
        return username + "@demo.council.test";
    }

    private long notSent(String kind, String to, long returnId, String subject) {
        return jdbc.sql("""
                insert into outbox_message (message_key, kind, recipient, subject, body_text, status, return_id,
                                            last_error)
                values (:key, :kind, :to, :subject, 'Still empty: the measures of the return', 'NOT_SENT', :r,
                        'No SMTP server is configured (set SPRING_MAIL_HOST)') returning id""")
                .param("key", "resend-after-people-changed:" + System.nanoTime()).param("kind", kind).param("to", to)
                .param("subject", subject).param("r", returnId).query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("select status from outbox_message where id = :id").param("id", id).query(String.class)
                .single();
    }
}
