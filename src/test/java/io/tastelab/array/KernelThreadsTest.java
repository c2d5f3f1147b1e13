package io.tastelab.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class KernelThreadsTest {

    @Test
    void everyPartRunsExactlyOnce() {
        for (int parts : new int[] {0, 1, 2, 3, 64, 1000}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(parts, 1));
            KernelThreads.forEachPart(parts, runs::incrementAndGet);
            for (int part = 0; part < parts; part++) {
                assertEquals(1, runs.get(part), "part " + part + " of " + parts);
            }
        }
    }

    @Test
    void rangesCoverEveryElementOnceAndStartOnTheAlignment() {
        for (long n : new long[] {0, 1, 15, 16, 17, 1000, 1 << 17, (1 << 17) + 5}) {
            AtomicIntegerArray seen = new AtomicIntegerArray((int) n);
            Set<Long> starts = ConcurrentHashMap.newKeySet();
            KernelThreads.forEachRange(n, 16, 1 << 10, (from, count) -> {
                starts.add(from);
                for (long i = from; i < from + count; i++) {
                    seen.incrementAndGet((int) i);
                }
            });
            for (int i = 0; i < n; i++) {
                assertEquals(1, seen.get(i), "element " + i + " of " + n);
            }
            for (long start : starts) {
                assertTrue(start % 16 == 0 || start == n, "part starting at " + start + " of " + n);
            }
        }
    }

    @Test
    void returnsOnlyAfterEveryPartHasFinished() {
        // Parts that take a while on whichever thread claims them: all their writes are visible on return.
        long[] sums = new long[16];
        KernelThreads.forEachPart(sums.length, part -> {
            long sum = 0;
            for (int i = 0; i < 200_000; i++) {
                sum += i ^ part;
            }
            sums[part] = sum;
        });
        for (int part = 0; part < sums.length; part++) {
            long expected = 0;
            for (int i = 0; i < 200_000; i++) {
                expected += i ^ part;
            }
            assertEquals(expected, sums[part], "part " + part);
        }
    }

    @Test
    void aFailingPartIsRethrownAfterTheOthersFinish() {
        AtomicIntegerArray runs = new AtomicIntegerArray(8);
        IllegalArgumentException failure = new IllegalArgumentException("part 5 failed");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> KernelThreads.forEachPart(8, part -> {
                    runs.incrementAndGet(part);
                    if (part == 5) {
                        throw failure;
                    }
                }));
        assertSame(failure, thrown);
        for (int part = 0; part < 8; part++) {
            assertEquals(1, runs.get(part), "part " + part);
        }
        // The next kernel still runs normally.
        AtomicIntegerArray after = new AtomicIntegerArray(4);
        KernelThreads.forEachPart(4, after::incrementAndGet);
        assertEquals(4, after.get(0) + after.get(1) + after.get(2) + after.get(3));
    }

    @Test
    void aKernelInsideAPartRunsWithoutDeadlock() {
        AtomicIntegerArray inner = new AtomicIntegerArray(4 * 4);
        KernelThreads.forEachPart(4, outer -> KernelThreads.forEachPart(4, part -> inner.incrementAndGet(outer * 4 + part)));
        for (int i = 0; i < 16; i++) {
            assertEquals(1, inner.get(i), "inner part " + i);
        }
    }

    @Test
    void kernelsFromSeveralThreadsAtOnceAllComplete() throws InterruptedException {
        int callers = 4;
        CountDownLatch done = new CountDownLatch(callers);
        Set<String> failures = ConcurrentHashMap.newKeySet();
        for (int c = 0; c < callers; c++) {
            int caller = c;
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    for (int round = 0; round < 200; round++) {
                        AtomicIntegerArray runs = new AtomicIntegerArray(8);
                        KernelThreads.forEachPart(8, runs::incrementAndGet);
                        for (int part = 0; part < 8; part++) {
                            if (runs.get(part) != 1) {
                                failures.add("caller " + caller + " round " + round + " part " + part);
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        assertTrue(done.await(60, TimeUnit.SECONDS), "callers finished");
        assertEquals(Set.of(), failures);
    }

    @Test
    void bothRunsEachTaskOnce() {
        int[] ran = new int[2];
        KernelThreads.both(() -> ran[0]++, () -> ran[1]++);
        assertEquals(1, ran[0]);
        assertEquals(1, ran[1]);
    }

    @Test
    void aBusyMachineIsALoadAboveOneAndAHalfPerCore() {
        assertFalse(KernelThreads.isBusy(2.9, 2));
        assertTrue(KernelThreads.isBusy(3.1, 2));
        assertFalse(KernelThreads.isBusy(-1, 2), "no load average on this platform");
    }

    @Test
    void onABusyMachineEveryPartRunsOnTheCaller() {
        KernelThreads.busyOverride = true;
        try {
            assertEquals(1, KernelThreads.threads());
            Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
            KernelThreads.forEachPart(64, part -> ranOn.add(Thread.currentThread()));
            assertEquals(Set.of(Thread.currentThread()), ranOn);
        } finally {
            KernelThreads.busyOverride = null;
        }
    }

    @Test
    void onAQuietMachineAHelperTakesParts() throws InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: no helpers");
        KernelThreads.busyOverride = false;
        try {
            CountDownLatch helperRan = new CountDownLatch(1);
            KernelThreads.forEachPart(2, part -> {
                if (Thread.currentThread().getName().startsWith("tastelab-kernel-")) {
                    helperRan.countDown();
                } else {
                    // the caller holds its part until a helper has taken the other one
                    try {
                        helperRan.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            assertEquals(0, helperRan.getCount(), "a helper thread ran a part");
        } finally {
            KernelThreads.busyOverride = null;
        }
    }
}
