package uk.quarterlyreturns.base.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.quarterlyreturns.base.QuarterlySettings;
import uk.quarterlyreturns.base.SettingException;

/** The working-day calendar: an editable bank holidays file, or the bundled one. */
@Configuration(proxyBeanMethods = false)
class CalendarConfig {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfig.class);

    @Bean
    WorkingDays workingDays(QuarterlySettings settings, Clock clock) {
        BankHolidays holidays = holidays(settings.calendar().bankHolidays());
        holidays.endingSoon(LocalDate.now(clock.withZone(LondonTime.ZONE))).ifPresent(log::warn);
        return new WorkingDays(holidays);
    }

    private static BankHolidays holidays(String file) {
        if (file == null || file.isBlank()) {
            return BankHolidays.bundled();
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            BankHolidays holidays = BankHolidays.parse(in);
            log.info("Bank holidays from {} (to {})", file, holidays.lastDate());
            return holidays;
        } catch (java.nio.file.NoSuchFileException e) {
            throw unusable(file, "there is no such file");
        } catch (IOException e) {
            throw unusable(file, "it cannot be read (" + e + ")");
        } catch (IllegalArgumentException e) {
            throw unusable(file, e.getMessage());
        }
    }

    private static SettingException unusable(String file, String why) {
        return new SettingException("QUARTERLY_CALENDAR_BANK_HOLIDAYS names " + file + ", which cannot be used: " + why
                + ". It must be a CSV file date,name that the application may read.");
    }
}
