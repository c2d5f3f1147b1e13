package io.tastelab.ui.playground;

import java.util.List;
import java.util.Set;

/**
 * What the pane draws for a cell's last statement: the models below, free of JavaFX, which {@code PictureView}
 * turns into nodes. Immutable.
 */
public sealed interface Picture {

    /** A heading for the picture, e.g. {@code x[::2, 1]}. */
    String title();

    /** An array result drawn as a grid (stacks of grids for 3-D and 4-D). */
    record ArrayPicture(String title, ArrayGrid grid) implements Picture {
    }

    /**
     * {@code x[index]}: x with the selected cells highlighted, the result beside it, and how each index component
     * resolved. {@code steps.get(k).selected()} are the cells picked by the first k+1 components, in the order
     * they appear in that prefix's result (for advanced indexing, the gathering order).
     */
    record SlicePicture(String title, ArrayGrid source, ArrayGrid result, List<IndexStep> steps, boolean advanced)
            implements Picture {
        public SlicePicture {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One index component and how the engine resolved it.
     *
     * @param component  its source text, e.g. {@code -1:0:-1}
     * @param resolution what it means for x, e.g. {@code axis 0: start 2, stop 0, stride -1 → 2 of 3}
     * @param selected   flat C-order positions in x selected by the components so far, in result order
     */
    record IndexStep(String component, String resolution, long[] selected) {
    }

    /**
     * {@code a op b}: the shapes aligned on the right, each operand stretched to the result with repeated copies
     * ghosted, and the result; or, for shapes that don't broadcast, the failing dimension and NumPy's message.
     *
     * @param failingAxis the position (in the right-aligned layout of {@code alignedLength} columns) that fails, or -1
     */
    record BroadcastPicture(String title, String operator, List<Operand> operands, int[] resultShape, ArrayGrid result,
                            int alignedLength, int failingAxis, String message) implements Picture {
        public BroadcastPicture {
            operands = List.copyOf(operands);
        }

        public boolean failed() {
            return failingAxis >= 0;
        }
    }

    /**
     * One operand of a broadcast.
     *
     * @param stretched the operand broadcast to the result shape (null when the shapes don't broadcast)
     */
    record Operand(String text, int[] shape, ArrayGrid original, ArrayGrid stretched) {
    }

    /**
     * {@code x.at[idx].op(v)} (old and new side by side, changed cells marked), or a failed {@code x[idx] = v} on an
     * immutable array (then {@code after} is null and the targeted cells are marked on x).
     */
    record UpdatePicture(String title, ArrayGrid before, ArrayGrid after, Set<Long> marked, String note)
            implements Picture {
        public UpdatePicture {
            marked = Set.copyOf(marked);
        }
    }

    /**
     * The session's PRNG keys as a tree ({@code PRNGKey(0)} → {@code split} → ...), with what consumed each key;
     * keys consumed more than once in the session (in any cells) are flagged. {@code numbers} says, per key id,
     * what each draw from it in this cell gave (e.g. {@code uniform: [0.104, 0.344, …] (3, 3)}); {@code result}
     * is the last statement's array (or null).
     *
     * <p>The keys that matter now are drawn ({@code shown}): those a variable holds ({@code holders}: key id →
     * variable names), those this cell made or used, and their ancestors. Keys of earlier cells that no variable
     * holds any more are left out (counted by {@link #hiddenCount()}); their uses still count towards a reuse.
     */
    record KeyTreePicture(String title, List<io.tastelab.playground.arrays.KeyTree.Node> keys,
                          java.util.Map<Integer, String> numbers, ArrayGrid result, Set<Integer> shown,
                          java.util.Map<Integer, List<String>> holders) implements Picture {
        public KeyTreePicture {
            keys = List.copyOf(keys);
            numbers = java.util.Map.copyOf(numbers);
            shown = Set.copyOf(shown);
            holders = java.util.Map.copyOf(holders);
        }

        /** Whether a key is drawn: held by a variable, made or used by this cell, or an ancestor of such a key. */
        public boolean shown(io.tastelab.playground.arrays.KeyTree.Node key) {
            return shown.contains(key.id());
        }

        /** The keys of earlier cells left out: no variable holds them and this cell did not touch them. */
        public long hiddenCount() {
            return keys.stream().filter(k -> !shown(k)).count();
        }

        /** How deep a key sits below its root (0 for a root). */
        public int depth(io.tastelab.playground.arrays.KeyTree.Node key) {
            int depth = 0;
            for (int parent = key.parent(); parent >= 0; parent = keys.get(parent).parent()) {
                depth++;
            }
            return depth;
        }

        /** The keys in tree order: each key followed by its descendants. */
        public List<io.tastelab.playground.arrays.KeyTree.Node> treeOrder() {
            List<io.tastelab.playground.arrays.KeyTree.Node> ordered = new java.util.ArrayList<>();
            for (var key : keys) {
                if (key.parent() < 0) {
                    addWithChildren(key, ordered);
                }
            }
            return ordered;
        }

        private void addWithChildren(io.tastelab.playground.arrays.KeyTree.Node key,
                                     List<io.tastelab.playground.arrays.KeyTree.Node> ordered) {
            if (!shown(key)) {
                return; // nothing below a key left out is shown either: a shown key's ancestors are shown
            }
            ordered.add(key);
            for (var child : keys) {
                if (child.parent() == key.id()) {
                    addWithChildren(child, ordered);
                }
            }
        }
    }

    /**
     * A Python list of numbers (e.g. the losses a training loop appended) drawn as a line against its index.
     */
    record LinePicture(String title, List<Double> values) implements Picture {
        public LinePicture {
            values = List.copyOf(values);
        }
    }

    /** A tuple written out in the statement ({@code losses, R, U @ V.T}): each element's picture, side by side. */
    record RowPicture(String title, List<Picture> parts) implements Picture {
        public RowPicture {
            parts = List.copyOf(parts);
        }
    }

    /** {@code %timeit} results: first call against steady state, one row per timed expression. */
    record TimingPicture(String title, List<TimingBar> bars, String note) implements Picture {
        public TimingPicture {
            bars = List.copyOf(bars);
        }
    }

    /**
     * A timed expression: its first call and its mean ± std per loop afterwards, in seconds.
     *
     * @param tracedOnFirstCall whether a jitted function traced and compiled during the first call (it does not
     *                          when an earlier statement already called it with the same shapes)
     */
    record TimingBar(String label, double firstCallSeconds, double meanSeconds, double stdSeconds,
                     boolean tracedOnFirstCall) {
    }
}
