package io.tastelab.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that say how the interactions are split and the models trained, shared by {@code evaluate},
 * {@code bench train} and the Spark application's {@code evaluate}, so that a benchmark or a cluster splits and
 * trains exactly as an evaluation does. Which recommenders each command offers is its own option.
 */
public final class SplitOptions {

    @Option(names = "--split", defaultValue = "leave-last-out", paramLabel = "KIND",
            description = "leave-last-out, holdout or temporal (default: ${DEFAULT-VALUE}).")
    public String split;

    @Option(names = "--holdout", defaultValue = "0.2", paramLabel = "F",
            description = "Test fraction for holdout and temporal splits (default: ${DEFAULT-VALUE}).")
    public double holdout;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
            description = "Seed of the split and the models (default: ${DEFAULT-VALUE}).")
    public long seed;

    @Option(names = "--param", paramLabel = "MODEL.NAME=VALUE",
            description = "A hyper-parameter, e.g. als.factors=64 or als.iterations=5 (repeatable).")
    public List<String> params = List.of();
}
