package uk.quarterlyreturns.chasing;

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
import uk.quarterlyreturns.chasing.mail.MailTemplates;

/** The working-day calendar (an editable file, or the bundled one) and the email templates. */
@Configuration(proxyBeanMethods = false)
class ChasingConfig {

    private static final Logger log = LoggerFactory.getLogger(ChasingConfig.class);

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

    @Bean
    ChaseSchedule chaseSchedule(WorkingDays workingDays) {
        return new ChaseSchedule(workingDays);
    }

    @Bean
    MailTemplates mailTemplates() {
        return new MailTemplates();
    }
}
