package uk.quarterlyreturns.base.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.quarterlyreturns.base.QuarterlySettings;

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
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bank holidays file " + file, e);
        }
    }
}
