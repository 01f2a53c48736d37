package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.framework.SavedMeanwhileException;
import uk.quarterlyreturns.support.ApplicationTest;

/** The stored reminder schedule: the built-in one until an administrator sets another. */
class ChaseDefaultsTest extends ApplicationTest {

    @Autowired ChaseDefaults defaults;

    @AfterEach
    void builtInAgain() {
        defaults.restoreBuiltIn("admin");
    }

    @Test
    void theBuiltInScheduleUntilOneIsStored() {
        assertThat(defaults.current()).isEqualTo(ChasePolicy.DEFAULT);
        assertThat(defaults.lastChange()).isEmpty();
        ChasePolicy stored = ChasePolicy.parse("14 7 1", LocalTime.of(10, 15), 3, 0);
        defaults.save(stored, "admin", defaults.read());
        assertThat(defaults.current()).isEqualTo(stored);
        assertThat(defaults.current().reminderDaysText()).isEqualTo("14, 7, 1");
        assertThat(defaults.lastChange()).hasValueSatisfying(c -> assertThat(c.by()).isEqualTo("admin"));

        ChasePolicy none = ChasePolicy.parse("", LocalTime.of(9, 0), 5, 5);
        defaults.save(none, "admin", defaults.read());
        assertThat(defaults.current()).isEqualTo(none);
        assertThat(defaults.current().reminderDaysBefore()).isEmpty();
    }

    @Test
    void onlyAnAdministratorChangesThem() {
        ChasePolicy other = ChasePolicy.parse("3", LocalTime.of(9, 0), 1, 1);
        for (String who : new String[] {"perf", "dir.housing", "ceo", "nobody.at.all"}) {
            assertThatThrownBy(() -> defaults.save(other, who, defaults.read())).as(who).isInstanceOf(NotAllowedException.class);
        }
        defaults.save(other, "admin", defaults.read());
        assertThatThrownBy(() -> defaults.restoreBuiltIn("perf")).isInstanceOf(NotAllowedException.class);
        assertThat(defaults.current()).isEqualTo(other);
    }

    /** A reading a colleague has saved or restored over since is not saved over, whatever it read. */
    @Test
    void defaultsChangedSinceTheyWereReadAreNotOverwritten() {
        ChasePolicy mine = ChasePolicy.parse("5", LocalTime.of(9, 0), 2, 2);
        ChaseDefaults.Reading builtIn = defaults.read();
        ChasePolicy colleagues = ChasePolicy.parse("14 7", LocalTime.of(8, 0), 3, 1);
        defaults.save(colleagues, "admin", defaults.read());
        assertThatThrownBy(() -> defaults.save(mine, "admin", builtIn)).as("read as the built-in schedule")
                .isInstanceOf(SavedMeanwhileException.class).hasMessageContaining("was saved by admin");
        assertThat(defaults.current()).isEqualTo(colleagues);

        ChaseDefaults.Reading theirs = defaults.read();
        defaults.save(ChasePolicy.parse("21 7", LocalTime.of(8, 0), 3, 1), "admin", defaults.read());
        assertThatThrownBy(() -> defaults.save(mine, "admin", theirs)).as("read before their second save")
                .isInstanceOf(SavedMeanwhileException.class);
        ChaseDefaults.Reading second = defaults.read();
        defaults.restoreBuiltIn("admin");
        assertThatThrownBy(() -> defaults.save(mine, "admin", second)).as("read before the restore")
                .isInstanceOf(SavedMeanwhileException.class);
        assertThat(defaults.current()).isEqualTo(ChasePolicy.DEFAULT);

        defaults.save(mine, "admin", defaults.read());
        assertThat(defaults.current()).as("saved over what was read").isEqualTo(mine);
    }
}
