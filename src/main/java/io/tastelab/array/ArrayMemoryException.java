package io.tastelab.array;

import java.util.Locale;

/** Maps to Python's {@code MemoryError}: an array larger than the configured limit was refused. */
public class ArrayMemoryException extends ArrayException {
    private final long requestedBytes;
    private final long limitBytes;

    public ArrayMemoryException(long requestedBytes, long limitBytes, String shape, DType dtype) {
        super(String.format(Locale.ROOT,
                "Unable to allocate %s (%d bytes) for an array with shape %s and data type %s: "
                        + "the limit is %s (%d bytes)",
                human(requestedBytes), requestedBytes, shape, dtype, human(limitBytes), limitBytes));
        this.requestedBytes = requestedBytes;
        this.limitBytes = limitBytes;
    }

    /** Refused because the arrays still alive hold {@code liveBytes} of the limit. */
    public ArrayMemoryException(long requestedBytes, long limitBytes, long liveBytes, String shape, DType dtype) {
        super(String.format(Locale.ROOT,
                "Unable to allocate %s (%d bytes) for an array with shape %s and data type %s: the arrays still "
                        + "alive hold %s of the %s (%d bytes) limit",
                human(requestedBytes), requestedBytes, shape, dtype, human(liveBytes), human(limitBytes),
                limitBytes));
        this.requestedBytes = requestedBytes;
        this.limitBytes = limitBytes;
    }

    public long requestedBytes() {
        return requestedBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }

    @Override
    public String pythonName() {
        return "MemoryError";
    }

    static String human(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.2f %s", v, units[u]);
    }
}
