package io.tastelab.engine.interactions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32C;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InteractionMatrixFileTest {

    @TempDir
    Path dir;

    private static final byte[] KEY = "schema=2 token=42".getBytes(StandardCharsets.UTF_8);

    /** A random matrix with duplicates, empty rows and columns, non-ASCII ids; optional timestamps and kinds. */
    static InteractionMatrix randomMatrix(long seed, int users, int items, int nnz, boolean timestamps, boolean kinds) {
        Random random = new Random(seed);
        String[] ids = new String[users];
        for (int u = 0; u < users; u++) {
            ids[u] = (u % 7 == 0 ? "usér-" : "u") + u;
        }
        int[] rows = new int[nnz];
        int[] columns = new int[nnz];
        float[] values = new float[nnz];
        long[] times = timestamps ? new long[nnz] : null;
        byte[] kindOf = kinds ? new byte[nnz] : null;
        for (int e = 0; e < nnz; e++) {
            rows[e] = random.nextInt(Math.max(1, users - 1)); // the last user has no entries
            columns[e] = random.nextInt(Math.max(1, items - 1));
            values[e] = random.nextInt(10) / 2f;
            if (times != null) {
                times[e] = random.nextInt(5) == 0 ? InteractionMatrix.NO_TIMESTAMP : 1_500_000_000L + e;
            }
            if (kindOf != null) {
                kindOf[e] = (byte) random.nextInt(2);
            }
        }
        return InteractionMatrix.fromCoordinates(ids, items, rows, columns, values, times, kindOf, nnz);
    }

    static void assertSameMatrix(InteractionMatrix actual, InteractionMatrix expected) {
        assertThat(actual.userCount()).isEqualTo(expected.userCount());
        assertThat(actual.itemCount()).isEqualTo(expected.itemCount());
        for (int u = 0; u < expected.userCount(); u++) {
            assertThat(actual.userId(u)).isEqualTo(expected.userId(u));
        }
        assertThat(actual.csr()).usingRecursiveComparison().isEqualTo(expected.csr());
        assertThat(actual.csc()).usingRecursiveComparison().isEqualTo(expected.csc());
        assertThat(actual.timestamps()).isEqualTo(expected.timestamps());
        assertThat(actual.kinds()).isEqualTo(expected.kinds());
    }

    private static String[] columnIds(int items) {
        String[] ids = new String[items];
        for (int i = 0; i < items; i++) {
            ids[i] = "item " + i + (i % 5 == 0 ? " ✓" : "");
        }
        return ids;
    }

    @Test
    void aMatrixReadsBackExactlyWithItsKeyAndColumnIds() throws Exception {
        for (boolean timestamps : new boolean[] {false, true}) {
            for (boolean kinds : new boolean[] {false, true}) {
                InteractionMatrix matrix = randomMatrix(7, 300, 50, 5_000, timestamps, kinds);
                Path file = dir.resolve("m-" + timestamps + kinds + ".matrix");
                InteractionMatrixFile.write(file, KEY, columnIds(50), matrix);
                InteractionMatrixFile.Stored stored = InteractionMatrixFile.read(file);
                assertThat(stored.key()).isEqualTo(KEY);
                assertThat(stored.columnIds()).containsExactly(columnIds(50));
                assertSameMatrix(stored.matrix(), matrix);
                assertThat(InteractionMatrixFile.readKey(file)).isEqualTo(KEY);
            }
        }
    }

    @Test
    void anEmptyMatrixReadsBack() throws Exception {
        InteractionMatrix empty = InteractionMatrix.empty(new String[0], 0);
        Path file = dir.resolve("empty.matrix");
        InteractionMatrixFile.write(file, new byte[0], new String[0], empty);
        assertSameMatrix(InteractionMatrixFile.read(file).matrix(), empty);
    }

    @Test
    void writingReplacesTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("m.matrix");
        InteractionMatrixFile.write(file, KEY, columnIds(20), randomMatrix(1, 30, 20, 100, true, false));
        InteractionMatrix second = randomMatrix(2, 40, 20, 300, false, true);
        InteractionMatrixFile.write(file, "other".getBytes(StandardCharsets.UTF_8), columnIds(20), second);
        assertSameMatrix(InteractionMatrixFile.read(file).matrix(), second);
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("m.matrix");
        }
    }

    @Test
    void everyFlippedByteIsRejected() throws Exception {
        Path file = dir.resolve("m.matrix");
        InteractionMatrixFile.write(file, KEY, columnIds(6), randomMatrix(3, 12, 6, 40, true, true));
        byte[] good = Files.readAllBytes(file);
        Path bad = dir.resolve("bad.matrix");
        for (int at = 0; at < good.length; at++) {
            byte[] damaged = good.clone();
            damaged[at] ^= (byte) (1 << (at % 8));
            Files.write(bad, damaged);
            int position = at;
            assertThatThrownBy(() -> InteractionMatrixFile.read(bad)).as("byte %d", position)
                    .isInstanceOf(InteractionMatrixFile.InvalidFileException.class);
        }
    }

    @Test
    void everyTruncationAndAnyAppendedByteIsRejected() throws Exception {
        Path file = dir.resolve("m.matrix");
        InteractionMatrixFile.write(file, KEY, columnIds(6), randomMatrix(4, 12, 6, 40, true, false));
        byte[] good = Files.readAllBytes(file);
        Path bad = dir.resolve("bad.matrix");
        for (int length = 0; length < good.length; length++) {
            Files.write(bad, Arrays.copyOf(good, length));
            assertThatThrownBy(() -> InteractionMatrixFile.read(bad)).isInstanceOf(InteractionMatrixFile.InvalidFileException.class);
            assertThatThrownBy(() -> InteractionMatrixFile.readKey(bad)).isInstanceOf(InteractionMatrixFile.InvalidFileException.class);
        }
        Files.write(bad, Arrays.copyOf(good, good.length + 1));
        assertThatThrownBy(() -> InteractionMatrixFile.read(bad)).isInstanceOf(InteractionMatrixFile.InvalidFileException.class);
    }

    @Test
    void anotherFormatVersionIsRejectedEvenWithAValidHeaderChecksum() throws Exception {
        Path file = dir.resolve("m.matrix");
        InteractionMatrixFile.write(file, KEY, columnIds(10), randomMatrix(5, 20, 10, 80, false, false));
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putInt(8, InteractionMatrixFile.FORMAT + 1);
        CRC32C checksum = new CRC32C();
        checksum.update(bytes.array(), 0, InteractionMatrixFile.HEADER_BYTES - 4);
        bytes.putInt(InteractionMatrixFile.HEADER_BYTES - 4, (int) checksum.getValue());
        Files.write(file, bytes.array());
        assertThatThrownBy(() -> InteractionMatrixFile.read(file)).isInstanceOf(InteractionMatrixFile.InvalidFileException.class)
                .hasMessageContaining("format version " + (InteractionMatrixFile.FORMAT + 1));
    }

    @Test
    void structurallyInconsistentArraysAreRefused() {
        int[] rowPointers = {0, 1, 2};
        assertThatThrownBy(() -> InteractionMatrix.fromCompressed(new String[] {"a", "b"}, 2, rowPointers, new int[] {0, 5},
                new float[2], null, null, new int[] {0, 1, 2}, new int[] {0, 1}, new float[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item index 5");
        assertThatThrownBy(() -> InteractionMatrix.fromCompressed(new String[] {"a", "b"}, 2, new int[] {0, 2, 1}, new int[] {0, 1},
                new float[2], null, null, new int[] {0, 1, 2}, new int[] {0, 1}, new float[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pointers");
        assertThatThrownBy(() -> InteractionMatrix.fromCompressed(new String[] {"a", "b"}, 2, rowPointers, new int[] {0, 0},
                new float[2], null, null, new int[] {0, 1, 2}, new int[] {0, 1}, new float[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column 0");
    }
}
