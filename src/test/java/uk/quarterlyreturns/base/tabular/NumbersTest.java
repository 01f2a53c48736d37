package uk.quarterlyreturns.base.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "12|12",
        "-3.5|-3.5",
        "0.25|0.25",
        ".5|0.5",
        "-.5|-0.5",
        "5.|5",
        "-0|0",
        "0.000|0",
        "  42 |42",
        "60.0|60",
        "100|100",
        "007|7",
        "123456789012|123456789012",
        "0.123456|0.123456",
        "1.5000000|1.5",
        "000000000000012.5|12.5",
        "\u22125|-5",
        "\u22123.5|-3.5"})
    void readsAPlainDecimal(String text, String expected) {
        BigDecimal number = Numbers.parse(text);

        assertThat(number).isEqualTo(new BigDecimal(expected));
        assertThat(number.toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
        "1e309|Write the number in full, without an exponent",
        "1.5E-3|Write the number in full, without an exponent",
        "NaN|Not a number: write a plain number",
        "Infinity|Not a number: write a plain number",
        "-Infinity|Not a number: write a plain number",
        "12,5|Use a dot for decimals and no thousands separators",
        "1,000|Use a dot for decimals and no thousands separators",
        "1 000|Use a dot for decimals and no thousands separators",
        "£5|Write a plain number, without £ or %",
        "57%|Write a plain number, without £ or %",
        "$3.50|Write a plain number, without £ or %",
        "+5|Write the number without a plus sign",
        "(5)|Write a negative number with a minus sign, such as -5, not in brackets",
        "( 12.5 )|Write a negative number with a minus sign, such as -5, not in brackets",
        "abc|Not a number",
        "--1|Not a number",
        "1-2|Not a number",
        "0x1F|Not a number",
        "1234567890123|The number has too many digits: at most 12 before the decimal point and 6 after",
        "0.1234567|The number has too many digits: at most 12 before the decimal point and 6 after"})
    void refusesAnythingButAPlainDecimal(String text, String message) {
        assertThatThrownBy(() -> Numbers.parse(text))
                .isInstanceOf(NumberFormatException.class)
                .hasMessage(message);
    }

    @Test
    void anEmptyTextIsNoNumberWhenOptionalButRefusedWhenRequired() {
        assertThat(Numbers.parseOptional("  ")).isNull();
        assertThat(Numbers.parseOptional(null)).isNull();
        assertThatThrownBy(() -> Numbers.parse("")).hasMessage("A number is needed");
    }

    @Test
    void plainDropsTrailingZerosWithoutAnExponent() {
        assertThat(Numbers.plain(new BigDecimal("1E+3")).toPlainString()).isEqualTo("1000");
        assertThat(Numbers.plain(new BigDecimal("1E+3"))).isEqualTo(new BigDecimal("1000"));
        assertThat(Numbers.plain(new BigDecimal("2.50"))).isEqualTo(new BigDecimal("2.5"));
        assertThat(Numbers.plain(new BigDecimal("-0.00"))).isEqualTo(BigDecimal.ZERO);
    }
}
