package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Every change to an account leaves its event in the account history, in the change's own transaction; a refused
 * change leaves none; only administrators read the history; the database keeps each event as written.
 */
class AccountHistoryTest extends ApplicationTest {

    private static final AtomicInteger N = new AtomicInteger();
    private static final String PASSWORD = "quince hedge 2860";

    @Autowired UserAdministration admin;
    @Autowired PeopleService people;
    @Autowired PeopleFileImport fileImport;
    @Autowired FirstAdministrator firstAdministrator;
    @Autowired Delegations delegations;
    @Autowired Covers covers;
    @Autowired java.time.Clock clock;
    @Autowired AccountHistoryReader history;
    @Autowired StoredPasswords storedPasswords;
    @Autowired Organisation organisation;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    private static String fresh() {
        return "history.test" + N.incrementAndGet();
    }

    private List<String> words(String username) {
        return history.of(username, "admin").stream().map(AccountEvent::words).toList();
    }

    private UserFields reader(String username) {
        return new UserFields(username, "Robin Reader", username + "@council.test", EnumSet.of(Role.READER), null,
                null);
    }

    @Test
    void eachChangeOnTheUsersScreenLeavesItsEventNewestFirst() {
        String username = fresh();
        admin.create(reader(username), PASSWORD, "admin");
        long housing = organisation.findService("Housing").orElseThrow().id();
        admin.update(new UserFields(username, "Robin Officer", username + "@housing.council.test",
                EnumSet.of(Role.DATA_OFFICER), housing, null), "admin");
        admin.resetPassword(username, "another hedge 2861", "admin");
        admin.setEnabled(username, false, "admin");
        admin.setEnabled(username, true, "admin");

        assertThat(words(username)).containsExactly(
                "Enabled again by admin",
                "Disabled by admin",
                "Password reset by admin",
                "Service or directorate changed from none to Housing by admin",
                "Roles changed from Reader to Data officer by admin",
                "Email address changed from " + username + "@council.test to " + username
                        + "@housing.council.test by admin",
                "Name changed from Robin Reader to Robin Officer by admin",
                "Created as Reader by admin");
        assertThat(history.of(username, "admin")).allSatisfy(e -> assertThat(e.way()).isEqualTo(AccountWay.SCREEN));
        String hash = storedPasswords.passwordHash(username).orElseThrow();
        assertThat(jdbc.sql("select count(*) from account_event where from_value in (:s) or to_value in (:s)")
                .param("s", List.of(hash, PASSWORD, "another hedge 2861")).query(Long.class).single()).isZero();
    }

    @Test
    void aRefusedChangeLeavesNoEvent() {
        String username = fresh();
        admin.create(reader(username), PASSWORD, "admin");
        assertThatThrownBy(() -> admin.update(new UserFields(username, "Robin Reader", "not an address",
                EnumSet.of(Role.READER), null, null), "admin")).isInstanceOf(UserRejectedException.class);
        assertThatThrownBy(() -> admin.setEnabled(username, false, "perf")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> admin.resetPassword(username, "short", "admin"))
                .isInstanceOf(UserRejectedException.class);
        assertThatThrownBy(() -> admin.create(reader(fresh()), PASSWORD, "perf"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> firstAdministrator.create(fresh(), "first@council.test", PASSWORD))
                .isInstanceOf(NotAllowedException.class);
        assertThat(words(username)).containsExactly("Created as Reader by admin");
        assertThat(jdbc.sql("select count(*) from account_event where username like 'history.test%'"
                + " and username not in (select username from app_user)").query(Long.class).single()).isZero();
    }

    @Test
    void placingSomeoneInAServiceAndNamingADeputyAreInTheHistory() {
        String username = fresh();
        admin.create(reader(username), PASSWORD, "admin");
        long housing = organisation.findService("Housing").orElseThrow().id();
        people.assignToService(username, housing, organisation.findService(housing).orElseThrow().directorateId(),
                Role.DATA_OFFICER, "perf");
        assertThat(words(username)).startsWith("Service or directorate changed from none to Housing by perf",
                "Roles changed from Reader to Data officer by perf");

        long id = delegations.name(housing, "sd.economy", LocalDate.of(2860, 7, 1), LocalDate.of(2860, 9, 30),
                "admin");
        delegations.end(id, "admin");
        assertThat(words("sd.economy")).contains(
                "Named deputy for Housing, 1 Jul 2860 to 30 Sep 2860 by admin",
                "Deputy withdrawn for Housing, 1 Jul 2860 to 30 Sep 2860 by admin");
    }

    /**
     * A deputy named to the 31st and ended early on the 15th: the "named" entry still gives the period as named (it
     * read to the 14th, as the delegation now stands), and the ended entry the period as it ran.
     */
    @Test
    void aDeputyEndedEarlyKeepsThePeriodAsNamedInTheHistory() {
        long housing = organisation.findService("Housing").orElseThrow().id();
        String deputy = fresh();
        admin.create(new UserFields(deputy, "Dee Deputy", deputy + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, organisation.findService(housing).orElseThrow()
                .directorateId()), PASSWORD, "admin");
        LocalDate today = LocalDate.now(clock);
        long id = delegations.name(housing, deputy, today, today.plusDays(16), "admin");
        jdbc.sql("update delegation set starts_on = :d where id = :id").param("d", java.sql.Date.valueOf(
                today.minusDays(14))).param("id", id).update(); // running for two weeks
        delegations.end(id, "admin");

        assertThat(words(deputy)).contains(
                "Named deputy for Housing, " + day(today.minusDays(14)) + " to " + day(today.plusDays(16)) + " by admin",
                "Deputy period ended early for Housing, " + day(today.minusDays(14)) + " to "
                        + day(today.minusDays(1)) + " by admin");
    }

    /**
     * A deputy and a cover named from today and ended today stop at once (stored withdrawn), but they held the role
     * that morning and may have acted: the history says their period ended, that day, not that it never began.
     */
    @Test
    void aDeputyOrCoverEndedOnItsFirstDayReadsEndedThatDay() {
        long housing = organisation.findService("Housing").orElseThrow().id();
        String deputy = fresh();
        admin.create(new UserFields(deputy, "Dee Firstday", deputy + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, organisation.findService(housing).orElseThrow()
                .directorateId()), PASSWORD, "admin");
        LocalDate today = LocalDate.now(clock);
        delegations.end(delegations.name(housing, deputy, today, today.plusDays(9), "admin"), "admin");
        long cover = covers.name("sd.economy", deputy, today, today.plusDays(9), "admin");
        covers.end(cover, "admin");

        assertThat(words(deputy)).contains(
                "Deputy period ended early for Housing, " + day(today) + " to " + day(today) + " by admin",
                "Cover period ended early for Graham Sutcliffe (sd.economy) of Economy and Infrastructure, "
                        + day(today) + " to " + day(today) + " by admin");
        assertThat(words(deputy)).noneMatch(w -> w.contains("withdrawn"));
        assertThat(delegations.servicesDeputisedBy(deputy, today)).isEmpty(); // and it stopped at once
    }

    @Test
    void aStrategicDirectorsCoverIsInTheHistoryOfBothTheCoverAndTheDirectorCovered() {
        long children = organisation.findDirectorate("Children and Families").orElseThrow();
        admin.create(new UserFields("sd.cover.4340", "Cleo Cover 4340", "sd.cover.4340@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, children), PASSWORD, "admin");
        admin.create(new UserFields("sd.cover.4341", "Cyd Cover 4341", "sd.cover.4341@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, children), PASSWORD, "admin");
        LocalDate today = LocalDate.now(clock);
        String period = day(today.plusDays(2)) + " to " + day(today.plusDays(5));
        covers.end(covers.name("sd.economy", "sd.cover.4340", today.plusDays(2), today.plusDays(5), "sd.economy"),
                "admin");
        covers.name("sd.economy", "sd.cover.4341", today.plusDays(2), today.plusDays(5), "admin");
        admin.setEnabled("sd.cover.4341", false, "admin"); // the cover ends, saying why

        String economy = "Graham Sutcliffe (sd.economy) of Economy and Infrastructure, " + period;
        assertThat(words("sd.cover.4340")).startsWith(
                "Cover withdrawn for " + economy + " by admin",
                "Named cover for " + economy + " by sd.economy");
        assertThat(words("sd.cover.4341")).contains("Disabled by admin",
                "Cover withdrawn for " + economy + " (Cyd Cover 4341 was disabled) by admin",
                "Named cover for " + economy + " by admin");
        assertThat(words("sd.economy")).contains(
                "Cover named for them: Cleo Cover 4340 (sd.cover.4340) for Economy and Infrastructure, " + period
                        + " by sd.economy",
                "Their cover withdrawn: Cleo Cover 4340 (sd.cover.4340) for Economy and Infrastructure, " + period
                        + " by admin",
                "Cover named for them: Cyd Cover 4341 (sd.cover.4341) for Economy and Infrastructure, " + period
                        + " by admin",
                "Their cover withdrawn: Cyd Cover 4341 (sd.cover.4341) for Economy and Infrastructure, " + period
                        + " (Cyd Cover 4341 was disabled) by admin");

        // the CSV for auditors: the same rows, in the columns it always had
        String csv = new String(history.csv("admin"), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst()).contains(String.join(",", AccountHistoryReader.COLUMNS));
        assertThat(csv).contains(",sd.cover.4340,Cover withdrawn,,\"" + economy + "\",admin,screen\n",
                ",sd.economy,Cover named for them,,\"Cleo Cover 4340 (sd.cover.4340) for Economy and Infrastructure, "
                        + period + "\",sd.economy,screen\n");
    }

    private static String day(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));
    }

    @Test
    void aFileImportRecordsWhoItCreated() {
        String username = fresh();
        String csv = String.join(",", PeopleFileImport.COLUMNS) + "\n" + username + ",Fay File," + username + "@council.test,READER,,\n";
        fileImport.importFile(TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "people.csv"), PASSWORD, true);
        assertThat(history.of(username, "admin")).singleElement().satisfies(e -> {
            assertThat(e.words()).isEqualTo("Created as Reader by demo data");
            assertThat(e.way()).isEqualTo(AccountWay.FILE_IMPORT);
        });
    }

    @Test
    void theFirstAdministratorIsRecordedAsCreatedByTheStartUpSetting() {
        transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            jdbc.sql("update app_user set enabled = false where username in"
                    + " (select username from user_role where role = 'ADMIN')").update();
            firstAdministrator.create("first.admin2862", "first2862@council.test", PASSWORD);
            assertThat(history.of("first.admin2862", "first.admin2862")).singleElement().satisfies(e -> {
                assertThat(e.words()).isEqualTo("Created as Administrator by first-administrator setting");
                assertThat(e.way()).isEqualTo(AccountWay.START_UP);
            });
        });
    }

    @Test
    void onlyAnAdministratorReadsTheHistory() {
        for (String notAdmin : List.of("perf", "reader", "dir.housing", "nobody.at.all")) {
            assertThatThrownBy(() -> history.of("admin", notAdmin)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> history.csv(notAdmin)).isInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void theDatabaseKeepsEachEventAsWritten() {
        String username = fresh();
        admin.create(reader(username), PASSWORD, "admin");
        String event = "from account_event where username = :u";
        assertThatThrownBy(() -> jdbc.sql("update account_event set changed_by = 'someone else' where username = :u")
                .param("u", username).update()).hasMessageContaining("cannot be changed or removed");
        assertThatThrownBy(() -> jdbc.sql("delete " + event).param("u", username).update())
                .hasMessageContaining("cannot be changed or removed");
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            jdbc.sql("truncate account_event").update();
        })).hasMessageContaining("cannot be changed or removed");
        assertThat(jdbc.sql("select changed_by " + event).param("u", username).query(String.class).list())
                .containsExactly("admin");
    }
}
