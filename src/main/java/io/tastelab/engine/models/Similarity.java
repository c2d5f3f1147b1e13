package io.tastelab.engine.models;

import java.util.Locale;

/** How two rating vectors are compared by the neighbourhood models. */
public enum Similarity {
    /** Cosine of the raw value vectors. */
    COSINE,
    /**
     * Cosine of mean-centered vectors (each vector centered on its own mean over its own entries): the
     * Pearson correlation when the two vectors share their entries, and its usual sparse approximation otherwise.
     * On all-ones implicit data every centered value is 0, so every similarity is 0: use cosine there.
     */
    PEARSON;

    public static Similarity byName(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "cosine" -> COSINE;
            case "pearson" -> PEARSON;
            default -> throw new IllegalArgumentException("similarity is cosine or pearson, got '" + name + "'");
        };
    }

    /** Values centered on their vector's mean for Pearson; unchanged for cosine. */
    float[] centered(int[] pointers, float[] values) {
        float[] out = values.clone();
        if (this == COSINE) {
            return out;
        }
        for (int row = 0; row + 1 < pointers.length; row++) {
            int start = pointers[row];
            int end = pointers[row + 1];
            double sum = 0;
            for (int p = start; p < end; p++) {
                sum += values[p];
            }
            float mean = end > start ? (float) (sum / (end - start)) : 0;
            for (int p = start; p < end; p++) {
                out[p] = values[p] - mean;
            }
        }
        return out;
    }

    /**
     * The shrunk similarity: {@code dot / (‖a‖‖b‖) × co / (co + shrinkage)} where {@code co} is how many
     * entries the vectors share. 0 when either norm is 0.
     */
    static double shrunk(double dot, double normA, double normB, int coCount, double shrinkage) {
        if (normA == 0 || normB == 0) {
            return 0;
        }
        return dot / (normA * normB) * (coCount / (coCount + shrinkage));
    }
}
