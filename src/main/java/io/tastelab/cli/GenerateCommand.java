package io.tastelab.cli;

import io.tastelab.engine.interactions.SyntheticInteractions;
import io.tastelab.engine.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tastelab generate}: synthetic ratings in MovieLens format. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write synthetic ratings (users with latent tastes over item clusters) as MovieLens ratings.csv and movies.csv.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--users", required = true, description = "Number of users.")
    int users;

    @Option(names = "--items", required = true, description = "Number of items.")
    int items;

    @Option(names = "--interactions", required = true, description = "Number of ratings in all.")
    long interactions;

    @Option(names = "--clusters", defaultValue = "16", description = "Item clusters / taste dimensions (default: ${DEFAULT-VALUE}).")
    int clusters;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for ratings.csv and movies.csv.")
    Path out;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        new SyntheticInteractions(users, items, clusters, interactions, seed).writeMovieLens(out, Progress.NONE);
        spec.commandLine().getOut().printf("wrote %d ratings of %d users over %d items to %s in %.1f s%n", interactions, users,
                items, out.resolve("ratings.csv"), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
