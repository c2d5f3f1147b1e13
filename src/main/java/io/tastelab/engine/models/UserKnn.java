package io.tastelab.engine.models;

import io.tastelab.engine.interactions.InteractionMatrix;

import java.util.Arrays;
import java.util.Set;

/**
 * User-based k-nearest neighbours. Training only centers values and takes norms; each request finds the
 * user's neighbours sparse, through the columns of the user's items (O(Σ_{i∈u} n_i)), keeps the
 * {@code neighbours} most similar users with a positive similarity, and scores item j by
 * Σ_{v ∈ N(u)} sim(u, v) · r_vj (centered r for Pearson). Immutable; scoring is thread-safe.
 */
public final class UserKnn implements ItemScorer {

    public static final String NAME = "user-knn";
    static final Set<String> PARAMETERS = Set.of("user-knn.neighbours", "user-knn.shrinkage", "user-knn.similarity");

    /** Hyper-parameters. */
    public record Settings(int neighbours, double shrinkage, Similarity similarity) {
        public Settings {
            if (neighbours < 1 || shrinkage < 0) {
                throw new IllegalArgumentException("user-knn needs neighbours ≥ 1 and shrinkage ≥ 0");
            }
        }

        public static Settings from(ModelParams params) {
            return new Settings(params.intValue(NAME, "neighbours", 50), params.doubleValue(NAME, "shrinkage", 10),
                    Similarity.byName(params.stringValue(NAME, "similarity", "cosine")));
        }
    }

    private final InteractionMatrix.Csr rows;
    private final float[] rowValues;
    private final InteractionMatrix.Csc columns;
    private final float[] columnValues;
    private final double[] norms;
    private final int itemCount;
    private final Settings settings;

    private UserKnn(InteractionMatrix.Csr rows, float[] rowValues, InteractionMatrix.Csc columns, float[] columnValues,
                    double[] norms, int itemCount, Settings settings) {
        this.rows = rows;
        this.rowValues = rowValues;
        this.columns = columns;
        this.columnValues = columnValues;
        this.norms = norms;
        this.itemCount = itemCount;
        this.settings = settings;
    }

    public static UserKnn train(InteractionMatrix train, Settings settings) {
        InteractionMatrix.Csr csr = train.csr();
        InteractionMatrix.Csc csc = train.csc();
        float[] rowValues = settings.similarity().centered(csr.rowPointers(), csr.values());
        // The same centered values in CSC order (columns meet rows in row order; see ItemKnn).
        float[] columnValues = new float[rowValues.length];
        int[] cursor = Arrays.copyOf(csc.columnPointers(), train.itemCount());
        int users = train.userCount();
        double[] norms = new double[users];
        for (int u = 0; u < users; u++) {
            double sum = 0;
            for (int p = csr.rowPointers()[u]; p < csr.rowPointers()[u + 1]; p++) {
                columnValues[cursor[csr.columnIndices()[p]]++] = rowValues[p];
                sum += rowValues[p] * rowValues[p];
            }
            norms[u] = Math.sqrt(sum);
        }
        return new UserKnn(csr, rowValues, csc, columnValues, norms, train.itemCount(), settings);
    }

    @Override
    public int itemCount() {
        return itemCount;
    }

    @Override
    public boolean knows(int user) {
        return user >= 0 && user < norms.length && rows.rowPointers()[user + 1] > rows.rowPointers()[user];
    }

    private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>();

    private record Scratch(double[] dot, int[] co, int[] touched, float[] sims) {
    }

    @Override
    public void score(int user, float[] scores) {
        int users = norms.length;
        Scratch scratch = SCRATCH.get();
        if (scratch == null || scratch.dot.length != users) {
            scratch = new Scratch(new double[users], new int[users], new int[users], new float[users]);
            SCRATCH.set(scratch);
        }
        double[] dot = scratch.dot;
        int[] co = scratch.co;
        int[] touched = scratch.touched;
        float[] sims = scratch.sims;
        int touchedCount = 0;
        for (int p = rows.rowPointers()[user]; p < rows.rowPointers()[user + 1]; p++) {
            int item = rows.columnIndices()[p];
            float value = rowValues[p];
            for (int q = columns.columnPointers()[item]; q < columns.columnPointers()[item + 1]; q++) {
                int other = columns.rowIndices()[q];
                if (co[other] == 0) {
                    touched[touchedCount++] = other;
                }
                co[other]++;
                dot[other] += value * columnValues[q];
            }
        }
        int kept = 0;
        for (int t = 0; t < touchedCount; t++) {
            int other = touched[t];
            double similarity = other == user ? 0 : Similarity.shrunk(dot[other], norms[user], norms[other], co[other], settings.shrinkage());
            if (similarity > 0) {
                touched[kept++] = other;
                sims[other] = (float) similarity;
            }
            dot[other] = 0;
            co[other] = 0;
        }
        int[] neighbours = ItemKnn.bestByScore(touched, kept, sims, settings.neighbours());
        Arrays.fill(scores, 0, itemCount, 0f);
        for (int other : neighbours) {
            float similarity = sims[other];
            for (int p = rows.rowPointers()[other]; p < rows.rowPointers()[other + 1]; p++) {
                scores[rows.columnIndices()[p]] += similarity * rowValues[p];
            }
        }
    }

    @Override
    public String scoreMeaning() {
        return "similarity-weighted votes of the " + settings.neighbours() + " most similar users ("
                + settings.similarity().name().toLowerCase(java.util.Locale.ROOT) + ", shrinkage " + settings.shrinkage() + ")";
    }
}
