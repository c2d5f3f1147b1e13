package io.tastelab.ui.playground;

import io.tastelab.array.NdArray;
import io.tastelab.playground.arrays.ArrayModules;
import io.tastelab.playground.arrays.ArrayValue;
import io.tastelab.playground.arrays.KeyTree;
import io.tastelab.playground.interp.ModuleProvider;
import io.tastelab.playground.interp.Value;

import java.util.List;
import java.util.Optional;

/** The bridge over the playground's own array modules. Confined to the session's interpreter thread. */
final class EngineArrayBridge implements ArrayBridge {

    private final ArrayModules modules = new ArrayModules();

    @Override
    public ModuleProvider modules() {
        return modules;
    }

    @Override
    public Optional<NdArray> arrayOf(Value value) {
        return value instanceof ArrayValue array ? Optional.of(array.array()) : Optional.empty();
    }

    @Override
    public int[] keyIdsOf(Value value) {
        return modules.keyTree().idsHeldBy(value);
    }

    @Override
    public int jitTraces() {
        return modules.jitStatistics().traces();
    }

    @Override
    public void setKeyLocation(String where) {
        modules.keyTree().setLocation(where);
    }

    @Override
    public List<KeyTree.Node> keys() {
        return modules.keyTree().nodes();
    }
}
