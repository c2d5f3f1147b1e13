package io.tastelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.format.Counts;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.interactions.InteractionPopularity;
import io.tastelab.engine.interactions.MatrixOverview;
import io.tastelab.engine.pipeline.CandidateSet;
import io.tastelab.engine.recommenders.TopK;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.LongBuffer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tastelab stats}: the size of a workspace's user-item matrix and its most popular items. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Users, items, interactions, density and the 10 items with the most users.")
final class StatsCommand implements Callable<Integer> {

    static final int TOP = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "W", description = "The workspace file (default: the built-in sample).")
    Path workspace;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        Catalog catalog;
        InteractionMatrix matrix;
        if (workspace == null) {
            catalog = SampleWorkspace.load();
            matrix = SampleWorkspace.interactions(catalog);
        } else {
            try (Workspace opened = Workspace.open(workspace, true)) {
                catalog = opened.loadCatalog();
                matrix = opened.loadInteractions(catalog, Progress.NONE);
            }
        }
        long[] users = InteractionPopularity.distinctUsersPerItem(matrix);
        int[] top = TopK.select(LongBuffer.wrap(users), CandidateSet.all(catalog.size()), catalog::compareIds, TOP);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("users", matrix.userCount());
            root.put("items", catalog.size());
            root.put("interactions", matrix.nnz());
            root.put("density", matrix.density());
            ArrayNode list = root.putArray("top_popular");
            for (int index : top) {
                list.addObject().put("id", catalog.item(index).id()).put("count", users[index]);
            }
            out.println(root);
        } else {
            out.println(MatrixOverview.describe(matrix));
            int rank = 1;
            for (int index : top) {
                out.printf("%3d. %-12s %-50s %10s%n", rank++, catalog.item(index).id(),
                        fitted(catalog.item(index).title(), 50), Counts.of(users[index], "user"));
            }
        }
        return 0;
    }

    /** {@code text} cut to {@code width} characters with an ellipsis, so that the counts stay in one column. */
    static String fitted(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
