package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Float32Math over a sweep of the whole float32 range: every 997th bit pattern (4.3 million inputs: every binade,
 * both signs, NaNs, infinities, subnormals), through the chunked, multi-threaded array path. JAX's exp and log must
 * equal their plain one-value-at-a-time transcriptions ({@link JaxExpReference}, {@link JaxLogReference}); the NumPy
 * ones must equal NumPy's own bits, computed by the installed NumPy in this run.
 */
class Float32MathSweepTest {
    private static final long STRIDE = 997;
    private static final int COUNT = (int) ((1L << 32) / STRIDE + 1);

    private static MemorySegment inputs(Arena arena) {
        MemorySegment x = arena.allocate(COUNT * 4L, 64);
        for (long i = 0; i < COUNT; i++) {
            x.setAtIndex(ValueLayout.JAVA_INT, i, (int) (i * STRIDE));
        }
        return x;
    }

    private static List<String> differences(MemorySegment x, MemorySegment got, MemorySegment want) {
        List<String> differences = new ArrayList<>();
        for (long i = 0; i < COUNT; i++) {
            int g = got.getAtIndex(ValueLayout.JAVA_INT, i);
            int w = want.getAtIndex(ValueLayout.JAVA_INT, i);
            boolean bothNan = Float.isNaN(Float.intBitsToFloat(g)) && Float.isNaN(Float.intBitsToFloat(w));
            if (g != w && !bothNan && differences.size() < 10) {
                differences.add("x=" + x.getAtIndex(ValueLayout.JAVA_FLOAT, i) + ": got " + Float.intBitsToFloat(g)
                        + ", want " + Float.intBitsToFloat(w));
            }
        }
        return differences;
    }

    @Test
    void jnpExpAndLogEqualTheirReferencesAcrossTheRange() {
        try (Arena arena = Arena.ofShared()) {
            MemorySegment x = inputs(arena);
            MemorySegment got = arena.allocate(COUNT * 4L, 64);
            MemorySegment want = arena.allocate(COUNT * 4L, 64);
            for (Float32Math.Function f : new Float32Math.Function[] {Float32Math.Function.EXP_JAX,
                Float32Math.Function.LOG_JAX}) {
                Float32Math.apply(f, x, 0, got, 0, COUNT);
                for (long i = 0; i < COUNT; i++) {
                    float v = x.getAtIndex(ValueLayout.JAVA_FLOAT, i);
                    want.setAtIndex(ValueLayout.JAVA_FLOAT, i,
                            f == Float32Math.Function.EXP_JAX ? JaxExpReference.exp(v) : JaxLogReference.log(v, i, COUNT));
                }
                assertThat(differences(x, got, want)).as(f.name()).isEmpty();
            }
        }
    }

    @Test
    void numpyExpAndLogEqualNumpysBitsAcrossTheRange(@TempDir Path dir) throws Exception {
        assumeTrue(io.tastelab.NumpyReference.available(), "python3 with NumPy is needed for the reference");
        Path script = Files.writeString(dir.resolve("sweep.py"), """
                import sys
                import numpy as np
                count, stride = int(sys.argv[1]), int(sys.argv[2])
                x = (np.arange(count, dtype=np.uint64) * stride).astype(np.uint32).view(np.float32)
                with np.errstate(all='ignore'):
                    np.exp(x).astype('<f4').tofile(sys.argv[3])
                    np.log(x).astype('<f4').tofile(sys.argv[4])
                """);
        Path exp = dir.resolve("exp.bin");
        Path log = dir.resolve("log.bin");
        Process python = new ProcessBuilder("python3", script.toString(), Integer.toString(COUNT), Long.toString(STRIDE),
                exp.toString(), log.toString()).redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes());
        assertThat(python.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();
        try (Arena arena = Arena.ofShared()) {
            MemorySegment x = inputs(arena);
            MemorySegment got = arena.allocate(COUNT * 4L, 64);
            Float32Math.apply(Float32Math.Function.EXP_NUMPY, x, 0, got, 0, COUNT);
            assertThat(differences(x, got, read(arena, exp))).as("np.exp").isEmpty();
            Float32Math.apply(Float32Math.Function.LOG_NUMPY, x, 0, got, 0, COUNT);
            assertThat(differences(x, got, read(arena, log))).as("np.log").isEmpty();
        }
    }

    private static MemorySegment read(Arena arena, Path file) throws IOException {
        MemorySegment s = arena.allocate(COUNT * 4L, 64);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            assertThat(channel.size()).isEqualTo(COUNT * 4L);
            channel.read(s.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN));
        }
        if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            throw new IllegalStateException("the sweep assumes a little-endian machine");
        }
        return s;
    }
}
