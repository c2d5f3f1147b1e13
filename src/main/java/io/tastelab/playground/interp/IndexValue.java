package io.tastelab.playground.interp;

import java.math.BigInteger;

/**
 * A value that can stand in for an int where Python needs one (Python's {@code __index__}): list indices,
 * slice bounds, repeat counts, shift counts. NumPy's integer scalars implement it.
 */
public interface IndexValue {

    /** The integer this value stands for. */
    BigInteger asIndex();
}
