package io.tastelab.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that say what is trained on what, shared by {@code evaluate} and {@code bench train} so that a
 * benchmark splits and trains exactly as an evaluation does.
 */
final class SplitOptions {

    @Option(names = "--split", defaultValue = "leave-last-out", paramLabel = "KIND",
            description = "leave-last-out, holdout or temporal (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--holdout", defaultValue = "0.2", paramLabel = "F",
            description = "Test fraction for holdout and temporal splits (default: ${DEFAULT-VALUE}).")
    double holdout;

    @Option(names = "--recommenders", split = ",", required = true, paramLabel = "NAME",
            completionCandidates = RecommenderNames.Evaluable.class,
            description = "Comma-separated, from: ${COMPLETION-CANDIDATES}.")
    List<String> recommenders;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
            description = "Seed of the split and the models (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--param", paramLabel = "MODEL.NAME=VALUE",
            description = "A hyper-parameter, e.g. als.factors=64 or als.iterations=5 (repeatable).")
    List<String> params = List.of();
}
