package io.tastelab.cli;

import io.tastelab.engine.sample.SampleInteractions;
import io.tastelab.engine.sample.SampleWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tastelab sample-interactions}: regenerates the built-in sample's synthetic ratings. */
@Command(name = "sample-interactions", mixinStandardHelpOptions = true,
        description = "Write the built-in sample's synthetic ratings (user,item,rating,timestamp); with the default seed "
                + "this is resources/sample/interactions.csv byte for byte.")
final class SampleInteractionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the sample's, ${DEFAULT-VALUE}).",
            defaultValue = "" + SampleInteractions.SEED)
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<SampleInteractions.Rating> ratings = SampleInteractions.generate(SampleWorkspace.shippedCatalog(), seed);
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            SampleInteractions.write(ratings, writer);
        }
        spec.commandLine().getOut().printf("wrote %,d synthetic ratings of %d users to %s%n", ratings.size(),
                SampleInteractions.USERS, out);
        return 0;
    }
}
