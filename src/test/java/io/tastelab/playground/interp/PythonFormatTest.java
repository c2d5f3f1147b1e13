package io.tastelab.playground.interp;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonFormatTest {

    /** Expected values from CPython 3.11's {@code repr(float)}. */
    @ParameterizedTest(name = "repr({0}) == {1}")
    @CsvSource({
        "0.1, 0.1", "1e16, 1e+16", "1e15, 1000000000000000.0", "123456789.0, 123456789.0", "0.0001, 0.0001",
        "0.00001, 1e-05", "1.5e-7, 1.5e-07", "1e100, 1e+100", "5e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308",
        "-2.5, -2.5", "100.0, 100.0", "0.30000000000000004, 0.30000000000000004", "9007199254740993, 9007199254740992.0",
    })
    void floatReprIsPythons(double value, String expected) {
        assertThat(PythonFormat.floatRepr(value)).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void floatReprReadsBackAsTheSameDouble(@ForAll double value) {
        String repr = PythonFormat.floatRepr(value);
        double readBack = switch (repr) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(repr);
        };
        assertThat(Double.doubleToLongBits(readBack)).isEqualTo(Double.doubleToLongBits(value));
    }

    /** Expected values from CPython 3.11's {@code '%.3g' % value}. */
    @ParameterizedTest(name = "%.3g of {0} == {1}")
    @CsvSource({
        "7.5, 7.5", "123.456, 123", "999.6, 1e+03", "0.0001234, 0.000123", "0.00001234, 1.23e-05", "1.0, 1",
        "12345678, 1.23e+07", "0.5, 0.5", "2.675, 2.67",
    })
    void formatGIsPythons(double value, String expected) {
        assertThat(PythonFormat.formatG(value, 3)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "repr of {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "abc | 'abc'", "it's | \"it's\"", "say \"hi\" | 'say \"hi\"'", "é | 'é'",
    })
    void strReprIsPythons(String text, String expected) {
        assertThat(PythonFormat.strRepr(text)).isEqualTo(expected);
    }
}
