package io.tastelab.engine.models;

import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.random.JaxRandom;
import io.tastelab.engine.random.PrngKey;
import io.tastelab.engine.random.PrngMode;
import io.tastelab.engine.task.Progress;

import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Alternating least squares for implicit feedback (Hu, Koren & Volinsky 2008): preference p = 1 for every
 * observed entry, confidence c = 1 + alpha·r, minimizing
 * Σ_{u,i} c_ui (p_ui − x_u·y_i)² + λ (Σ|x_u|² + Σ|y_i|²) over all user-item cells (unobserved: c = 1, p = 0).
 *
 * <p>Each half-step solves every user's (then item's) normal equations
 * (YᵀY + Σ_{i∈u} (c_ui − 1) y_i y_iᵀ + λI) x_u = Σ_{i∈u} c_ui y_i, sharing YᵀY: either exactly by Cholesky
 * ({@code solver=cholesky}, O(n_u f² + f³) per user) or by a few conjugate-gradient steps warm-started from
 * the previous factors ({@code solver=cg}, the default; Takács, Pilászy & Tikk 2011, as in the {@code implicit}
 * library; O(steps · n_u f + steps · f²) per user). By default λ is multiplied by the row's number of
 * interactions, as Spark MLlib does (ALS-WR), so Spark's regParam means the same here;
 * {@code scale-regularization=false} uses λ as is. Users and items are solved in parallel on the common fork-join pool.
 */
public final class ImplicitAls {

    public static final String NAME = "als";
    static final Set<String> PARAMETERS = Set.of("als.factors", "als.iterations", "als.regularization", "als.alpha",
            "als.solver", "als.cg-steps", "als.scale-regularization");

    /** Hyper-parameters. */
    public record Settings(int factors, int iterations, double regularization, double alpha, boolean conjugateGradient,
                           int cgSteps, boolean scaleRegularization) {

        /** Settings with λ as given for every row (not scaled by the row's count). */
        public Settings(int factors, int iterations, double regularization, double alpha, boolean conjugateGradient, int cgSteps) {
            this(factors, iterations, regularization, alpha, conjugateGradient, cgSteps, false);
        }

        /** λ for a row with {@code count} interactions: λ·count when scaled (Spark's ALS-WR), else λ. */
        double regularizationFor(int count) {
            return scaleRegularization ? regularization * Math.max(count, 1) : regularization;
        }

        public Settings {
            if (factors < 1 || iterations < 0 || regularization < 0 || alpha < 0 || cgSteps < 1) {
                throw new IllegalArgumentException("ALS needs factors ≥ 1, iterations ≥ 0, regularization ≥ 0, alpha ≥ 0, cg-steps ≥ 1");
            }
        }

        public static Settings from(ModelParams params) {
            String solver = params.stringValue(NAME, "solver", "cg").toLowerCase(Locale.ROOT);
            if (!solver.equals("cg") && !solver.equals("cholesky")) {
                throw new IllegalArgumentException("als.solver is cg or cholesky, got '" + solver + "'");
            }
            return new Settings(params.intValue(NAME, "factors", 64), params.intValue(NAME, "iterations", 10),
                    params.doubleValue(NAME, "regularization", 0.1), params.doubleValue(NAME, "alpha", 1),
                    solver.equals("cg"), params.intValue(NAME, "cg-steps", 3), scaled(params));
        }
    }

    private static boolean scaled(ModelParams params) {
        String text = params.stringValue(NAME, "scale-regularization", "true").toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("als.scale-regularization is true or false, got '" + text + "'");
        };
    }

    private ImplicitAls() {
    }

    public static FactorScorer train(InteractionMatrix train, Settings settings, long seed, Progress progress,
                                     TrainingListener listener) {
        return train(train, settings, seed, progress, listener, false);
    }

    /**
     * Trains with users and items relabelled by descending interaction count ({@code byPopularity}) or in their own
     * order. Relabelled, the rows most rows gather (popular items, heavy users) sit together in a few pages and
     * cache lines of the factor tables instead of spread over 57 MB at 25M. Each row's solve reads the same
     * entries in the same order and the Gram matrices sum their rows in the original order, so both give the same
     * factors bit for bit. Off by default: at 25M (two iterations, under load) it took 63.7 CPU s against 55.9 in
     * order and peaked 230 MiB higher (resources/performance.md), so the gather's misses are not a page or line
     * layout problem. The relabelled path stays, tested against the in-order one, for the next step (ordering rows
     * so that rows solved together share partners). In order, training reads the matrix's own arrays: no copies.
     */
    static FactorScorer train(InteractionMatrix train, Settings settings, long seed, Progress progress,
                              TrainingListener listener, boolean byPopularity) {
        int users = train.userCount();
        int items = train.itemCount();
        int f = settings.factors();
        InteractionMatrix.Csr csr = train.sharedCsr();
        InteractionMatrix.Csc csc = train.sharedCsc();
        int[] userByLabel = byPopularity ? PopularityRows.byDescendingCount(csr.rowPointers()) : identity(users);
        int[] itemByLabel = byPopularity ? PopularityRows.byDescendingCount(csc.columnPointers()) : identity(items);
        int[] userLabel = inverse(userByLabel);
        int[] itemLabel = inverse(itemByLabel);
        Relabelled rows = byPopularity ? Relabelled.of(csr.rowPointers(), csr.columnIndices(), csr.values(), userByLabel, itemLabel)
                : new Relabelled(csr.rowPointers(), csr.columnIndices(), csr.values());
        Relabelled columns = byPopularity ? Relabelled.of(csc.columnPointers(), csc.rowIndices(), csc.values(), itemByLabel, userLabel)
                : new Relabelled(csc.columnPointers(), csc.rowIndices(), csc.values());
        PrngKey root = PrngKey.fromSeed(seed);
        float[] x = permuteRows(initial(JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, 0), users, f), userByLabel, f);
        float[] y = permuteRows(initial(JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, 1), items, f), itemByLabel, f);
        boolean[] known = new boolean[users];
        for (int u = 0; u < users; u++) {
            known[u] = csr.rowPointers()[u + 1] > csr.rowPointers()[u];
        }
        for (int iteration = 1; iteration <= settings.iterations(); iteration++) {
            progress.checkCancelled();
            solveAll(x, y, itemLabel, rows, settings, progress);
            progress.checkCancelled();
            solveAll(y, x, userLabel, columns, settings, progress);
            progress.checkCancelled();
            if (listener == TrainingListener.NONE) {
                // Nobody plots the loss: skip its O(nnz·f + users·f²) pass.
                progress.update(iteration, settings.iterations(), "ALS iteration " + iteration);
            } else {
                double loss = loss(unpermuteRows(x, userByLabel, f), unpermuteRows(y, itemByLabel, f), users, csr, settings);
                // The loss before the progress: a live chart then never shows fewer points than the progress says.
                listener.onIteration(NAME, iteration, loss);
                progress.update(iteration, settings.iterations(), String.format(Locale.ROOT, "ALS iteration %d, loss %.5f", iteration, loss));
            }
        }
        return new FactorScorer(unpermuteRows(x, userByLabel, f), unpermuteRows(y, itemByLabel, f), f, 0, null, null, known, false,
                "ALS preference estimate x_u·y_i (" + f + " factors)");
    }

    /**
     * A compressed sparse matrix (rows or columns) with its outer dimension in label order and its entries'
     * indices relabelled; each row keeps its entries in their original order.
     */
    record Relabelled(int[] pointers, int[] indices, float[] values) {

        static Relabelled of(int[] pointers, int[] indices, float[] values, int[] outerByLabel, int[] innerLabel) {
            int outer = outerByLabel.length;
            int[] newPointers = new int[outer + 1];
            int[] newIndices = new int[indices.length];
            float[] newValues = new float[values.length];
            for (int label = 0; label < outer; label++) {
                int from = outerByLabel[label];
                int start = pointers[from];
                int length = pointers[from + 1] - start;
                int at = newPointers[label];
                for (int k = 0; k < length; k++) {
                    newIndices[at + k] = innerLabel[indices[start + k]];
                }
                System.arraycopy(values, start, newValues, at, length);
                newPointers[label + 1] = at + length;
            }
            return new Relabelled(newPointers, newIndices, newValues);
        }
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static int[] inverse(int[] byLabel) {
        int[] label = new int[byLabel.length];
        for (int l = 0; l < byLabel.length; l++) {
            label[byLabel[l]] = l;
        }
        return label;
    }

    /** Row l of the result is row {@code byLabel[l]} of {@code table}. */
    private static float[] permuteRows(float[] table, int[] byLabel, int f) {
        float[] out = new float[table.length];
        for (int l = 0; l < byLabel.length; l++) {
            System.arraycopy(table, byLabel[l] * f, out, l * f, f);
        }
        return out;
    }

    /** The inverse of {@link #permuteRows}: row {@code byLabel[l]} of the result is row l of {@code table}. */
    private static float[] unpermuteRows(float[] table, int[] byLabel, int f) {
        float[] out = new float[table.length];
        for (int l = 0; l < byLabel.length; l++) {
            System.arraycopy(table, l * f, out, byLabel[l] * f, f);
        }
        return out;
    }

    /** Small normal draws, 0.01 × N(0, 1), from the key. */
    static float[] initial(PrngKey key, int rows, int f) {
        float[] values = JaxRandom.normal(PrngMode.PARTITIONABLE, key, rows * f);
        for (int i = 0; i < values.length; i++) {
            values[i] *= 0.01f;
        }
        return values;
    }

    /**
     * Updates every row of {@code target} given the fixed {@code other} factors. After a cancel the remaining
     * blocks are skipped (a half-step over 162,000 users takes seconds), and the caller's check throws.
     */
    static void solveAll(float[] target, float[] other, int[] otherLabel, Relabelled matrix, Settings settings, Progress progress) {
        int f = settings.factors();
        int otherRows = other.length / f;
        int rows = target.length / f;
        int[] pointers = matrix.pointers();
        int[] indices = matrix.indices();
        float[] values = matrix.values();
        // Summed in the original row order: the same doubles whatever the labels.
        double[] gram = SmallDense.gramian(other, otherRows, f, otherLabel);
        // λ on the diagonal here; a scaled λ·n adds the rest per row.
        for (int k = 0; k < f; k++) {
            gram[k * f + k] += settings.regularization();
        }
        float[] gramFloat = new float[f * f];
        for (int k = 0; k < gramFloat.length; k++) {
            gramFloat[k] = (float) gram[k];
        }
        int chunk = 64;
        IntStream.range(0, (rows + chunk - 1) / chunk).parallel().forEach(block -> {
            if (progress.isCancelled()) {
                return;
            }
            double[] a = new double[f * f];
            double[] b = new double[f];
            float[] r = new float[f];
            float[] p = new float[f];
            float[] ap = new float[f];
            float[] current = new float[f];
            for (int row = block * chunk; row < Math.min(rows, (block + 1) * chunk); row++) {
                int start = pointers[row];
                int end = pointers[row + 1];
                if (settings.conjugateGradient()) {
                    conjugateGradient(target, other, row, start, end, indices, values, gramFloat, settings, r, p, ap, current);
                } else {
                    cholesky(target, other, row, start, end, indices, values, gram, settings, a, b);
                }
            }
        });
    }

    private static void cholesky(float[] target, float[] other, int row, int start, int end, int[] indices, float[] values,
                                 double[] gram, Settings settings, double[] a, double[] b) {
        int f = settings.factors();
        System.arraycopy(gram, 0, a, 0, f * f);
        double extra = settings.regularizationFor(end - start) - settings.regularization();
        for (int k = 0; k < f; k++) {
            a[k * f + k] += extra;
        }
        java.util.Arrays.fill(b, 0);
        for (int p = start; p < end; p++) {
            int j = indices[p];
            double confidence = 1 + settings.alpha() * values[p];
            int base = j * f;
            for (int s = 0; s < f; s++) {
                double ys = other[base + s] * (confidence - 1);
                int rowS = s * f;
                for (int t = 0; t <= s; t++) {
                    a[rowS + t] += ys * other[base + t];
                }
                b[s] += confidence * other[base + s];
            }
        }
        for (int s = 0; s < f; s++) {
            for (int t = s + 1; t < f; t++) {
                a[s * f + t] = a[t * f + s];
            }
        }
        SmallDense.choleskySolve(a, b, f);
        int out = row * f;
        for (int s = 0; s < f; s++) {
            target[out + s] = (float) b[s];
        }
    }

    private static void conjugateGradient(float[] target, float[] other, int row, int start, int end, int[] indices,
                                          float[] values, float[] gram, Settings settings, float[] r, float[] p,
                                          float[] ap, float[] x) {
        int f = settings.factors();
        int out = row * f;
        float alpha = (float) settings.alpha();
        System.arraycopy(target, out, x, 0, f);
        // r = b − A x, with A = G + Σ (c − 1) y yᵀ and b = Σ c y.
        float extra = (float) (settings.regularizationFor(end - start) - settings.regularization());
        SmallDense.multiply(gram, x, r, f);
        for (int s = 0; s < f; s++) {
            r[s] = -r[s] - extra * x[s];
        }
        for (int q = start; q < end; q++) {
            int j = indices[q] * f;
            float confidence = 1 + alpha * values[q];
            float yx = SmallDense.dotAt(x, 0, other, j, f);
            SmallDense.axpyAt(confidence - (confidence - 1) * yx, other, j, r, f);
        }
        System.arraycopy(r, 0, p, 0, f);
        float rsOld = SmallDense.dotAt(r, 0, r, 0, f);
        for (int step = 0; step < settings.cgSteps() && rsOld > 1e-20f; step++) {
            SmallDense.multiply(gram, p, ap, f);
            for (int s = 0; s < f; s++) {
                ap[s] += extra * p[s];
            }
            for (int q = start; q < end; q++) {
                int j = indices[q] * f;
                float weight = alpha * values[q];
                SmallDense.axpyAt(weight * SmallDense.dotAt(p, 0, other, j, f), other, j, ap, f);
            }
            float stepSize = rsOld / SmallDense.dotAt(p, 0, ap, 0, f);
            for (int s = 0; s < f; s++) {
                x[s] += stepSize * p[s];
                r[s] -= stepSize * ap[s];
            }
            float rsNew = SmallDense.dotAt(r, 0, r, 0, f);
            float ratio = rsNew / rsOld;
            for (int s = 0; s < f; s++) {
                p[s] = r[s] + ratio * p[s];
            }
            rsOld = rsNew;
        }
        System.arraycopy(x, 0, target, out, f);
    }

    /**
     * The objective per cell: [Σ_u x_uᵀ(YᵀY)x_u + Σ_obs ((c − 1)(x·y)² − 2c(x·y) + c) + Σ_rows λ_row |row|²] divided by
     * the total confidence (users × items + Σ_obs (c − 1)).
     */
    static double loss(float[] x, float[] y, int users, InteractionMatrix.Csr csr, Settings settings) {
        int f = settings.factors();
        int items = y.length / f;
        double[] gram = SmallDense.gramian(y, items, f);
        double total = IntStream.range(0, users).parallel().mapToDouble(u -> {
            double[] xu = new double[f];
            double[] gx = new double[f];
            for (int s = 0; s < f; s++) {
                xu[s] = x[u * f + s];
            }
            SmallDense.multiply(gram, xu, gx, f);
            double sum = SmallDense.dot(xu, gx, f);
            for (int p = csr.rowPointers()[u]; p < csr.rowPointers()[u + 1]; p++) {
                double confidence = 1 + settings.alpha() * csr.values()[p];
                double score = SmallDense.dot(xu, y, csr.columnIndices()[p], f);
                sum += (confidence - 1) * score * score - 2 * confidence * score + confidence;
            }
            int count = csr.rowPointers()[u + 1] - csr.rowPointers()[u];
            return sum + settings.regularizationFor(count) * SmallDense.dot(xu, xu, f);
        }).sum();
        int[] itemCounts = new int[items];
        for (int column : csr.columnIndices()) {
            itemCounts[column]++;
        }
        for (int i = 0; i < items; i++) {
            double norm = 0;
            for (int k = 0; k < f; k++) {
                norm += y[i * f + k] * y[i * f + k];
            }
            total += settings.regularizationFor(itemCounts[i]) * norm;
        }
        double confidenceTotal = (double) users * items;
        for (float value : csr.values()) {
            confidenceTotal += settings.alpha() * value;
        }
        return total / confidenceTotal;
    }
}
