package uk.quarterlyreturns.base.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.quarterlyreturns.base.calendar.LondonTime;

/** The shared pieces of English and the London dates. */
class MailWordsTest {

    @Test
    void datesAreWrittenOutInLondonTimeInSummer() {
        ZonedDateTime deadline = ZonedDateTime.of(2017, 10, 20, 16, 0, 0, 0, ZoneOffset.UTC);

        assertThat(MailDates.dateAndTime(deadline)).isEqualTo("Friday 20 October 2017, 17:00");
        assertThat(MailDates.date(deadline)).isEqualTo("Friday 20 October 2017");
    }

    @Test
    void datesAreWrittenOutInLondonTimeInWinter() {
        ZonedDateTime deadline = ZonedDateTime.of(2018, 1, 19, 17, 0, 0, 0, ZoneOffset.UTC);

        assertThat(MailDates.dateAndTime(deadline)).isEqualTo("Friday 19 January 2018, 17:00");
    }

    @Test
    void morningTimesHaveTwoDigitHours() {
        ZonedDateTime deadline = ZonedDateTime.of(2017, 10, 2, 9, 5, 0, 0, LondonTime.ZONE);

        assertThat(MailDates.dateAndTime(deadline)).isEqualTo("Monday 2 October 2017, 09:05");
        assertThat(MailDates.date(LocalDate.of(2017, 10, 16))).isEqualTo("Monday 16 October 2017");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Housing|Housing's",
            "Children's Services|Children's Services'",
            "Economy, Regeneration and Culture|Economy, Regeneration and Culture's",
            "  Adults and Health  |Adults and Health's"})
    void possessive(String name, String expected) {
        assertThat(MailWords.possessive(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Quarter 2 (July to September) 2017/18|Q2 2017/18",
            "Quarter 4 (January to March) 2017/18|Q4 2017/18",
            "Quarter 10 weeks 2017/18|Quarter 10 weeks 2017/18",
            "Q1 2018/19|Q1 2018/19"})
    void shortQuarter(String name, String expected) {
        assertThat(MailWords.shortQuarter(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "closes in 2 days|closes in 2 days",
            "closes today|closes today",
            "3 days overdue|is 3 days overdue",
            "1 day overdue|is 1 day overdue",
            "is due tomorrow|is due tomorrow"})
    void stateReadsOnFromTheReturn(String closesIn, String expected) {
        assertThat(MailWords.state(closesIn)).isEqualTo(expected);
    }

    @Test
    void askedForCountsMeasuresAndKeyActions() {
        assertThat(MailWords.askedFor(12, 4)).isEqualTo("values for 12 measures and a status for 4 key actions");
        assertThat(MailWords.askedFor(1, 1)).isEqualTo("values for 1 measure and a status for 1 key action");
        assertThat(MailWords.askedFor(3, 0)).isEqualTo("values for 3 measures");
        assertThat(MailWords.askedFor(null, 2)).isEqualTo("a status for 2 key actions");
        assertThat(MailWords.askedFor(null, null)).isNull();
    }

    @Test
    void outstandingItems() {
        assertThat(MailWords.outstanding(1)).isEqualTo("1 item is still empty.");
        assertThat(MailWords.outstanding(7)).isEqualTo("7 items are still empty.");
        assertThat(MailWords.outstanding(null)).isNull();
    }

    @Test
    void greeting() {
        assertThat(MailWords.greeting("Sam Patel")).isEqualTo("Dear Sam Patel,");
        assertThat(MailWords.greeting(null)).isEqualTo("Hello,");
        assertThat(MailWords.greeting("  ")).isEqualTo("Hello,");
    }
}
