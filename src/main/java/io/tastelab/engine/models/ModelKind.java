package io.tastelab.engine.models;

import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The personalized lab's recommenders by their CLI and UI names, and how to train each. */
public enum ModelKind {
    RANDOM("random", "Random", false),
    MOST_POPULAR("most-popular", "Most popular", false),
    USER_KNN(UserKnn.NAME, "User k-NN", false),
    ITEM_KNN(ItemKnn.NAME, "Item k-NN", false),
    ALS(ImplicitAls.NAME, "ALS (implicit)", true),
    MF(BiasedMf.NAME, "Biased MF (explicit)", true),
    BPR(Bpr.NAME, "BPR", true);

    private final String cliName;
    private final String label;
    private final boolean iterative;

    ModelKind(String cliName, String label, boolean iterative) {
        this.cliName = cliName;
        this.label = label;
        this.iterative = iterative;
    }

    public String cliName() {
        return cliName;
    }

    public String label() {
        return label;
    }

    /** Whether training runs iterations with a loss (for the live loss curve). */
    public boolean iterative() {
        return iterative;
    }

    /**
     * Trains the model on {@code train}.
     *
     * @param seed     the seed of every random draw (initial factors, sampling, the random baseline)
     * @param listener hears the loss after each iteration of iterative models
     * @throws io.tastelab.engine.task.CancelledException when progress reports a cancel
     */
    public ItemScorer train(InteractionMatrix train, ModelParams params, long seed, Progress progress, TrainingListener listener) {
        return switch (this) {
            case RANDOM -> new RandomScorer(train.itemCount(), seed);
            case MOST_POPULAR -> PopularityScorer.fit(train);
            case USER_KNN -> UserKnn.train(train, UserKnn.Settings.from(params));
            case ITEM_KNN -> ItemKnn.train(train, ItemKnn.Settings.from(params), progress);
            case ALS -> ImplicitAls.train(train, ImplicitAls.Settings.from(params), seed, progress, listener);
            case MF -> BiasedMf.train(train, SgdSettings.from(params, BiasedMf.NAME, BiasedMf.DEFAULTS), seed, progress, listener);
            case BPR -> Bpr.train(train, SgdSettings.from(params, Bpr.NAME, Bpr.DEFAULTS), seed, progress, listener);
        };
    }

    /** Every hyper-parameter name any model reads ("model.name"). */
    public static Set<String> knownParameters() {
        Set<String> all = new HashSet<>();
        all.addAll(UserKnn.PARAMETERS);
        all.addAll(ItemKnn.PARAMETERS);
        all.addAll(ImplicitAls.PARAMETERS);
        all.addAll(BiasedMf.PARAMETERS);
        all.addAll(Bpr.PARAMETERS);
        return all;
    }

    public static ModelKind byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ModelKind kind : values()) {
            if (kind.cliName.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown recommender '" + name + "'; choose one of " + names());
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ModelKind::cliName).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
