package io.tastelab.cli;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.evaluation.EvaluationData;
import io.tastelab.engine.models.ModelParams;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.TrainedRecommender;
import io.tastelab.engine.models.TrainingListener;
import io.tastelab.engine.pipeline.Recommendation;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.Workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code tastelab recommend} with a personalized recommender (see {@link RecommenderKind#personalized()}): trains it
 * on all of the workspace's interactions (the built-in sample's without {@code --workspace}), then serves the request
 * through collector → model → server.
 */
final class PersonalizedRecommend {

    private PersonalizedRecommend() {
    }

    static Recommendation recommend(Path workspace, RecommenderKind kind, RecommendationRequest request, List<String> params,
                                    boolean keepSeen) throws IOException {
        if (workspace != null && !Workspace.looksLikeWorkspace(workspace)) {
            throw new IllegalArgumentException("'" + kind.cliName() + "' learns from interactions, which a catalog CSV does not have: "
                    + "give --workspace FILE.tastelab, or leave --workspace out for the built-in sample");
        }
        ModelParams parsed = ModelParams.parse(params);
        parsed.requireKnown(RecommenderKind.knownParameters());
        EvaluationData data = workspace == null ? sample() : EvaluationData.load(workspace, Progress.NONE);
        if (request.user().isEmpty()) {
            String where = workspace == null ? "the built-in sample" : String.valueOf(workspace.getFileName());
            String example = data.interactions().userCount() == 0 ? "" : ", e.g. --user " + data.interactions().userId(0)
                    + " (a user of " + where + ")";
            throw new IllegalArgumentException("'" + kind.cliName() + "' recommends for one user: give --user ID" + example);
        }
        TrainedRecommender trained = TrainedRecommender.train(kind, data.interactions(), data.itemIds(), parsed,
                request.seed(), Progress.NONE, TrainingListener.NONE);
        return trained.recommender(!keepSeen).recommend(data.catalog(), request);
    }

    /** The built-in sample's catalog and synthetic ratings. */
    static EvaluationData sample() {
        Catalog catalog = SampleWorkspace.load();
        String[] ids = catalog.items().stream().map(io.tastelab.engine.catalog.Item::id).toArray(String[]::new);
        return new EvaluationData("Built-in sample", SampleWorkspace.interactions(catalog), ids, catalog);
    }
}
