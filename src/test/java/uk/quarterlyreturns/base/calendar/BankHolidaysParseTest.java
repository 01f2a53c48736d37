package uk.quarterlyreturns.base.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankHolidaysParseTest {

    private static BankHolidays parse(String text) {
        return BankHolidays.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final LocalDate CHRISTMAS_2017 = LocalDate.of(2017, 12, 25);

    @Test
    void readsDatesAndNames() {
        BankHolidays holidays = parse("date,name\n2017-12-25,Christmas Day\n2017-12-26,Boxing Day\n");
        assertThat(holidays.name(CHRISTMAS_2017)).contains("Christmas Day");
        assertThat(holidays.contains(LocalDate.of(2017, 12, 26))).isTrue();
        assertThat(holidays.firstDate()).isEqualTo(CHRISTMAS_2017);
        assertThat(holidays.lastDate()).isEqualTo(LocalDate.of(2017, 12, 26));
    }

    @Test
    void ignoresBlankLinesWindowsLineEndsAndAByteOrderMark() {
        BankHolidays holidays = parse(
                "\uFEFFdate,name\r\n\r\n2017-12-26,Boxing Day\r\n  \r\n2017-12-25,Christmas Day\r\n");
        assertThat(holidays.name(CHRISTMAS_2017)).contains("Christmas Day");
        assertThat(holidays.lastDate()).isEqualTo(LocalDate.of(2017, 12, 26));
    }

    @Test
    void aQuotedNameMayHoldCommasAndQuotes() {
        BankHolidays holidays = parse("date,name\n2020-05-08,\"Early May bank holiday, moved for \"\"VE day\"\"\"\n");
        assertThat(holidays.name(LocalDate.of(2020, 5, 8)))
                .contains("Early May bank holiday, moved for \"VE day\"");
    }

    @Test
    void aBadDateIsReportedWithItsLineNumberAndText() {
        assertThatThrownBy(() -> parse("date,name\n2017-12-25,Christmas Day\n\n2017-13-01,Nonsense\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 4 \"2017-13-01,Nonsense\"")
                .hasMessageContaining("\"2017-13-01\" is not a date in the form 2017-12-25");
    }

    @Test
    void everyBadLineIsReported() {
        assertThatThrownBy(() -> parse("date,name\n25/12/2017,Christmas Day\n2017-12-26,Boxing Day\n2018-01-01\n"))
                .hasMessageStartingWith("The bank holiday file has 2 bad lines:")
                .hasMessageContaining("line 2 \"25/12/2017,Christmas Day\"")
                .hasMessageContaining("line 4 \"2018-01-01\": expected a date and a name separated by a comma")
                .hasMessageNotContaining("line 3");
    }

    @Test
    void theFirstLineMustBeTheHeader() {
        assertThatThrownBy(() -> parse("2017-12-25,Christmas Day\n2017-12-26,Boxing Day\n"))
                .hasMessageContaining("line 1 \"2017-12-25,Christmas Day\": "
                        + "the first line must be the header date,name");
    }

    @Test
    void anEmptyFileOrOneWithOnlyTheHeaderIsRefused() {
        assertThatThrownBy(() -> parse("")).hasMessageContaining("The bank holiday file is empty");
        assertThatThrownBy(() -> parse("\n\n")).hasMessageContaining("The bank holiday file is empty");
        assertThatThrownBy(() -> parse("date,name\n")).hasMessage("The bank holiday file lists no bank holidays");
    }

    @Test
    void aYearLeftOutBetweenTheFirstAndTheLastIsRefused() {
        assertThatThrownBy(() -> parse("date,name\n2026-12-25,Christmas Day\n2029-01-01,New Year's Day\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lists no bank holidays in 2027, 2028");
        assertThat(parse("date,name\n2026-12-25,Christmas Day\n2027-01-01,New Year's Day\n").lastDate())
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aDateListedTwiceIsRefused() {
        assertThatThrownBy(() -> parse("date,name\n2017-12-25,Christmas Day\n2017-12-25,Christmas\n"))
                .hasMessageContaining("line 3 \"2017-12-25,Christmas\": 2017-12-25 is already listed on line 2");
    }

    @Test
    void aWeekendDateIsRefusedInFavourOfItsSubstituteDay() {
        assertThatThrownBy(() -> parse("date,name\n2021-12-25,Christmas Day\n"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("2021-12-25 is a Saturday: list the weekday the holiday is taken on");
    }

    @Test
    void anUnquotedCommaInANameIsRefused() {
        assertThatThrownBy(() -> parse("date,name\n2020-05-08,Early May, VE day\n"))
                .hasMessageContaining("line 2 \"2020-05-08,Early May, VE day\": too many commas: "
                        + "a name containing a comma must be in double quotes");
    }

    @Test
    void badQuotingIsRefused() {
        assertThatThrownBy(() -> parse("date,name\n2020-05-08,\"VE day\n"))
                .hasMessageContaining("line 2").hasMessageContaining("a double quote is not closed on the same line");
        assertThatThrownBy(() -> parse("date,name\n2020-05-08,VE \"day\"\n"))
                .hasMessageContaining("line 2").hasMessageContaining("a double quote may only surround a whole field");
        assertThatThrownBy(() -> parse("date,name\n2020-05-08,\"VE\" day\n"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("a closing double quote must be followed by a comma");
    }

    @Test
    void aHolidayNeedsAName() {
        assertThatThrownBy(() -> parse("date,name\n2017-12-25, \n"))
                .hasMessageContaining("line 2 \"2017-12-25, \": the holiday needs a name");
    }
}
