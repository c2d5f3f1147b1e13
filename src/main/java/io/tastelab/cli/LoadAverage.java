package io.tastelab.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** The machine's load, printed beside every benchmark: a busy moment can flatter or spoil a ratio. */
final class LoadAverage {
    private LoadAverage() {
    }

    static String describe() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min), %d cores", load,
                Runtime.getRuntime().availableProcessors());
    }
}
