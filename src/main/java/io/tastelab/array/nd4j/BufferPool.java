package io.tastelab.array.nd4j;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Recycles the off-heap buffers of large arrays, as NumPy's allocator does by reusing freed blocks.
 *
 * <p>Why: a fresh 16 MB ND4J buffer costs ~4,000 page faults (8–9 ms here) before the first element is
 * written, twenty times the add kernel itself, and ND4J frees buffers only after a garbage collection that
 * the small Java objects holding them rarely trigger. So a buffer of at least {@link #MIN_POOLED_BYTES}
 * is leased to one {@link NdStorage} and comes back when that storage is released explicitly (the playground
 * drops provably dead temporaries) or becomes unreachable (tracked with a phantom reference). When more than
 * {@link #GC_HEADROOM_BYTES} have been leased since the last count of live buffers, the pool asks for a
 * collection before allocating, so unreachable buffers come back instead of new memory being faulted in (at
 * most a fifth of the time goes to such collections).
 */
final class BufferPool {
    static final long MIN_POOLED_BYTES = 1L << 20;
    static final long GC_HEADROOM_BYTES = 256L << 20;
    private static final long MAX_FREE_BYTES = 512L << 20;
    private static final BufferPool SHARED = new BufferPool();

    /** A leased buffer, enqueued when its storage becomes unreachable. */
    static final class Lease extends PhantomReference<NdStorage> {
        private final INDArray flat;
        private final long bytes;

        private Lease(NdStorage owner, ReferenceQueue<NdStorage> queue, INDArray flat, long bytes) {
            super(owner, queue);
            this.flat = flat;
            this.bytes = bytes;
        }
    }

    private record Key(DataType type, long length) {
    }

    private final Map<Key, ArrayDeque<INDArray>> free = new HashMap<>();
    private final Set<Lease> leases = ConcurrentHashMap.newKeySet();
    /** Views of the halves of pooled buffers, kept with the buffer: see {@link #halves}. */
    private final Map<INDArray, INDArray[]> halvesOfBuffer = new java.util.IdentityHashMap<>();
    private final ReferenceQueue<NdStorage> queue = new ReferenceQueue<>();
    private long freeBytes;
    private long leasedBytes;
    private long collectAbove = GC_HEADROOM_BYTES;
    private long nextCollectionAllowed = Long.MIN_VALUE;
    private long reused;
    private long allocated;
    private long collections;

    static BufferPool shared() {
        return SHARED;
    }

    static boolean pooled(DataType type, long length) {
        return length * type.width() >= MIN_POOLED_BYTES;
    }

    /** A flat buffer of {@code length} elements with undefined contents (recycled or new). */
    synchronized INDArray acquire(DataType type, long length) {
        long bytes = length * type.width();
        Key key = new Key(type, length);
        drainUnreachable();
        INDArray flat = take(key, bytes);
        if (flat == null && leasedBytes + bytes > collectAbove && System.nanoTime() >= nextCollectionAllowed) {
            collectUnreachable();
            flat = take(key, bytes);
        }
        if (flat == null) {
            flat = Nd4j.createUninitialized(type, length);
            allocated++;
        } else {
            reused++;
        }
        return flat;
    }

    /** Ties {@code flat} (from {@link #acquire}) to {@code owner}: it returns when the owner is released or lost. */
    Lease lease(NdStorage owner, INDArray flat) {
        long bytes = flat.length() * flat.dataType().width();
        Lease lease = new Lease(owner, queue, flat, bytes);
        leases.add(lease);
        synchronized (this) {
            leasedBytes += bytes;
        }
        return lease;
    }

    /** Returns a lease's buffer now; its storage must not be used again. */
    synchronized void giveBack(Lease lease) {
        if (leases.remove(lease)) {
            lease.clear();
            recycle(lease);
        }
    }

    private INDArray take(Key key, long bytes) {
        ArrayDeque<INDArray> stack = free.get(key);
        if (stack == null || stack.isEmpty()) {
            return null;
        }
        freeBytes -= bytes;
        return stack.pop();
    }

    private void recycle(Lease lease) {
        leasedBytes -= lease.bytes;
        if (freeBytes + lease.bytes > MAX_FREE_BYTES) {
            halvesOfBuffer.remove(lease.flat);
            lease.flat.close();
            return;
        }
        freeBytes += lease.bytes;
        free.computeIfAbsent(new Key(lease.flat.dataType(), lease.flat.length()), k -> new ArrayDeque<>())
                .push(lease.flat);
    }

    private void drainUnreachable() {
        for (Reference<? extends NdStorage> r = queue.poll(); r != null; r = queue.poll()) {
            returnLost((Lease) r);
        }
    }

    private void returnLost(Lease lease) {
        if (leases.remove(lease)) {
            recycle(lease);
        }
    }

    /**
     * Collects garbage and takes back the buffers of unreachable storages. The reference handler enqueues
     * them just after the collection, so the first is awaited briefly. The next collection waits until
     * another {@link #GC_HEADROOM_BYTES} are leased beyond what is live now.
     */
    private void collectUnreachable() {
        collectUnreachable(20);
    }

    private void collectUnreachable(long quietMillis) {
        collections++;
        long start = System.nanoTime();
        System.gc();
        try {
            // The reference handler thread enqueues what the collection cleared a little later, later still on a
            // busy machine: take them until none has come for a while, so no unreachable buffer still counts as live.
            Reference<? extends NdStorage> lost;
            while ((lost = queue.remove(quietMillis)) != null) {
                returnLost((Lease) lost);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drainUnreachable();
        collectAbove = leasedBytes + GC_HEADROOM_BYTES;
        // A collection costs ~15 ms with the playground's heap but can cost far more in a big one: at most a
        // fifth of the time goes to them, and in between new buffers are allocated instead.
        long now = System.nanoTime();
        nextCollectionAllowed = now + 4 * (now - start);
    }

    /** The halves of a pooled buffer as views, built on first use and reused by every later lease of it. */
    synchronized INDArray[] halves(INDArray flat) {
        return halvesOfBuffer.computeIfAbsent(flat, NdStorage::splitInHalves);
    }

    /** Bytes of pooled buffers held by storages not yet known to be unreachable. */
    synchronized long liveBytes() {
        drainUnreachable();
        return leasedBytes;
    }

    /** {@link #liveBytes()} after a garbage collection has returned the buffers of unreachable storages. */
    synchronized long liveBytesAfterCollection() {
        collectUnreachable();
        return leasedBytes;
    }

    /** {@link #liveBytesAfterCollection()}, waiting 250 ms past the last buffer given back, not 20. */
    synchronized long liveBytesAfterPatientCollection() {
        collectUnreachable(250);
        return leasedBytes;
    }

    /** Counters for benchmarks and tests: buffers reused, newly allocated, collections requested. */
    synchronized long[] counters() {
        return new long[] {reused, allocated, collections};
    }
}
