package io.tastelab.engine.evaluation;

import io.tastelab.engine.interactions.InteractionMatrix;

import java.util.Arrays;

/**
 * Seeded train/test splits. Every split first keeps one entry per (user, item): the latest by timestamp
 * (the later in input order on equal timestamps), with its value, so a re-rated item is one interaction.
 * Entries without a timestamp count as older than any dated one.
 *
 * <p>A split walks the users once, holding one user's row at a time in primitive scratch arrays, and writes the
 * training entries straight into the coordinate arrays of the training matrix: memory beyond the input and the
 * result is one row, whatever the size of the data.
 */
public final class Splits {

    private Splits() {
    }

    /** Decides which of a deduplicated row's positions are test entries. */
    @FunctionalInterface
    private interface TestChoice {
        void choose(int user, Row row, boolean[] test);
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
        Split split = build(matrix, (user, row, test) -> {
            if (row.length <= n) {
                return;
            }
            if (n == 1) {
                // The latest alone: one pass, no sort.
                int latest = 0;
                for (int p = 1; p < row.length; p++) {
                    if (laterOrLarger(row, order, p, latest)) {
                        latest = p;
                    }
                }
                test[latest] = true;
                return;
            }
            int[] byRecency = row.positions();
            // Latest first; equal timestamps: the larger item id first.
            PositionSort.sort(byRecency, row.length, (a, b) -> laterOrLarger(row, order, a, b) ? -1 : 1);
            for (int r = 0; r < n; r++) {
                test[byRecency[r]] = true;
            }
        });
        return split.describedAs("leave-last-" + n + "-out by timestamp (ties: the larger item id)"
                + (matrix.hasTimestamps() ? "" : "; no timestamps, so every user's largest item id is held out"));
    }

    /** Whether position {@code a} of the row is later than {@code b}, or as late with the larger item id. */
    private static boolean laterOrLarger(Row row, ItemOrder order, int a, int b) {
        int byTime = Long.compare(row.timestamps[a], row.timestamps[b]);
        return byTime != 0 ? byTime > 0 : order.rank(row.items[a]) > order.rank(row.items[b]);
    }

    /**
     * Random holdout per user: for each user with at least 2 interactions, {@code round(fraction × n)} of them
     * (at least 1, at most n − 1): those with the smallest {@link HoldoutDraw} of (seed, user id, item id), ties
     * to the smaller item id. A draw depends on the ids only, never on input order or indices, so the Spark job
     * (io.tastelab.spark) picks exactly the same test interactions from the same data.
     */
    public static Split holdout(InteractionMatrix matrix, ItemOrder order, double fraction, long seed) {
        requireFraction(fraction);
        long[][] drawBuffer = {new long[0]};
        Split split = build(matrix, (user, row, test) -> {
            int length = row.length;
            if (length < 2) {
                return;
            }
            if (drawBuffer[0].length < length) {
                drawBuffer[0] = new long[Math.max(length, drawBuffer[0].length * 2)];
            }
            long[] draws = drawBuffer[0];
            String userId = matrix.userId(user);
            for (int p = 0; p < length; p++) {
                draws[p] = HoldoutDraw.of(seed, userId, order.id(row.items[p]));
            }
            int[] byDraw = row.positions();
            PositionSort.sort(byDraw, length, (a, b) -> {
                int byValue = Long.compare(draws[a], draws[b]);
                return byValue != 0 ? byValue : Integer.compare(order.rank(row.items[a]), order.rank(row.items[b]));
            });
            int held = holdoutCount(length, fraction);
            for (int r = 0; r < held; r++) {
                test[byDraw[r]] = true;
            }
        });
        return split.describedAs(String.format(java.util.Locale.ROOT, "random holdout of %.3g per user (seed %d)", fraction, seed));
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
        // First pass: the deduplicated timestamps, for the cut-off.
        long[] all = new long[matrix.nnz()];
        int filled = 0;
        Row row = new Row(matrix.itemCount());
        for (int u = 0; u < matrix.userCount(); u++) {
            row.load(matrix, u);
            System.arraycopy(row.timestamps, 0, all, filled, row.length);
            filled += row.length;
        }
        Arrays.sort(all, 0, filled);
        long cutoff = filled == 0 ? Long.MAX_VALUE : all[(int) Math.min(filled - 1, Math.floor((1 - fraction) * filled))];
        all = null;
        Split split = build(matrix, (user, userRow, test) -> {
            for (int p = 0; p < userRow.length; p++) {
                test[p] = userRow.timestamps[p] >= cutoff;
            }
        });
        return split.describedAs(String.format(java.util.Locale.ROOT, "global temporal: the last %.3g of interactions by time", fraction));
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

    /** Deduplicates each user's row in turn, lets {@code choice} mark its test entries, and collects both parts. */
    private static Split build(InteractionMatrix matrix, TestChoice choice) {
        int users = matrix.userCount();
        int capacity = matrix.nnz();
        int[] trainUsers = new int[capacity];
        int[] trainItems = new int[capacity];
        float[] trainValues = new float[capacity];
        long[] trainTimes = matrix.hasTimestamps() ? new long[capacity] : null;
        int[][] testItems = new int[users][];
        float[][] testValues = new float[users][];
        boolean[] candidates = new boolean[matrix.itemCount()];
        Row row = new Row(matrix.itemCount());
        boolean[] test = new boolean[0];
        int filled = 0;
        for (int u = 0; u < users; u++) {
            row.load(matrix, u);
            if (test.length < row.length) {
                test = new boolean[Math.max(row.length, test.length * 2)];
            }
            Arrays.fill(test, 0, row.length, false);
            choice.choose(u, row, test);
            int held = 0;
            for (int p = 0; p < row.length; p++) {
                held += test[p] ? 1 : 0;
            }
            int[] heldItems = new int[held];
            float[] heldValues = new float[held];
            int h = 0;
            for (int p = 0; p < row.length; p++) {
                if (test[p]) {
                    heldItems[h] = row.items[p];
                    heldValues[h] = row.values[p];
                    h++;
                } else {
                    trainUsers[filled] = u;
                    trainItems[filled] = row.items[p];
                    trainValues[filled] = row.values[p];
                    if (trainTimes != null) {
                        trainTimes[filled] = row.timestamps[p];
                    }
                    candidates[row.items[p]] = true;
                    filled++;
                }
            }
            testItems[u] = heldItems;
            testValues[u] = heldValues;
        }
        String[] ids = new String[users];
        for (int u = 0; u < users; u++) {
            ids[u] = matrix.userId(u);
        }
        InteractionMatrix train = InteractionMatrix.fromCoordinates(ids, matrix.itemCount(), trainUsers, trainItems, trainValues,
                trainTimes, null, filled);
        return new Split("", train, testItems, testValues, candidates);
    }

    /**
     * One user's entries, one per item (the latest; the later in input order on equal timestamps), items in order
     * of first appearance. Scratch space reused from user to user.
     */
    private static final class Row {
        int length;
        int[] items = new int[16];
        float[] values = new float[16];
        long[] timestamps = new long[16];
        private int[] positions = new int[16];
        private final int[] slotOf;

        Row(int itemCount) {
            slotOf = new int[itemCount];
            Arrays.fill(slotOf, -1);
        }

        void load(InteractionMatrix matrix, int user) {
            int[] rowItems = matrix.rowItems(user);
            float[] rowValues = matrix.rowValues(user);
            long[] rowTimes = matrix.rowTimestamps(user);
            if (items.length < rowItems.length) {
                int size = Math.max(rowItems.length, items.length * 2);
                items = new int[size];
                values = new float[size];
                timestamps = new long[size];
                positions = new int[size];
            }
            length = 0;
            for (int p = 0; p < rowItems.length; p++) {
                int item = rowItems[p];
                long time = rowTimes[p];
                int slot = slotOf[item];
                if (slot < 0) {
                    slotOf[item] = length;
                    items[length] = item;
                    values[length] = rowValues[p];
                    timestamps[length] = time;
                    length++;
                } else if (time >= timestamps[slot]) {
                    values[slot] = rowValues[p];
                    timestamps[slot] = time;
                }
            }
            for (int q = 0; q < length; q++) {
                slotOf[items[q]] = -1;
            }
        }

        /** 0, 1, ..., length − 1 in a reused array (valid until the next call). */
        int[] positions() {
            for (int p = 0; p < length; p++) {
                positions[p] = p;
            }
            return positions;
        }
    }
}
