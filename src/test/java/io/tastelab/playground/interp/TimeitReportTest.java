package io.tastelab.playground.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeitReportTest {

    /** Expected values from IPython 8's {@code IPython.core.magics.execution._format_time}. */
    @ParameterizedTest(name = "{0} s is {1}")
    @CsvSource({
        "0.0075, 7.5 ms",
        "1.23e-7, 123 ns",
        "0.5, 500 ms",
        "2.5, 2.5 s",
        "0.000123456, 123 µs",
        "0.0009996, 1e+03 µs",
        "0.0, 0 ns",
        "75.0, 1min 15s",
        "3725.0, 1h 2min 5s",
    })
    void formatsTimesLikeIPython(double seconds, String expected) {
        assertThat(TimeitReport.formatTime(seconds)).isEqualTo(expected);
    }

    @Test
    void reportsMeanAndPopulationStandardDeviationPerLoop() {
        TimeitReport report = new TimeitReport(100, List.of(0.7, 0.8, 0.9), 0.05);
        assertThat(report.meanSeconds()).isCloseTo(0.008, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(report.stdSeconds()).isCloseTo(Math.sqrt(2.0 / 3.0) * 0.001, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(report.text()).isEqualTo("""
                8 ms ± 816 µs per loop (mean ± std. dev. of 3 runs, 100 loops each)
                first call: 50 ms (includes any tracing and compiling)
                """);
    }

    @Test
    void warnsWhenTheSlowestRunIsMuchSlowerThanTheFastest() {
        TimeitReport report = new TimeitReport(1_000, List.of(0.001, 0.01), 0.001);
        assertThat(report.text()).startsWith("The slowest run took 10.00 times longer than the fastest. This could "
                + "mean that an intermediate result is being cached.\n");
        assertThat(report.text()).contains("1,000 loops each");
    }
}
