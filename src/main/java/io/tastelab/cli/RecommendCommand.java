package io.tastelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.pipeline.Explanations;
import io.tastelab.engine.pipeline.Recommendation;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.pipeline.ScoredItem;
import io.tastelab.engine.models.RecommenderKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code tastelab recommend}: runs one recommender on a workspace and prints the list. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Print recommendations from the built-in sample, a workspace or a catalog CSV.")
final class RecommendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "A workspace (.tastelab/.sqlite) or a catalog CSV (default: the built-in sample).")
    Path workspace;

    @Option(names = "--recommender", required = true, paramLabel = "NAME", completionCandidates = RecommenderNames.class,
            description = "One of ${COMPLETION-CANDIDATES}; all but trivial and most-popular are trained on the "
                    + "interactions and need --user.")
    String recommender;

    @Option(names = "-k", required = true, paramLabel = "N", description = "max_num_recs: at most N items.")
    int k;

    @Option(names = "--exclude", split = ",", paramLabel = "ID", description = "Item ids to leave out.")
    List<String> exclude = List.of();

    @Option(names = "--user", paramLabel = "ID", description = "The user the list is for.")
    String user;

    @Option(names = "--category", paramLabel = "C", description = "Only items of this category.")
    String category;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed for randomness (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--param", paramLabel = "MODEL.NAME=VALUE",
            description = "A hyper-parameter of a trained recommender, e.g. als.factors=64 (repeatable).")
    List<String> params = List.of();

    @Option(names = "--keep-seen", description = "Trained recommenders: also show items the user has already interacted with.")
    boolean keepSeen;

    @Option(names = "--csv", description = "Print rank,id,title,score as CSV.")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        RecommendationRequest request = new RecommendationRequest(Optional.ofNullable(user), Optional.ofNullable(category), k,
                Set.copyOf(exclude), seed);
        Recommendation result;
        RecommenderKind kind = RecommenderKind.byName(recommender);
        if (kind.personalized()) {
            result = PersonalizedRecommend.recommend(workspace, kind, request, params, keepSeen);
            spec.commandLine().getErr().println("ranked by " + result.trace().scoreMeaning());
        } else {
            result = kind.catalogRecommender().recommend(WorkspaceOption.open(workspace), request);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            java.io.StringWriter text = new java.io.StringWriter();
            io.tastelab.engine.exchange.CsvExport.recommendations(result, text);
            out.print(text);
            out.flush();
        } else if (json) {
            out.println(toJson(result));
        } else {
            printText(result, out);
        }
        return 0;
    }

    static String toJson(Recommendation result) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("recommender", result.recommender());
        if (result.items().isEmpty()) {
            root.putNull("items");
        } else {
            ArrayNode items = root.putArray("items");
            for (ScoredItem scored : result.items().get()) {
                Item item = result.catalog().item(scored.index());
                items.addObject().put("id", item.id()).put("title", item.title()).put("score", scored.score());
            }
        }
        return root.toString();
    }

    private static void printText(Recommendation result, PrintWriter out) {
        if (result.items().isEmpty()) {
            out.println("No recommendation (None): " + Explanations.whyNone(result));
            return;
        }
        List<ScoredItem> items = result.items().get();
        if (items.isEmpty()) {
            out.println("No items requested (k = 0).");
        }
        int rank = 1;
        for (ScoredItem scored : items) {
            Item item = result.catalog().item(scored.index());
            out.printf("%3d. %-12s %-50s %12s%n", rank++, item.id(), item.title(), formatScore(scored.score()));
        }
    }

    private static String formatScore(double score) {
        return score == Math.rint(score) ? String.format("%.0f", score) : String.format("%.4f", score);
    }
}
