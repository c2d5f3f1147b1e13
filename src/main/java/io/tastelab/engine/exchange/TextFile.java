package io.tastelab.engine.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file strictly: bytes that are not valid in its encoding stop the reading with the file, line and
 * column where they are ({@code movies.csv:2:5: not valid UTF-8 text (byte 0xE9) …}), found exactly where they
 * are even though readers above buffer ahead. A NUL byte is refused the same way (binary data, not text). A UTF-8
 * byte-order mark at the start is skipped, as spreadsheets
 * write one; a U+FFFD written in the file is an ordinary character.
 *
 * <p>Lines and columns count as an editor does: lines from 1 at each {@code \n}, columns from 1 in characters.
 */
public final class TextFile extends Reader {

    private final InputStream in;
    private final String name;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean endOfBytes;
    private boolean flushed;
    private boolean started;
    /** The first byte of a malformed sequence ahead, thrown once the text before it is read; -1 if none. */
    private int malformedByte = -1;
    private long line = 1;
    private long column = 1;

    private TextFile(InputStream in, String name, Charset charset) {
        this.in = in;
        this.name = name;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Reads {@code in} (the bytes of the file called {@code name}) strictly. */
    public static BufferedReader reader(InputStream in, String name, Charset charset) {
        return new BufferedReader(new TextFile(in, name, charset), 1 << 16);
    }

    /**
     * Opens a file to read strictly, saying plainly what is wrong when it cannot be: missing, a folder, or not
     * readable (with the reason the system gives).
     */
    public static BufferedReader open(Path file, Charset charset) throws IOException {
        requireReadableFile(file);
        return reader(Files.newInputStream(file), file.getFileName().toString(), charset);
    }

    /** Refuses, with a plain message naming it, a path that is missing, a folder, or unreadable. */
    public static void requireReadableFile(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new AccessDeniedException(file.toString(), null, "cannot read it: permission denied");
        }
        try (InputStream probe = Files.newInputStream(file)) {
            probe.read();
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(file.toString(), null, "cannot read it: permission denied");
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (malformedByte >= 0) {
                // Everything before the bad bytes was read: line and column are theirs.
                throw new MalformedTextException(name + ":" + line + ":" + column + ": not valid " + charset.name()
                        + " text (byte 0x" + String.format("%02X", malformedByte) + ")" + (charset.equals(StandardCharsets.UTF_8)
                        ? "; a Latin-1 or Windows-1252 file must be saved as UTF-8 first, and a binary file cannot be read" : ""));
            }
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        int start = chars.position();
        for (int k = 0; k < n; k++) {
            if (chars.get(start + k) == '\0') {
                n = k;
                break;
            }
        }
        if (n == 0) {
            // No text file holds NUL; a spreadsheet never writes one. Stop at it rather than import binary data.
            throw new MalformedTextException(name + ":" + line + ":" + column + ": a NUL byte: binary data, not text");
        }
        chars.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(buffer[i])) {
                column++;
            }
        }
        return n;
    }

    /** Decodes the next characters; a malformed sequence becomes the error thrown once the text before it is read. */
    private void fill() throws IOException {
        chars.clear();
        try {
            while (true) {
                CoderResult result = decoder.decode(bytes, chars, endOfBytes);
                if (result.isError()) {
                    malformedByte = bytes.get(bytes.position()) & 0xFF;
                    return;
                }
                if (result.isOverflow()) {
                    return;
                }
                if (endOfBytes) {
                    decoder.flush(chars);
                    flushed = true;
                    return;
                }
                if (chars.position() > 0) {
                    return;
                }
                bytes.compact();
                int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfBytes = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        } finally {
            chars.flip();
            if (!started && chars.hasRemaining()) {
                started = true;
                if (charset.equals(StandardCharsets.UTF_8) && chars.get(chars.position()) == '\uFEFF') {
                    chars.get(); // the byte-order mark is not part of the text
                }
            }
        }
    }

    /** Bytes that are not valid text in the file's encoding; the message says where they are. */
    public static final class MalformedTextException extends IOException {
        MalformedTextException(String message) {
            super(message);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
