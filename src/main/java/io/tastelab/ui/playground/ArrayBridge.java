package io.tastelab.ui.playground;

import io.tastelab.array.NdArray;
import io.tastelab.playground.arrays.KeyTree;
import io.tastelab.playground.interp.ModuleProvider;
import io.tastelab.playground.interp.Value;

import java.util.List;
import java.util.Optional;

/**
 * What the pane needs from the playground's array binding, and no more: the modules {@code import} finds, the
 * {@link NdArray} behind a playground value (to draw it), and the provenance of the session's PRNG keys (to draw
 * the key tree). One bridge per session: the key tree belongs to the session's modules.
 */
public interface ArrayBridge {

    /** The modules that {@code import numpy as np} etc. bind. */
    ModuleProvider modules();

    /** The array behind {@code value}, or empty if it is not an array (a Python scalar, a list, a function...). */
    Optional<NdArray> arrayOf(Value value);

    /** A snapshot of the session's PRNG keys, in creation order (empty when the binding tracks none). */
    default List<KeyTree.Node> keys() {
        return List.of();
    }

    /** The key-tree nodes of the PRNG keys {@code value} holds (one per key of a batch); empty for anything else. */
    default int[] keyIdsOf(Value value) {
        return new int[0];
    }

    /** Where the code about to run is (e.g. {@code In [3]}), recorded with each key made or used there. */
    default void setKeyLocation(String where) {
    }

    /** How many times the session's jitted functions have traced so far (0 when the binding has no jit). */
    default int jitTraces() {
        return 0;
    }

    /** A fresh binding of the playground's array modules ({@code io.tastelab.playground.arrays}). */
    static ArrayBridge standard() {
        return new EngineArrayBridge();
    }
}
