package io.tastelab.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options the array benchmarks share (a picocli mixin): array size, timed runs, and the NumPy switch. */
final class ArrayBenchOptions {

    @Option(names = "--size", defaultValue = "2048", description = "N of the N×N float32 array (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--repeats", defaultValue = "7", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--no-numpy", description = "Skip the NumPy baseline.")
    boolean noNumpy;

    /** Refuses sizes and counts below 1 with a usage error naming the option. */
    void validate(CommandSpec spec) {
        if (size < 1) {
            throw new ParameterException(spec.commandLine(), "--size must be at least 1, got " + size);
        }
        if (repeats < 1) {
            throw new ParameterException(spec.commandLine(), "--repeats must be at least 1, got " + repeats);
        }
    }
}
