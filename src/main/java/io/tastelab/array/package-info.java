/**
 * NumPy- and JAX-semantics arrays for the tensor playground.
 *
 * <p>Entry points: {@link io.tastelab.array.ArrayNamespace#NUMPY} ({@code np}) and
 * {@link io.tastelab.array.ArrayNamespace#JAX} ({@code jnp}) create arrays and hold the functions;
 * {@link io.tastelab.array.NdArray} has the methods and operators; {@link io.tastelab.array.Index} items
 * describe subscripts; {@link io.tastelab.array.NdArray#at} gives JAX's functional updates. Errors are
 * {@link io.tastelab.array.ArrayException}s whose {@code pythonName()} is the Python exception to show.
 *
 * <p>Python values cross the API as Java objects: {@code Long} (int), {@code Double} (float), {@code Boolean},
 * nested {@code List}s, and {@code null} for {@code None}. Arrays larger than
 * {@link io.tastelab.array.MemoryGuard#limitBytes()} are refused with {@link io.tastelab.array.ArrayMemoryException}.
 *
 * <p>ND4J stays behind {@code io.tastelab.array.nd4j}; nothing here exposes its types.
 */
package io.tastelab.array;
