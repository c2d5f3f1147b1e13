package io.tastelab.engine.models;

import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.random.JaxRandom;
import io.tastelab.engine.random.PrngKey;
import io.tastelab.engine.random.PrngMode;
import io.tastelab.engine.task.Progress;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Bayesian personalized ranking (Rendle et al. 2009) by stochastic gradient ascent: each step draws a
 * training interaction (u, i) and an item j the user has not interacted with, and raises
 * ln σ(b_i − b_j + x_u·(y_i − y_j)) with L2 regularization. An epoch draws as many triples as there are
 * training interactions, from {@code fold_in(key(seed), 2 + epoch)}. Runs on one thread, so a seed gives the
 * same factors on every machine.
 */
public final class Bpr {

    public static final String NAME = "bpr";
    static final Set<String> PARAMETERS = Set.of("bpr.factors", "bpr.epochs", "bpr.learning-rate", "bpr.regularization");

    /** Defaults: the hyper-parameters a plain run uses. */
    static final SgdSettings DEFAULTS = new SgdSettings(64, 30, 0.05, 0.001);

    private Bpr() {
    }

    public static FactorScorer train(InteractionMatrix train, SgdSettings settings, long seed, Progress progress,
                                     TrainingListener listener) {
        int users = train.userCount();
        int items = train.itemCount();
        int f = settings.factors();
        InteractionMatrix.Csr csr = train.csr();
        int nnz = csr.columnIndices().length;
        int[] entryUser = new int[nnz];
        int[][] positives = new int[users][];
        boolean[] known = new boolean[users];
        for (int u = 0; u < users; u++) {
            int start = csr.rowPointers()[u];
            int end = csr.rowPointers()[u + 1];
            Arrays.fill(entryUser, start, end, u);
            positives[u] = Arrays.copyOfRange(csr.columnIndices(), start, end);
            Arrays.sort(positives[u]);
            known[u] = end > start;
        }
        PrngKey root = PrngKey.fromSeed(seed);
        float[] x = scaled(JaxRandom.normal(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, 0), users * f), 0.1f);
        float[] y = scaled(JaxRandom.normal(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, 1), items * f), 0.1f);
        float[] bias = new float[items];
        float lr = (float) settings.learningRate();
        float reg = (float) settings.regularization();
        float[] xu = new float[f];
        for (int epoch = 1; epoch <= settings.epochs() && nnz > 0; epoch++) {
            progress.checkCancelled();
            PrngKey epochKey = JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, 1 + epoch);
            int[] picks = JaxRandom.randint(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, epochKey, 0), new int[] {nnz}, 0, nnz);
            int[] negatives = JaxRandom.randint(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, epochKey, 1), new int[] {nnz}, 0, items);
            int refill = 2;
            int cursor = 0;
            double lossSum = 0;
            int steps = 0;
            for (int s = 0; s < nnz; s++) {
                int entry = picks[s];
                int u = entryUser[entry];
                int i = csr.columnIndices()[entry];
                if (positives[u].length >= items) {
                    continue;
                }
                int j;
                do {
                    if (cursor == negatives.length) {
                        negatives = JaxRandom.randint(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, epochKey, refill++),
                                new int[] {nnz}, 0, items);
                        cursor = 0;
                    }
                    j = negatives[cursor++];
                } while (Arrays.binarySearch(positives[u], j) >= 0);
                int bu = u * f;
                int bi = i * f;
                int bj = j * f;
                float difference = bias[i] - bias[j];
                for (int k = 0; k < f; k++) {
                    difference += x[bu + k] * (y[bi + k] - y[bj + k]);
                }
                lossSum += softplus(-difference);
                steps++;
                float g = (float) (1 / (1 + Math.exp(difference)));
                System.arraycopy(x, bu, xu, 0, f);
                for (int k = 0; k < f; k++) {
                    float yi = y[bi + k];
                    float yj = y[bj + k];
                    x[bu + k] += lr * (g * (yi - yj) - reg * xu[k]);
                    y[bi + k] += lr * (g * xu[k] - reg * yi);
                    y[bj + k] += lr * (-g * xu[k] - reg * yj);
                }
                bias[i] += lr * (g - reg * bias[i]);
                bias[j] += lr * (-g - reg * bias[j]);
            }
            double loss = steps == 0 ? 0 : lossSum / steps;
            listener.onIteration(NAME, epoch, loss); // before the progress, so a live chart is never behind it
            progress.update(epoch, settings.epochs(), String.format(Locale.ROOT, "BPR epoch %d, loss %.5f", epoch, loss));
        }
        return new FactorScorer(x, y, f, 0, null, bias, known, false, "BPR score b_i + x_u·y_i (" + f + " factors)");
    }

    private static double softplus(double value) {
        return value > 30 ? value : Math.log1p(Math.exp(value));
    }

    static float[] scaled(float[] values, float scale) {
        for (int i = 0; i < values.length; i++) {
            values[i] *= scale;
        }
        return values;
    }
}
