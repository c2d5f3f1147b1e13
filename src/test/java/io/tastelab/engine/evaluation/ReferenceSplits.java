package io.tastelab.engine.evaluation;

import io.tastelab.engine.interactions.InteractionMatrix;

import java.util.Arrays;

/**
 * The splits as first written (boxed {@code Integer[]} sorts, a copy of every row), kept as the oracle that
 * {@link Splits}, rewritten to stream rows through primitive scratch arrays, must match entry for entry.
 *
 * <p>Seeded train/test splits. Every split first keeps one entry per (user, item): the latest by timestamp
 * (the later in input order on equal timestamps), with its value, so a re-rated item is one interaction.
 * Entries without a timestamp count as older than any dated one.
 */
final class ReferenceSplits {

    private ReferenceSplits() {
    }

    /**
     * Leave-last-N-out: for each user with more than {@code n} interactions, the {@code n} with the latest
     * timestamps are the test items; equal timestamps go to the larger item id (in {@code order}). Users
     * with {@code n} or fewer interactions keep them all in training and are not evaluated.
     */
    public static Split leaveLastOut(InteractionMatrix matrix, ItemOrder order, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("leave-last-N-out needs N of 1 or more, got " + n);
        }
        Rows rows = Rows.deduplicated(matrix);
        Builder builder = new Builder(matrix, rows.nnz());
        for (int u = 0; u < rows.userCount(); u++) {
            int length = rows.items[u].length;
            Integer[] byRecency = new Integer[length];
            Arrays.setAll(byRecency, p -> p);
            int user = u;
            // Latest first; equal timestamps: the larger item id first.
            Arrays.sort(byRecency, (a, b) -> {
                int byTime = Long.compare(rows.timestamps[user][b], rows.timestamps[user][a]);
                return byTime != 0 ? byTime : Integer.compare(order.rank(rows.items[user][b]), order.rank(rows.items[user][a]));
            });
            boolean[] test = new boolean[length];
            if (length > n) {
                for (int r = 0; r < n; r++) {
                    test[byRecency[r]] = true;
                }
            }
            builder.addUser(u, rows, test);
        }
        return builder.build("leave-last-" + n + "-out by timestamp (ties: the larger item id)"
                + (matrix.hasTimestamps() ? "" : "; no timestamps, so every user's largest item id is held out"));
    }

    /**
     * Random holdout per user: for each user with at least 2 interactions, {@code round(fraction × n)} of them
     * (at least 1, at most n − 1): those with the smallest {@link HoldoutDraw} of (seed, user id, item id), ties
     * to the smaller item id. A draw depends on the ids only, never on input order or indices, so the Spark job
     * (io.tastelab.spark) picks exactly the same test interactions from the same data.
     */
    public static Split holdout(InteractionMatrix matrix, ItemOrder order, double fraction, long seed) {
        requireFraction(fraction);
        Rows rows = Rows.deduplicated(matrix);
        Builder builder = new Builder(matrix, rows.nnz());
        for (int u = 0; u < rows.userCount(); u++) {
            int length = rows.items[u].length;
            boolean[] test = new boolean[length];
            if (length >= 2) {
                int[] rowItems = rows.items[u];
                long[] draws = new long[length];
                String userId = matrix.userId(u);
                for (int p = 0; p < length; p++) {
                    draws[p] = HoldoutDraw.of(seed, userId, order.id(rowItems[p]));
                }
                Integer[] byDraw = new Integer[length];
                Arrays.setAll(byDraw, p -> p);
                Arrays.sort(byDraw, (a, b) -> {
                    int byValue = Long.compare(draws[a], draws[b]);
                    return byValue != 0 ? byValue : Integer.compare(order.rank(rowItems[a]), order.rank(rowItems[b]));
                });
                int held = holdoutCount(length, fraction);
                for (int r = 0; r < held; r++) {
                    test[byDraw[r]] = true;
                }
            }
            builder.addUser(u, rows, test);
        }
        return builder.build(String.format(java.util.Locale.ROOT, "random holdout of %.3g per user (seed %d)", fraction, seed));
    }

    /** How many of a user's {@code length} interactions the holdout keeps for testing. */
    public static int holdoutCount(int length, double fraction) {
        return (int) Math.max(1, Math.min(length - 1, Math.round(fraction * length)));
    }

    /**
     * Global temporal split: sort all interactions by timestamp; the cut-off is the timestamp at position
     * {@code floor((1 − fraction) × nnz)}; every interaction at or after the cut-off is a test interaction.
     * Users whose whole history is after the cut-off are cold-start users (evaluated with the fallback).
     */
    public static Split temporal(InteractionMatrix matrix, double fraction) {
        requireFraction(fraction);
        if (!matrix.hasTimestamps()) {
            throw new IllegalArgumentException("a temporal split needs timestamps, and these interactions have none; "
                    + "use holdout instead");
        }
        Rows rows = Rows.deduplicated(matrix);
        long[] all = new long[rows.nnz()];
        int filled = 0;
        for (long[] times : rows.timestamps) {
            System.arraycopy(times, 0, all, filled, times.length);
            filled += times.length;
        }
        Arrays.sort(all);
        long cutoff = all.length == 0 ? Long.MAX_VALUE : all[(int) Math.min(all.length - 1, Math.floor((1 - fraction) * all.length))];
        Builder builder = new Builder(matrix, rows.nnz());
        for (int u = 0; u < rows.userCount(); u++) {
            boolean[] test = new boolean[rows.items[u].length];
            for (int p = 0; p < test.length; p++) {
                test[p] = rows.timestamps[u][p] >= cutoff;
            }
            builder.addUser(u, rows, test);
        }
        return builder.build(String.format(java.util.Locale.ROOT, "global temporal: the last %.3g of interactions by time", fraction));
    }

    /** The split by kind, with the kind's parameter. */
    public static Split of(SplitKind kind, InteractionMatrix matrix, ItemOrder order, double holdoutFraction, long seed) {
        return switch (kind) {
            case LEAVE_LAST_OUT -> leaveLastOut(matrix, order, 1);
            case HOLDOUT -> holdout(matrix, order, holdoutFraction, seed);
            case TEMPORAL -> temporal(matrix, holdoutFraction);
        };
    }

    private static void requireFraction(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the test fraction must be between 0 and 1 (exclusive), got " + fraction);
        }
    }

    /** One entry per (user, item), per user. */
    private record Rows(int[][] items, float[][] values, long[][] timestamps) {

        int userCount() {
            return items.length;
        }

        int nnz() {
            int total = 0;
            for (int[] row : items) {
                total += row.length;
            }
            return total;
        }

        static Rows deduplicated(InteractionMatrix matrix) {
            InteractionMatrix.Csr csr = matrix.csr();
            long[] times = matrix.timestamps();
            int users = matrix.userCount();
            int[][] items = new int[users][];
            float[][] values = new float[users][];
            long[][] timestamps = new long[users][];
            int[] slotOf = new int[matrix.itemCount()];
            Arrays.fill(slotOf, -1);
            for (int u = 0; u < users; u++) {
                int start = csr.rowPointers()[u];
                int end = csr.rowPointers()[u + 1];
                int[] rowItems = new int[end - start];
                float[] rowValues = new float[end - start];
                long[] rowTimes = new long[end - start];
                int length = 0;
                for (int p = start; p < end; p++) {
                    int item = csr.columnIndices()[p];
                    long time = times == null ? InteractionMatrix.NO_TIMESTAMP : times[p];
                    int slot = slotOf[item];
                    if (slot < 0) {
                        slotOf[item] = length;
                        rowItems[length] = item;
                        rowValues[length] = csr.values()[p];
                        rowTimes[length] = time;
                        length++;
                    } else if (time >= rowTimes[slot]) {
                        rowValues[slot] = csr.values()[p];
                        rowTimes[slot] = time;
                    }
                }
                for (int q = 0; q < length; q++) {
                    slotOf[rowItems[q]] = -1;
                }
                items[u] = Arrays.copyOf(rowItems, length);
                values[u] = Arrays.copyOf(rowValues, length);
                timestamps[u] = Arrays.copyOf(rowTimes, length);
            }
            return new Rows(items, values, timestamps);
        }
    }

    /** Collects training coordinates and test lists user by user. */
    private static final class Builder {
        private final InteractionMatrix source;
        private final int[] users;
        private final int[] items;
        private final float[] values;
        private final long[] timestamps;
        private final int[][] testItems;
        private final float[][] testValues;
        private int filled;

        Builder(InteractionMatrix source, int capacity) {
            this.source = source;
            this.users = new int[capacity];
            this.items = new int[capacity];
            this.values = new float[capacity];
            this.timestamps = new long[capacity];
            this.testItems = new int[source.userCount()][];
            this.testValues = new float[source.userCount()][];
        }

        void addUser(int user, Rows rows, boolean[] test) {
            int[] rowItems = rows.items[user];
            int held = 0;
            for (boolean t : test) {
                if (t) {
                    held++;
                }
            }
            int[] heldItems = new int[held];
            float[] heldValues = new float[held];
            int h = 0;
            for (int p = 0; p < rowItems.length; p++) {
                if (test[p]) {
                    heldItems[h] = rowItems[p];
                    heldValues[h] = rows.values[user][p];
                    h++;
                } else {
                    users[filled] = user;
                    items[filled] = rowItems[p];
                    values[filled] = rows.values[user][p];
                    timestamps[filled] = rows.timestamps[user][p];
                    filled++;
                }
            }
            testItems[user] = heldItems;
            testValues[user] = heldValues;
        }

        Split build(String description) {
            String[] ids = new String[source.userCount()];
            for (int u = 0; u < ids.length; u++) {
                ids[u] = source.userId(u);
            }
            InteractionMatrix train = InteractionMatrix.fromCoordinates(ids, source.itemCount(), users, items, values,
                    source.hasTimestamps() ? timestamps : null, null, filled);
            boolean[] candidates = new boolean[source.itemCount()];
            for (int e = 0; e < filled; e++) {
                candidates[items[e]] = true;
            }
            return new Split(description, train, testItems, testValues, candidates);
        }
    }
}
