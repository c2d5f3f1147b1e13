package io.tastelab.engine.models;

import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.pipeline.Recommender;
import io.tastelab.engine.recommenders.AllItemsCollector;
import io.tastelab.engine.recommenders.BusinessRulesServer;
import io.tastelab.engine.recommenders.MostPopularRanker;
import io.tastelab.engine.recommenders.RandomPickRanker;
import io.tastelab.engine.task.Progress;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every recommender TasteLab offers, declared once: its CLI and UI names, whether it serves a user from a model
 * trained on interactions, its hyper-parameters, and how to build it. The CLI ({@code recommend}, {@code evaluate}),
 * the Recommendations pane and the Evaluation pane all read this list.
 *
 * <p>Two ways to build one: {@link #catalogRecommender()} for those that need only the catalog (trivial, and
 * most-popular by the catalog's popularity column), and {@link #train} for everything that can be evaluated — a
 * model fit on a training matrix (most-popular then counts the training users, so no test interaction leaks).
 */
public enum RecommenderKind {
    TRIVIAL("trivial", "Trivial (one random item)", false, false, Set.of()),
    MOST_POPULAR("most-popular", "Most popular", false, false, Set.of()),
    RANDOM("random", "Random (per user)", true, false, Set.of()),
    USER_KNN(UserKnn.NAME, "User k-NN", true, false, UserKnn.PARAMETERS),
    ITEM_KNN(ItemKnn.NAME, "Item k-NN", true, false, ItemKnn.PARAMETERS),
    ALS(ImplicitAls.NAME, "ALS (implicit)", true, true, ImplicitAls.PARAMETERS),
    MF(BiasedMf.NAME, "Biased MF (explicit)", true, true, BiasedMf.PARAMETERS),
    BPR(Bpr.NAME, "BPR", true, true, Bpr.PARAMETERS);

    private final String cliName;
    private final String label;
    private final boolean personalized;
    private final boolean iterative;
    private final Set<String> parameters;

    RecommenderKind(String cliName, String label, boolean personalized, boolean iterative, Set<String> parameters) {
        this.cliName = cliName;
        this.label = label;
        this.personalized = personalized;
        this.iterative = iterative;
        this.parameters = Set.copyOf(parameters);
    }

    public String cliName() {
        return cliName;
    }

    public String label() {
        return label;
    }

    /**
     * Whether it serves a user from a model trained on the workspace's interactions, so a request needs a user
     * ({@code --user}, the pane's user picker) and the seen-items rule applies.
     */
    public boolean personalized() {
        return personalized;
    }

    /** Whether offline evaluation can score it: everything but trivial, whose one random pick is not a ranking. */
    public boolean evaluable() {
        return this != TRIVIAL;
    }

    /** Whether training runs iterations with a loss (for the live loss curve). */
    public boolean iterative() {
        return iterative;
    }

    /** The hyper-parameters it reads, as {@code model.name} keys (empty when it has none). */
    public Set<String> parameters() {
        return parameters;
    }

    /**
     * The recommender that needs only the catalog: trivial, or most-popular by the catalog's popularity column.
     *
     * @throws IllegalStateException for a personalized recommender, which must be {@linkplain #train trained}
     */
    public Recommender catalogRecommender() {
        return switch (this) {
            case TRIVIAL -> new Recommender(cliName, new AllItemsCollector(), new RandomPickRanker(), new BusinessRulesServer());
            case MOST_POPULAR -> new Recommender(cliName, new AllItemsCollector(), new MostPopularRanker(), new BusinessRulesServer());
            default -> throw new IllegalStateException(cliName + " learns from interactions: train it first");
        };
    }

    /**
     * Trains the model on {@code train}.
     *
     * @param itemIds  the id of every item index (the random baseline's scores are keyed by ids, not indices)
     * @param seed     the seed of every random draw (initial factors, sampling, the random baseline)
     * @param listener hears the loss after each iteration of iterative models
     * @throws IllegalStateException for trivial, which has no model
     * @throws io.tastelab.engine.task.CancelledException when progress reports a cancel
     */
    public ItemScorer train(InteractionMatrix train, String[] itemIds, ModelParams params, long seed, Progress progress,
                            TrainingListener listener) {
        if (this != TRIVIAL && itemIds.length != train.itemCount()) {
            throw new IllegalArgumentException(itemIds.length + " item ids for a matrix of " + train.itemCount() + " items");
        }
        return switch (this) {
            case TRIVIAL -> throw new IllegalStateException("trivial picks one random item; it has no model to train or evaluate");
            case RANDOM -> new RandomScorer(userIds(train), itemIds, seed);
            case MOST_POPULAR -> PopularityScorer.fit(train);
            case USER_KNN -> UserKnn.train(train, UserKnn.Settings.from(params));
            case ITEM_KNN -> ItemKnn.train(train, ItemKnn.Settings.from(params), progress);
            case ALS -> ImplicitAls.train(train, ImplicitAls.Settings.from(params), seed, progress, listener);
            case MF -> BiasedMf.train(train, SgdSettings.from(params, BiasedMf.NAME, BiasedMf.DEFAULTS), seed, progress, listener);
            case BPR -> Bpr.train(train, SgdSettings.from(params, Bpr.NAME, Bpr.DEFAULTS), seed, progress, listener);
        };
    }

    private static String[] userIds(InteractionMatrix matrix) {
        String[] ids = new String[matrix.userCount()];
        for (int user = 0; user < ids.length; user++) {
            ids[user] = matrix.userId(user);
        }
        return ids;
    }

    /** Every hyper-parameter name any recommender reads ("model.name"). */
    public static Set<String> knownParameters() {
        Set<String> all = new TreeSet<>();
        for (RecommenderKind kind : values()) {
            all.addAll(kind.parameters);
        }
        return all;
    }

    /** The recommenders offline evaluation can score, in list order. */
    public static List<RecommenderKind> evaluableKinds() {
        return Arrays.stream(values()).filter(RecommenderKind::evaluable).toList();
    }

    /** Looks a recommender up by its CLI name, e.g. "item-knn". */
    public static RecommenderKind byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (RecommenderKind kind : values()) {
            if (kind.cliName.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown recommender '" + name + "'; choose one of " + String.join(", ", names()));
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(RecommenderKind::cliName).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
