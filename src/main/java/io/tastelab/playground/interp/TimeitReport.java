package io.tastelab.playground.interp;

import java.util.List;

/**
 * The result of {@code %timeit}, reported as IPython does, plus the first call's time (which includes any
 * tracing and compiling that later calls reuse). Immutable.
 *
 * @param loops             calls per run
 * @param runSeconds        each run's total time, in seconds
 * @param firstCallSeconds  the time of the first call, made before the timed runs
 */
public record TimeitReport(int loops, List<Double> runSeconds, double firstCallSeconds) {

    public TimeitReport {
        runSeconds = List.copyOf(runSeconds);
    }

    /** The number of runs. */
    public int repeats() {
        return runSeconds.size();
    }

    /** Mean time per loop over the runs, in seconds. */
    public double meanSeconds() {
        // Summed exactly (as IPython's math.fsum does), so identical runs have exactly their time as the mean.
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (double run : runSeconds) {
            sum = sum.add(new java.math.BigDecimal(run / loops));
        }
        return runSeconds.isEmpty() ? 0.0
                : sum.divide(java.math.BigDecimal.valueOf(runSeconds.size()), java.math.MathContext.DECIMAL128).doubleValue();
    }

    /** Population standard deviation of the per-loop times, in seconds, as IPython computes it. */
    public double stdSeconds() {
        double mean = meanSeconds();
        double sum = runSeconds.stream().mapToDouble(run -> Math.pow(run / loops - mean, 2)).sum();
        return Math.sqrt(sum / runSeconds.size());
    }

    /**
     * IPython's lines: a warning when the slowest run took more than four times the fastest, then
     * {@code 7.52 ms ± 120 µs per loop (mean ± std. dev. of 7 runs, 100 loops each)}, then the first call.
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        double best = runSeconds.stream().mapToDouble(Double::doubleValue).min().orElse(0.0) / loops;
        double worst = runSeconds.stream().mapToDouble(Double::doubleValue).max().orElse(0.0) / loops;
        if (worst > 4 * best && best > 0 && worst > 1e-6) {
            text.append(String.format("The slowest run took %.2f times longer than the fastest. This could mean that "
                    + "an intermediate result is being cached.%n", worst / best).replace(System.lineSeparator(), "\n"));
        }
        text.append(formatTime(meanSeconds())).append(" ± ").append(formatTime(stdSeconds()))
                .append(" per loop (mean ± std. dev. of ").append(repeats()).append(" run")
                .append(repeats() == 1 ? "" : "s").append(", ").append(String.format("%,d", loops))
                .append(" loop").append(loops == 1 ? "" : "s").append(" each)\n");
        text.append("first call: ").append(formatTime(firstCallSeconds))
                .append(" (includes any tracing and compiling)\n");
        return text.toString();
    }

    /** IPython's {@code _format_time}: three significant digits in s, ms, µs or ns; minutes and more spelled out. */
    static String formatTime(double seconds) {
        if (seconds >= 60.0) {
            String[] suffixes = {"d", "h", "min", "s"};
            long[] lengths = {86_400, 3_600, 60, 1};
            StringBuilder parts = new StringBuilder();
            double leftover = seconds;
            for (int i = 0; i < suffixes.length; i++) {
                long value = (long) (leftover / lengths[i]);
                if (value > 0) {
                    leftover = leftover % lengths[i];
                    parts.append(parts.isEmpty() ? "" : " ").append(value).append(suffixes[i]);
                }
                if (leftover < 1) {
                    break;
                }
            }
            return parts.toString();
        }
        String[] units = {"s", "ms", "µs", "ns"};
        double[] scaling = {1, 1e3, 1e6, 1e9};
        int order = 3;
        if (seconds > 0.0) {
            order = Math.min(-Math.floorDiv((int) Math.floor(Math.log10(seconds)), 3), 3);
        }
        return PythonFormat.formatG(seconds * scaling[order], 3) + " " + units[order];
    }
}
