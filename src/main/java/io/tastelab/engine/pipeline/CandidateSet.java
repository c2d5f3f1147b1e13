package io.tastelab.engine.pipeline;

import java.util.Arrays;

/**
 * The item indices a collector gathered. The whole catalog is represented without an array, so
 * collecting a catalog of millions of items costs nothing.
 */
public sealed interface CandidateSet {

    int size();

    /** The catalog index of the {@code position}-th candidate. */
    int indexAt(int position);

    static CandidateSet all(int catalogSize) {
        return new All(catalogSize);
    }

    static CandidateSet of(int[] indices) {
        return new Listed(indices.clone());
    }

    /** Every index {@code 0 .. size-1}. */
    record All(int size) implements CandidateSet {
        @Override
        public int indexAt(int position) {
            return position;
        }
    }

    /** An explicit subset of indices, in collection order. */
    record Listed(int[] indices) implements CandidateSet {
        @Override
        public int size() {
            return indices.length;
        }

        @Override
        public int indexAt(int position) {
            return indices[position];
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Listed listed && Arrays.equals(indices, listed.indices);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(indices);
        }

        @Override
        public String toString() {
            return "Listed" + Arrays.toString(indices);
        }
    }
}
