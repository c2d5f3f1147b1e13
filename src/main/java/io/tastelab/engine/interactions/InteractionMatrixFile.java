package io.tastelab.engine.interactions;

import io.tastelab.engine.files.FolderSync;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * An {@link InteractionMatrix} in a compact binary file: its CSR and CSC arrays as they are in memory, so that
 * loading is bulk copies instead of rebuilding (see resources/decisions/interaction-cache.md).
 *
 * <p>Layout, little-endian: a 64-byte header (magic, {@link #FORMAT} version, flags, users, items, nnz, key and
 * payload lengths, the CRC32C of all that follows the header, and the header's own CRC32C last), then the
 * caller's key (opaque bytes saying what the matrix was built from), then the payload: user ids, column ids (UTF-8, lengths first), row
 * pointers, column indices, values, timestamps and kinds (when present), column pointers, row indices, column
 * values. Every section starts at a multiple of 8 bytes.
 *
 * <p>{@link #write} never leaves a partial file under the target's name: it writes a temporary file in the same
 * folder, forces it to disk, then renames it over the target atomically. {@link #read} checks the header,
 * every length against the file size, the checksum and the matrix structure before it returns anything.
 */
public final class InteractionMatrixFile {

    /** Bumped whenever the layout or the meaning of a field changes; other versions are not read. */
    public static final int FORMAT = 1;

    static final byte[] MAGIC = "TLMATRIX".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER_BYTES = 64;
    private static final int HAS_TIMESTAMPS = 1;
    private static final int HAS_KINDS = 2;
    private static final int CHUNK = 1 << 20;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private InteractionMatrixFile() {
    }

    /** A file that is not a valid matrix file of this format: damaged, cut short, foreign or of another version. */
    public static final class InvalidFileException extends IOException {
        InvalidFileException(Path file, String reason) {
            super(file + ": " + reason);
        }
    }

    /** A matrix read back, with the key and the column ids it was written with. */
    public record Stored(byte[] key, String[] columnIds, InteractionMatrix matrix) {
    }

    /**
     * Writes {@code matrix} to {@code target} atomically: afterwards the target is either its old self (on any
     * failure or crash before the rename) or the complete new file.
     *
     * @param key       what the matrix was built from, returned by {@link #readKey} and {@link #read}
     * @param columnIds the id of each column (its item)
     */
    public static void write(Path target, byte[] key, String[] columnIds, InteractionMatrix matrix) throws IOException {
        if (columnIds.length != matrix.itemCount()) {
            throw new IllegalArgumentException(columnIds.length + " column ids for " + matrix.itemCount() + " columns");
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writeContent(channel, key, columnIds, matrix);
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same folder, so only exotic file systems get here; a plain replace is the best they offer.
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            FolderSync.force(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static void writeContent(FileChannel channel, byte[] key, String[] columnIds, InteractionMatrix matrix) throws IOException {
        int users = matrix.userCount();
        int items = matrix.itemCount();
        int nnz = matrix.nnz();
        long[] timestamps = matrix.timestampsArray();
        byte[] kinds = matrix.kindsArray();
        Sink sink = new Sink(channel, HEADER_BYTES);
        sink.bytes(key, 0, key.length);
        sink.align();
        sink.strings(userIds(matrix));
        sink.strings(columnIds);
        sink.ints(matrix.rowPointersArray());
        sink.ints(matrix.columnIndicesArray());
        sink.floats(matrix.valuesArray());
        if (timestamps != null) {
            sink.longs(timestamps);
        }
        if (kinds != null) {
            sink.bytes(kinds, 0, kinds.length);
            sink.align();
        }
        sink.ints(matrix.columnPointersArray());
        sink.ints(matrix.rowIndicesArray());
        sink.floats(matrix.columnValuesArray());
        sink.flush();
        long payloadLength = sink.position - align8(HEADER_BYTES + key.length);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put(MAGIC);
        header.putInt(FORMAT);
        header.putInt((timestamps != null ? HAS_TIMESTAMPS : 0) | (kinds != null ? HAS_KINDS : 0));
        header.putInt(users).putInt(items).putInt(nnz).putInt(key.length);
        header.putLong(payloadLength);
        header.putInt((int) sink.checksum.getValue());
        header.putInt(0).putLong(0).putLong(0);
        CRC32C headerChecksum = new CRC32C();
        headerChecksum.update(header.array(), 0, HEADER_BYTES - 4);
        header.putInt(HEADER_BYTES - 4, (int) headerChecksum.getValue());
        header.position(0).limit(HEADER_BYTES);
        while (header.hasRemaining()) {
            channel.write(header, header.position());
        }
    }

    private static String[] userIds(InteractionMatrix matrix) {
        String[] ids = new String[matrix.userCount()];
        for (int u = 0; u < ids.length; u++) {
            ids[u] = matrix.userId(u);
        }
        return ids;
    }

    static long align8(long position) {
        return (position + 7) & ~7L;
    }

    /** Sequential writer through a direct buffer, checksumming what it writes. */
    private static final class Sink {
        final FileChannel channel;
        final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        final CRC32C checksum = new CRC32C();
        long position;

        Sink(FileChannel channel, long start) {
            this.channel = channel;
            this.position = start;
        }

        void flush() throws IOException {
            buffer.flip();
            checksum.update(buffer.duplicate());
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            buffer.clear();
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }

        void align() throws IOException {
            long pending = position + buffer.position();
            int pad = (int) (align8(pending) - pending);
            room(pad);
            for (int k = 0; k < pad; k++) {
                buffer.put((byte) 0);
            }
        }

        void bytes(byte[] data, int offset, int length) throws IOException {
            while (length > 0) {
                room(1);
                int n = Math.min(length, buffer.remaining());
                buffer.put(data, offset, n);
                offset += n;
                length -= n;
            }
        }

        void ints(int[] data) throws IOException {
            int at = 0;
            while (at < data.length) {
                room(4);
                int n = Math.min(data.length - at, buffer.remaining() / 4);
                buffer.asIntBuffer().put(data, at, n);
                buffer.position(buffer.position() + n * 4);
                at += n;
            }
            align();
        }

        void floats(float[] data) throws IOException {
            int at = 0;
            while (at < data.length) {
                room(4);
                int n = Math.min(data.length - at, buffer.remaining() / 4);
                buffer.asFloatBuffer().put(data, at, n);
                buffer.position(buffer.position() + n * 4);
                at += n;
            }
            align();
        }

        void longs(long[] data) throws IOException {
            int at = 0;
            while (at < data.length) {
                room(8);
                int n = Math.min(data.length - at, buffer.remaining() / 8);
                buffer.asLongBuffer().put(data, at, n);
                buffer.position(buffer.position() + n * 8);
                at += n;
            }
        }

        /** A count, the byte length of each string, then their UTF-8 bytes one after the other. */
        void strings(String[] values) throws IOException {
            byte[][] encoded = new byte[values.length][];
            int[] lengths = new int[values.length + 1];
            lengths[0] = values.length;
            for (int k = 0; k < values.length; k++) {
                encoded[k] = values[k].getBytes(StandardCharsets.UTF_8);
                lengths[k + 1] = encoded[k].length;
            }
            ints(lengths);
            for (byte[] bytes : encoded) {
                bytes(bytes, 0, bytes.length);
            }
            align();
        }
    }

    /** The header fields, checked against each other and the file size. */
    private record Header(int flags, int users, int items, int nnz, int keyLength, long payloadLength, int payloadChecksum) {
        long payloadStart() {
            return align8(HEADER_BYTES + (long) keyLength);
        }
    }

    private static Header header(Path file, MemorySegment data) throws InvalidFileException {
        long size = data.byteSize();
        if (size < HEADER_BYTES) {
            throw new InvalidFileException(file, "shorter than the header (" + size + " bytes)");
        }
        ByteBuffer header = data.asSlice(0, HEADER_BYTES).asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[MAGIC.length];
        header.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new InvalidFileException(file, "not a TasteLab matrix file");
        }
        CRC32C checksum = new CRC32C();
        checksum.update(header.duplicate().position(0).limit(HEADER_BYTES - 4));
        if ((int) checksum.getValue() != header.getInt(HEADER_BYTES - 4)) {
            throw new InvalidFileException(file, "the header is damaged (checksum)");
        }
        int format = header.getInt();
        if (format != FORMAT) {
            throw new InvalidFileException(file, "format version " + format + ", this TasteLab reads " + FORMAT);
        }
        Header h = new Header(header.getInt(), header.getInt(), header.getInt(), header.getInt(), header.getInt(),
                header.getLong(), header.getInt());
        if (h.users < 0 || h.items < 0 || h.nnz < 0 || h.keyLength < 0 || h.payloadLength < 0) {
            throw new InvalidFileException(file, "negative length in the header");
        }
        if (h.payloadStart() + h.payloadLength != size) {
            throw new InvalidFileException(file, "is " + size + " bytes, the header says " + (h.payloadStart() + h.payloadLength));
        }
        return h;
    }

    /** The key a file was written with, after checking its header and size only (cheap). */
    public static byte[] readKey(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            MemorySegment data = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena);
            Header h = header(file, data);
            return data.asSlice(HEADER_BYTES, h.keyLength).toArray(ValueLayout.JAVA_BYTE);
        }
    }

    /**
     * Reads a whole file, checking it on the way.
     *
     * @throws InvalidFileException when anything about it is wrong; nothing half-read is returned
     */
    public static Stored read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            MemorySegment data = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena);
            Header h = header(file, data);
            byte[] key = data.asSlice(HEADER_BYTES, h.keyLength).toArray(ValueLayout.JAVA_BYTE);
            MemorySegment payload = data.asSlice(h.payloadStart(), h.payloadLength);
            // The checksum covers everything after the header: the key too, so a damaged key cannot pass for another.
            MemorySegment checked = data.asSlice(HEADER_BYTES);
            CRC32C checksum = new CRC32C();
            for (long at = 0; at < checked.byteSize(); at += CHUNK * 64L) {
                checksum.update(checked.asSlice(at, Math.min(CHUNK * 64L, checked.byteSize() - at)).asByteBuffer());
            }
            if ((int) checksum.getValue() != h.payloadChecksum) {
                throw new InvalidFileException(file, "the data is damaged (checksum)");
            }
            Source source = new Source(file, payload);
            String[] userIds = source.strings(h.users);
            String[] columnIds = source.strings(h.items);
            int[] rowPointers = source.ints(h.users + 1);
            int[] columnIndices = source.ints(h.nnz);
            float[] values = source.floats(h.nnz);
            long[] timestamps = (h.flags & HAS_TIMESTAMPS) != 0 ? source.longs(h.nnz) : null;
            byte[] kinds = (h.flags & HAS_KINDS) != 0 ? source.bytes(h.nnz) : null;
            int[] columnPointers = source.ints(h.items + 1);
            int[] rowIndices = source.ints(h.nnz);
            float[] columnValues = source.floats(h.nnz);
            if (source.at != payload.byteSize()) {
                throw new InvalidFileException(file, "the sections do not fill the file");
            }
            try {
                InteractionMatrix matrix = InteractionMatrix.fromCompressed(userIds, h.items, rowPointers, columnIndices, values,
                        timestamps, kinds, columnPointers, rowIndices, columnValues);
                return new Stored(key, columnIds, matrix);
            } catch (IllegalArgumentException e) {
                throw new InvalidFileException(file, e.getMessage());
            }
        }
    }

    /** Sequential reader of the payload sections, each checked to lie inside it. */
    private static final class Source {
        final Path file;
        final MemorySegment payload;
        long at;

        Source(Path file, MemorySegment payload) {
            this.file = file;
            this.payload = payload;
        }

        private long take(long bytes) throws InvalidFileException {
            if (bytes < 0 || at + bytes > payload.byteSize()) {
                throw new InvalidFileException(file, "a section runs past the end of the file");
            }
            long start = at;
            at = align8(at + bytes);
            if (at > payload.byteSize()) {
                throw new InvalidFileException(file, "a section runs past the end of the file");
            }
            return start;
        }

        int[] ints(int n) throws InvalidFileException {
            long start = take(4L * n);
            int[] out = new int[n];
            MemorySegment.copy(payload, INT, start, out, 0, n);
            return out;
        }

        float[] floats(int n) throws InvalidFileException {
            long start = take(4L * n);
            float[] out = new float[n];
            MemorySegment.copy(payload, FLOAT, start, out, 0, n);
            return out;
        }

        long[] longs(int n) throws InvalidFileException {
            long start = take(8L * n);
            long[] out = new long[n];
            MemorySegment.copy(payload, LONG, start, out, 0, n);
            return out;
        }

        byte[] bytes(int n) throws InvalidFileException {
            long start = take(n);
            byte[] out = new byte[n];
            MemorySegment.copy(payload, ValueLayout.JAVA_BYTE, start, out, 0, n);
            return out;
        }

        String[] strings(int expected) throws InvalidFileException {
            int[] lengths = ints(expected + 1);
            if (lengths[0] != expected) {
                throw new InvalidFileException(file, lengths[0] + " ids where the header says " + expected);
            }
            long total = 0;
            for (int k = 1; k <= expected; k++) {
                if (lengths[k] < 0) {
                    throw new InvalidFileException(file, "negative id length");
                }
                total += lengths[k];
            }
            long start = take(total);
            byte[] bytes = new byte[Math.toIntExact(total)];
            MemorySegment.copy(payload, ValueLayout.JAVA_BYTE, start, bytes, 0, bytes.length);
            String[] out = new String[expected];
            int offset = 0;
            for (int k = 0; k < expected; k++) {
                out[k] = new String(bytes, offset, lengths[k + 1], StandardCharsets.UTF_8);
                offset += lengths[k + 1];
            }
            return out;
        }
    }
}
