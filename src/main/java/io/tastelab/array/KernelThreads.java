package io.tastelab.array;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs the parts of one array kernel on the calling thread and on helper threads that stay awake for a moment
 * between kernels, as OpenMP's workers do.
 *
 * <p>Why not the common fork-join pool: with two cores its parallelism is 1, so {@code CompletableFuture.runAsync}
 * starts a new thread per call, and waking a parked worker took 100–170 µs on this project's (virtual) machines,
 * measured: as long as half of a 2048×2048 add. A helper here spins for {@link #SPIN_NANOS} after its last part
 * before it parks, so kernels that follow each other (a {@code %timeit} loop, a cell of array statements) find it
 * awake. Parts are claimed one at a time by whoever is free, so a helper that starts late (descheduled by the
 * host) takes fewer parts instead of holding up the caller, and the caller never waits for a part nobody started.
 *
 * <p>On a busy machine (a one-minute load average above {@link #BUSY_LOAD_PER_CORE} per core, checked at most twice a
 * second) every kernel runs on its caller alone: the other core is then someone else's, and a part claimed by a
 * helper the host deschedules holds up the whole kernel for a time slice. Measured at load 13–14 on 2 cores:
 * {@code x.mean(axis=0)} of 2048×2048 float32 took 6.1–6.9 ms split in two against 1.7–3.3 ms on one thread.
 *
 * <p>Which part computes which elements is fixed by the caller, so results do not depend on the threads. One job
 * runs at a time: a kernel called while another runs (nested, or from a second thread) runs its parts on its own
 * thread. Thread-safe.
 */
public final class KernelThreads {
    /** How long a helper keeps polling for work after its last part before it parks. */
    static final long SPIN_NANOS = 2_000_000;
    private static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
    /** Above this one-minute load average per core, other programs hold the cores. */
    static final double BUSY_LOAD_PER_CORE = 1.5;
    private static final long LOAD_CHECK_NANOS = 500_000_000L;
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();
    private static volatile long loadCheckedAt = System.nanoTime() - LOAD_CHECK_NANOS;
    private static volatile boolean machineBusy;
    /** Set by tests to take the load average's place; null: read the load average. */
    static volatile Boolean busyOverride;
    private static final AtomicReference<Job> CURRENT = new AtomicReference<>();
    private static final Helper[] HELPER_THREADS = startHelpers();

    private KernelThreads() {
    }

    /** Threads a kernel's parts can run on at once: the caller and the helpers, or the caller alone when busy. */
    public static int threads() {
        return HELPERS == 0 || machineBusy() ? 1 : HELPERS + 1;
    }

    /** Whether other programs keep the cores busy, from the load average read at most every half second. */
    static boolean machineBusy() {
        Boolean override = busyOverride;
        if (override != null) {
            return override;
        }
        long now = System.nanoTime();
        if (now - loadCheckedAt >= LOAD_CHECK_NANOS) {
            loadCheckedAt = now;
            machineBusy = isBusy(OS.getSystemLoadAverage(), HELPERS + 1);
        }
        return machineBusy;
    }

    /** Whether a one-minute load average means the cores are taken (negative: the platform does not say). */
    static boolean isBusy(double loadAverage, int cores) {
        return loadAverage > BUSY_LOAD_PER_CORE * cores;
    }

    /**
     * Calls {@code body} once for each part {@code 0 .. parts - 1}, on this thread and on the helpers, and returns
     * when all calls have returned. The first exception or error thrown by a part is rethrown here, after the
     * other parts have finished.
     */
    public static void forEachPart(int parts, IntConsumer body) {
        if (parts <= 0) {
            return;
        }
        Job job = new Job(parts, body);
        if (parts == 1 || threads() == 1 || !CURRENT.compareAndSet(null, job)) {
            job.work();
            job.rethrow();
            return;
        }
        try {
            // Only as many as there are parts to share: on a many-core machine a two-part kernel should not set
            // every helper spinning. Helpers still polling after an earlier kernel join in anyway.
            for (int i = 0; i < Math.min(HELPERS, parts - 1); i++) {
                HELPER_THREADS[i].wake();
            }
            job.work();
            job.awaitParts();
        } finally {
            CURRENT.set(null);
        }
        job.rethrow();
    }

    /** The elements {@code from .. from + count - 1} of one part of a split run. */
    @FunctionalInterface
    public interface Range {
        void run(long from, long count);
    }

    /**
     * Splits {@code n} elements into one part per thread (a single part below {@code parallelMin}), every part but
     * the last a multiple of {@code align} elements long, and runs {@code body} on each as {@link #forEachPart} does.
     */
    public static void forEachRange(long n, int align, long parallelMin, Range body) {
        int parts = n < parallelMin ? 1 : threads();
        long blocks = (n + align - 1) / align;
        forEachPart(parts, p -> {
            long from = Math.min(n, blocks * p / parts * align);
            long to = Math.min(n, blocks * (p + 1) / parts * align);
            body.run(from, to - from);
        });
    }

    /** Runs {@code first} and {@code second} at once (each on whichever thread is free) and returns when both are done. */
    public static void both(Runnable first, Runnable second) {
        forEachPart(2, part -> (part == 0 ? first : second).run());
    }

    private static Helper[] startHelpers() {
        Helper[] helpers = new Helper[HELPERS];
        for (int i = 0; i < HELPERS; i++) {
            helpers[i] = new Helper();
            Thread thread = Thread.ofPlatform().daemon().name("tastelab-kernel-" + i).unstarted(helpers[i]);
            helpers[i].thread = thread;
            thread.start();
        }
        return helpers;
    }

    /** One kernel's parts, claimed one at a time. */
    private static final class Job {
        private final int parts;
        private final IntConsumer body;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(int parts, IntConsumer body) {
            this.parts = parts;
            this.body = body;
        }

        boolean hasUnclaimed() {
            return next.get() < parts;
        }

        void work() {
            for (int part = next.getAndIncrement(); part < parts; part = next.getAndIncrement()) {
                try {
                    body.accept(part);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    finished.incrementAndGet();
                }
            }
        }

        /** Waits for parts a helper claimed and is still running (each is short: no parking). */
        void awaitParts() {
            for (int spins = 0; finished.get() < parts; spins++) {
                if ((spins & 0xfff) == 0xfff) {
                    Thread.yield(); // the helper may have been descheduled: give it this core
                } else {
                    Thread.onSpinWait();
                }
            }
        }

        void rethrow() {
            Throwable t = failure.get();
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }

    /** A helper's loop: run parts of the current job; poll for {@link #SPIN_NANOS} after the last, then park. */
    private static final class Helper implements Runnable {
        private volatile boolean parked;
        private Thread thread;

        void wake() {
            if (parked) {
                LockSupport.unpark(thread);
            }
        }

        @Override
        public void run() {
            long lastWork = System.nanoTime();
            while (true) {
                Job job = CURRENT.get();
                if (job != null && job.hasUnclaimed()) {
                    job.work();
                    lastWork = System.nanoTime();
                } else if (System.nanoTime() - lastWork < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    parked = true;
                    // Read after announcing the park: a caller that set its job before seeing the flag is seen here.
                    Job waiting = CURRENT.get();
                    if (waiting == null || !waiting.hasUnclaimed()) {
                        LockSupport.park(this);
                    }
                    parked = false;
                    lastWork = System.nanoTime();
                }
            }
        }
    }
}
