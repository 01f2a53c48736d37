package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.ChaseSchedule;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The chief executive's escalation names whom the first escalation went to: the strategic director then, though they
 * have left since and a successor has been named, who was never told. Years 3973-74, 4382 and 4420-22 are
 * this class's own.
 */
class EscalatedBeforeTest extends ApplicationTest {

    @Autowired Chasing chasing;
    @Autowired ChaseSchedule schedule;
    @Autowired PeopleService people;
    @Autowired UserAdministration users;
    @Autowired Organisation organisation;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    @Autowired uk.quarterlyreturns.people.Covers covers;
    @Autowired java.time.Clock clock;

    @Test
    void theChiefExecutiveIsToldWhoWasEscalatedToThenNotWhoHoldsThePostNow() {
        Instant deadline = firstEscalationDueBy(Instant.now());
        long returnId = ServiceOfItsOwn.returnOf(context, 3973, false, deadline);
        strategicDirector("sd.old.3973", "Olive Oldfield");
        chasing.sendDueChase(returnId);
        assertThat(recipients(returnId, "ESCALATION_STRATEGIC")).containsExactly("sd.old.3973");

        // she leaves and a successor is named; then the chief executive's escalation comes due
        users.setEnabled("sd.old.3973", false, "admin");
        strategicDirector("sd.new.3973", "Nia Newman");
        chiefExecutivesEscalationDue(returnId, deadline);
        chasing.sendDueChase(returnId);

        assertThat(recipients(returnId, "ESCALATION_CHIEF_EXECUTIVE")).contains("ceo");
        assertThat(jdbc.sql("select body_text from outbox_message where return_id = :r and kind = :k")
                .param("r", returnId).param("k", "ESCALATION_CHIEF_EXECUTIVE").query(String.class).list())
                .isNotEmpty().allSatisfy(body -> assertThat(body)
                        .contains("Escalated before to: Olive Oldfield (strategic director)")
                        .doesNotContain("Nia Newman"));
    }

    /** A cover told with the strategic director is named as cover, not as one of the directorate's directors. */
    @Test
    void theChiefExecutiveIsToldACoverWasToldAsCover() {
        assertThat(chiefExecutiveToldAfterACover(4382, "sd.covered.4382@demo.council.test", null))
                .isNotEmpty().allSatisfy(body -> assertThat(body)
                        .contains("Escalated before to: Cora Covered (strategic director), Colin Cover (cover)"));
    }

    /**
     * The cover's record says they had it as cover, whatever their mail said: its words changed between the two
     * escalations (here the stored mail reworded) leave the chief executive told the same.
     */
    @Test
    void aCoverIsNamedAsCoverWhateverTheirMailSaid() {
        assertThat(chiefExecutiveToldAfterACover(4420, "sd.covered.4420@demo.council.test",
                returnId -> jdbc.sql("update outbox_message set body_text = replace(body_text, :w, 'Covering for ')"
                        + " where return_id = :r").param("w", EscalationCovers.AS_COVER).param("r", returnId).update()))
                .isNotEmpty().allSatisfy(body -> assertThat(body)
                        .contains("Escalated before to: Cora Covered (strategic director), Colin Cover (cover)"));
    }

    /** No strategic director of the directorate could be reached: the cover is named, and for whom. */
    @Test
    void withNoStrategicDirectorReachedTheCoverIsNamedWithWhomTheyCovered() {
        assertThat(chiefExecutiveToldAfterACover(4421, null, null)).isNotEmpty().allSatisfy(body -> assertThat(body)
                .contains("Escalated before to: the performance team (no strategic director of the Chase Directorate"
                        + " 4421 directorate could be reached) and Colin Cover, covering for Cora Covered"));
    }

    /** A cover's escalation recorded before its record said so is told once by its words, by the update. */
    @Test
    void aCoversEscalationRecordedBeforeIsFoundByItsWords() throws Exception {
        String backfill = new String(getClass().getResourceAsStream("/db/migration/V37__chase_covering_for.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split(";")[1];
        assertThat(chiefExecutiveToldAfterACover(4422, null, returnId -> {
            jdbc.sql("update chase set covering_for = null where return_id = :r").param("r", returnId).update();
            jdbc.sql(backfill.replace("where m.id", "where c.return_id = " + returnId + " and m.id")).update();
        })).isNotEmpty().allSatisfy(body -> assertThat(body).contains("and Colin Cover, covering for Cora Covered"));
    }

    /**
     * Cora Covered, strategic director (with this address, or none), covered by Colin Cover on the day of the first
     * escalation; after it, {@code between} done to the return's records; the chief executive's escalation, as each
     * got it.
     */
    private java.util.List<String> chiefExecutiveToldAfterACover(int year, String coveredEmail,
            java.util.function.LongConsumer between) {
        Instant deadline = firstEscalationDueBy(Instant.now());
        long returnId = ServiceOfItsOwn.returnOf(context, year, false, deadline);
        long directorate = organisation.findService("Chase Service " + year).orElseThrow().directorateId();
        people.create(new Person("sd.covered." + year, "Cora Covered", coveredEmail,
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, directorate, true, false, false), "a-long-password");
        people.create(new Person("sd.cover." + year, "Colin Cover", "sd.cover." + year + "@demo.council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, organisation.findDirectorate("Children and Families")
                        .orElseThrow(), true, false, false), "a-long-password");
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        covers.name("sd.covered." + year, "sd.cover." + year, today, today.plusDays(5), "sd.covered." + year);
        chasing.sendDueChase(returnId);
        assertThat(recipients(returnId, "ESCALATION_STRATEGIC")).contains("sd.cover." + year);
        if (between != null) {
            between.accept(returnId);
        }

        chiefExecutivesEscalationDue(returnId, deadline);
        chasing.sendDueChase(returnId);
        return jdbc.sql("select body_text from outbox_message where return_id = :r and kind = :k")
                .param("r", returnId).param("k", "ESCALATION_CHIEF_EXECUTIVE").query(String.class).list();
    }

    /** A deadline whose first escalation is due by now and the chief executive's not yet. */
    private Instant firstEscalationDueBy(Instant now) {
        return IntStream.rangeClosed(1, 40).mapToObj(days -> now.minus(Duration.ofDays(days)))
                .filter(d -> plan(d).strategicEscalationAt().isBefore(now.minus(Duration.ofHours(1)))
                        && plan(d).chiefExecutiveEscalationAt().isAfter(now.plus(Duration.ofHours(1))))
                .findFirst().orElseThrow();
    }

    /**
     * The chief executive's escalation comes due: the cycle's dates moved three weeks back, and with them how far the
     * return has been chased, rather than the clock on.
     */
    private void chiefExecutivesEscalationDue(long returnId, Instant deadline) {
        Instant earlier = deadline.minus(Duration.ofDays(21));
        jdbc.sql("update cycle set submission_deadline = :d where id = (select cycle_id from service_return"
                + " where id = :r)").param("d", Timestamp.from(earlier)).param("r", returnId).update();
        jdbc.sql("update service_return set chased_until = :t where id = :r")
                .param("t", Timestamp.from(plan(earlier).strategicEscalationAt())).param("r", returnId).update();
    }

    private ChaseSchedule.Schedule plan(Instant deadline) {
        return schedule.plan(deadline.atZone(LondonTime.ZONE), ChasePolicy.DEFAULT);
    }

    private void strategicDirector(String username, String name) {
        long directorate = organisation.findService("Chase Service 3973").orElseThrow().directorateId();
        people.create(new Person(username, name, username + "@demo.council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, directorate, true, false, false), "a-long-password");
    }

    private java.util.List<String> recipients(long returnId, String kind) {
        return jdbc.sql("select recipient from chase where return_id = :r and kind = :k").param("r", returnId)
                .param("k", kind).query(String.class).list();
    }
}
