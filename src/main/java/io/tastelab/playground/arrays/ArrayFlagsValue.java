package io.tastelab.playground.arrays;

import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.Value;

/**
 * A NumPy array's {@code flags}: whether it owns its memory (a view does not), its contiguity, and the flags that
 * are always the same in the playground (writeable, aligned, no write-back copy). Read when asked, so it follows
 * the array as NumPy's flags object does.
 */
final class ArrayFlagsValue implements AttributeDispatch {
    private final ArrayValue owner;

    ArrayFlagsValue(ArrayValue owner) {
        this.owner = owner;
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "c_contiguous", "contiguous" -> BoolValue.of(cContiguous());
            case "f_contiguous", "fortran" -> BoolValue.of(fContiguous());
            case "owndata" -> BoolValue.of(owner.base() == null);
            case "writeable", "aligned" -> BoolValue.TRUE;
            case "writebackifcopy" -> BoolValue.FALSE;
            default -> null;
        };
    }

    private boolean cContiguous() {
        return owner.array().isCContiguous();
    }

    /** Fortran order: the transpose is in C order. */
    private boolean fContiguous() {
        return owner.array().T().isCContiguous();
    }

    @Override
    public String typeName() {
        return "numpy.flagsobj";
    }

    @Override
    public String repr() {
        return "  C_CONTIGUOUS : " + title(cContiguous()) + "\n  F_CONTIGUOUS : " + title(fContiguous())
                + "\n  OWNDATA : " + title(owner.base() == null) + "\n  WRITEABLE : True\n  ALIGNED : True\n"
                + "  WRITEBACKIFCOPY : False\n";
    }

    private static String title(boolean value) {
        return value ? "True" : "False";
    }
}
