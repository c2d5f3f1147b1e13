package io.tastelab.engine.exchange;

/**
 * The (user, item, timestamp) rows of one file seen so far, as 64-bit fingerprints in an open-addressing table:
 * 8 to 16 bytes a row instead of an object per row. {@link #add} answering "seen" means "probably a repeat": two
 * different rows share a fingerprint with a chance of about n²/2⁶⁵, so the caller confirms those exactly.
 */
final class RowKeys {

    private static final long NO_TIMESTAMP = Long.MIN_VALUE;

    private long[] slots = new long[1 << 12];
    private int size;

    /** Adds the row; false when a row with the same fingerprint was added before. */
    boolean add(long userKey, long itemKey, Long timestamp) {
        long hash = fingerprint(userKey, itemKey, timestamp == null ? NO_TIMESTAMP : timestamp);
        int mask = slots.length - 1;
        for (int at = (int) hash & mask; ; at = (at + 1) & mask) {
            long slot = slots[at];
            if (slot == 0) {
                slots[at] = hash;
                if (++size > slots.length * 3L / 4) {
                    grow();
                }
                return true;
            }
            if (slot == hash) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long hash : old) {
            if (hash != 0) {
                int at = (int) hash & mask;
                while (slots[at] != 0) {
                    at = (at + 1) & mask;
                }
                slots[at] = hash;
            }
        }
    }

    /** The key as {@link io.tastelab.engine.workspace.ImportWriter#existingInCurrentFile} compares it. */
    static java.util.List<Long> exactKey(long userKey, long itemKey, Long timestamp) {
        return java.util.List.of(userKey, itemKey, timestamp == null ? NO_TIMESTAMP : timestamp);
    }

    /** A well-mixed 64-bit hash, never 0 (0 marks an empty slot). */
    private static long fingerprint(long user, long item, long timestamp) {
        long h = mix(user * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        h = mix(h ^ (item * 0xC2B2AE3D27D4EB4FL));
        h = mix(h ^ (timestamp * 0x165667B19E3779F9L));
        return h == 0 ? 1 : h;
    }

    /** MurmurHash3's 64-bit finalizer. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93F2E6A1FAFL;
        return h ^ (h >>> 33);
    }
}
