package io.tastelab.playground.arrays;

import io.tastelab.array.NdArray;
import io.tastelab.engine.random.PrngKey;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a session's PRNG keys came from and what used them, so that the playground pane can draw the key tree
 * ({@code PRNGKey(0)} → {@code split} → {@code key}, {@code subkey} → {@code uniform}) and flag a key that was
 * used twice. Using a key twice is legal (JAX gives the same numbers again); the tree only makes it visible.
 *
 * <p>A node is a key <em>value</em>: making a key equal to one the session already has (the same seed again, a
 * cell run a second time, the same key split twice) gives the existing node, so its uses add up and a key that
 * gives the same numbers again is flagged, whichever cell or line consumed it.
 *
 * <p>Confined to the interpreter's thread while cells run; {@link #nodes()} returns an immutable snapshot that
 * may be handed to other threads.
 */
public final class KeyTree {

    /**
     * One key.
     *
     * @param id     the node's number, in creation order
     * @param word0  the key's first uint32 word
     * @param word1  the key's second uint32 word
     * @param parent the key it was derived from, or -1 for a root ({@code PRNGKey(seed)} or a key typed in)
     * @param origin how it was made: {@code PRNGKey(0)}, {@code split[1]}, {@code fold_in(3)}, {@code key array}
     * @param uses   what consumed it, in order: {@code split}, {@code uniform}, ...
     * @param createdAt    where it was made ({@link #setLocation}, e.g. {@code cell 2} or {@code line 7})
     * @param useLocations where each use happened, parallel to {@code uses}
     */
    public record Node(int id, long word0, long word1, int parent, String origin, List<String> uses,
            String createdAt, List<String> useLocations) {

        public Node {
            uses = List.copyOf(uses);
            useLocations = List.copyOf(useLocations);
        }

        /** True if the key was consumed more than once: JAX's rule is to use each key once. */
        public boolean reused() {
            return uses.size() > 1;
        }
    }

    private final List<MutableNode> nodes = new ArrayList<>();
    private final Map<NdArray, Integer> untracked = new IdentityHashMap<>();
    private final Map<List<Long>, Integer> byValue = new java.util.HashMap<>();
    private String location = "";

    /** Where the code now running is ({@code cell 3}, {@code line 12}); recorded with each key and use. */
    public void setLocation(String where) {
        location = where == null ? "" : where;
    }

    private static final class MutableNode {
        final PrngKey key;
        final int parent;
        final String origin;
        final String createdAt;
        final List<String> uses = new ArrayList<>();
        final List<String> useLocations = new ArrayList<>();

        MutableNode(PrngKey key, int parent, String origin, String createdAt) {
            this.key = key;
            this.parent = parent;
            this.origin = origin;
            this.createdAt = createdAt;
        }
    }

    /** Adds a key made from nothing (a seed) and returns its id (an existing node's for a key made before). */
    int root(PrngKey key, String origin) {
        return add(key, -1, origin);
    }

    /** Adds a key derived from {@code parent} and returns its id (an existing node's for a key made before). */
    int child(int parent, PrngKey key, String origin) {
        return add(key, parent, origin);
    }

    /** The node of {@code key}'s value: the existing one if the session made this key before, else a new one. */
    private int add(PrngKey key, int parent, String origin) {
        long[] words = key.words();
        return byValue.computeIfAbsent(List.of(words[0], words[1]), value -> {
            nodes.add(new MutableNode(key, parent, origin, location));
            return nodes.size() - 1;
        });
    }

    /** The id of a key value, adding a root for a key array the tree has not seen (typed in, or computed). */
    int idOf(ArrayValue keyValue, PrngKey key) {
        int id = keyValue.keyId();
        if (id >= 0 && keyValue.keyTree() == this) {
            return id;
        }
        return untracked.computeIfAbsent(keyValue.array(), array -> root(key, "key array"));
    }

    /** Records that key {@code id} was consumed by {@code what}. */
    void use(int id, String what) {
        nodes.get(id).uses.add(what);
        nodes.get(id).useLocations.add(location);
    }

    /**
     * The nodes of the keys a value holds: a raw key array or a typed one ({@code random.key}), one id per key of a
     * batch; empty for anything else, or for keys of another session.
     */
    public int[] idsHeldBy(io.tastelab.playground.interp.Value value) {
        return switch (value) {
            case ArrayValue array -> array.keyIds(this);
            case KeyArrayValue keys -> keys.data().keyIds(this);
            default -> new int[0];
        };
    }

    /** A snapshot of all keys, in creation order. */
    public List<Node> nodes() {
        List<Node> snapshot = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            MutableNode node = nodes.get(i);
            long[] words = node.key.words();
            snapshot.add(new Node(i, words[0], words[1], node.parent, node.origin, node.uses, node.createdAt,
                    node.useLocations));
        }
        return List.copyOf(snapshot);
    }

    /** The keys consumed more than once. */
    public List<Node> reusedKeys() {
        return nodes().stream().filter(Node::reused).toList();
    }
}
