package io.tastelab.engine.models;

import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.random.JaxRandom;
import io.tastelab.engine.random.PrngKey;
import io.tastelab.engine.random.PrngMode;
import io.tastelab.engine.task.Progress;

import java.util.Locale;
import java.util.Set;

/**
 * Biased matrix factorization for explicit ratings (Koren, Bell & Volinsky 2009):
 * r̂_ui = μ + b_u + b_i + p_u·q_i, trained by stochastic gradient descent on the squared error with L2
 * regularization, visiting the training ratings in the order {@code permutation(fold_in(key(seed), 2 + epoch))}.
 * The loss reported per epoch is the training RMSE seen during the pass. One thread, so a seed gives the same
 * model everywhere.
 */
public final class BiasedMf {

    public static final String NAME = "mf";
    static final Set<String> PARAMETERS = Set.of("mf.factors", "mf.epochs", "mf.learning-rate", "mf.regularization");

    /** Defaults: the hyper-parameters a plain run uses. */
    static final SgdSettings DEFAULTS = new SgdSettings(32, 20, 0.01, 0.02);

    private BiasedMf() {
    }

    public static FactorScorer train(InteractionMatrix train, SgdSettings settings, long seed, Progress progress,
                                     TrainingListener listener) {
        int users = train.userCount();
        int items = train.itemCount();
        int f = settings.factors();
        InteractionMatrix.Csr csr = train.csr();
        int nnz = csr.columnIndices().length;
        int[] entryUser = new int[nnz];
        boolean[] known = new boolean[users];
        double sum = 0;
        for (int u = 0; u < users; u++) {
            for (int p = csr.rowPointers()[u]; p < csr.rowPointers()[u + 1]; p++) {
                entryUser[p] = u;
                sum += csr.values()[p];
            }
            known[u] = csr.rowPointers()[u + 1] > csr.rowPointers()[u];
        }
        float mean = nnz == 0 ? 0 : (float) (sum / nnz);
        PrngKey root = PrngKey.fromSeed(seed);
        float[] p = Bpr.scaled(JaxRandom.normal(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, 0), users * f), 0.1f);
        float[] q = Bpr.scaled(JaxRandom.normal(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, 1), items * f), 0.1f);
        float[] userBias = new float[users];
        float[] itemBias = new float[items];
        float lr = (float) settings.learningRate();
        float reg = (float) settings.regularization();
        for (int epoch = 1; epoch <= settings.epochs() && nnz > 0; epoch++) {
            progress.checkCancelled();
            int[] order = JaxRandom.permutation(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, 1 + epoch), nnz);
            double squared = 0;
            for (int entry : order) {
                int u = entryUser[entry];
                int i = csr.columnIndices()[entry];
                int bu = u * f;
                int bi = i * f;
                float prediction = mean + userBias[u] + itemBias[i];
                for (int k = 0; k < f; k++) {
                    prediction += p[bu + k] * q[bi + k];
                }
                float error = csr.values()[entry] - prediction;
                squared += (double) error * error;
                userBias[u] += lr * (error - reg * userBias[u]);
                itemBias[i] += lr * (error - reg * itemBias[i]);
                for (int k = 0; k < f; k++) {
                    float pu = p[bu + k];
                    float qi = q[bi + k];
                    p[bu + k] += lr * (error * qi - reg * pu);
                    q[bi + k] += lr * (error * pu - reg * qi);
                }
            }
            double rmse = Math.sqrt(squared / nnz);
            listener.onIteration(NAME, epoch, rmse); // before the progress, so a live chart is never behind it
            progress.update(epoch, settings.epochs(), String.format(Locale.ROOT, "MF epoch %d, training RMSE %.5f", epoch, rmse));
        }
        return new FactorScorer(p, q, f, mean, userBias, itemBias, known, true,
                "predicted rating μ + b_u + b_i + p_u·q_i (" + f + " factors)");
    }
}
