package uk.quarterlyreturns.base.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar: an editable bank holidays file, or the bundled one. */
@Configuration(proxyBeanMethods = false)
class CalendarConfig {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfig.class);

    @Bean
    WorkingDays workingDays(@Value("${quarterly.calendar.bank-holidays:}") String file) {
        if (file.isBlank()) {
            return new WorkingDays(BankHolidays.bundled());
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            BankHolidays holidays = BankHolidays.parse(in);
            log.info("Bank holidays from {} (to {})", file, holidays.lastDate());
            return new WorkingDays(holidays);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bank holidays file " + file, e);
        }
    }
}
