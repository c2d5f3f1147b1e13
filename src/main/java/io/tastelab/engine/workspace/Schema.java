package io.tastelab.engine.workspace;

import java.util.List;

/**
 * The workspace schema, version {@link #VERSION}. Items are keyed by an integer {@code key} that never
 * changes (so an item can be renamed without touching its interactions); {@code position} is its place in the
 * catalog. Genres, tags and any other attribute an importer brings live in {@code item_attributes}.
 * Interactions carry no foreign keys: checking two keys per row would slow a 25M-row import, and the workspace
 * code deletes an item's interactions in the same transaction as the item.
 */
final class Schema {

    static final int VERSION = 2;

    /**
     * One row per interactions file imported (version 2 on): its name, size and SHA-256, so importing the same
     * content again is recognised; {@code interactions.import_id} points here (NULL for rows imported before).
     */
    private static final String IMPORTS = """
            CREATE TABLE imports (
                id INTEGER PRIMARY KEY,
                file_name TEXT NOT NULL,
                size INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                interactions INTEGER NOT NULL)""";

    static final List<String> CREATE = List.of(
            "CREATE TABLE schema_version (version INTEGER NOT NULL)",
            "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE items (
                key INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                category TEXT NOT NULL DEFAULT '',
                creator TEXT NOT NULL DEFAULT '',
                year INTEGER,
                language TEXT NOT NULL DEFAULT '',
                available INTEGER NOT NULL DEFAULT 1 CHECK (available IN (0, 1)),
                popularity INTEGER NOT NULL DEFAULT 0 CHECK (popularity >= 0))""",
            """
            CREATE TABLE item_attributes (
                item_key INTEGER NOT NULL REFERENCES items(key) ON DELETE CASCADE,
                name TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (item_key, name, ordinal)) WITHOUT ROWID""",
            "CREATE TABLE users (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)",
            """
            CREATE TABLE interactions (
                user_key INTEGER NOT NULL,
                item_key INTEGER NOT NULL,
                value REAL NOT NULL,
                timestamp INTEGER,
                kind INTEGER NOT NULL CHECK (kind IN (0, 1)),
                import_id INTEGER)""",
            IMPORTS);

    /**
     * From version 1 to 2, in one transaction on opening: adding a nullable column rewrites nothing, so it is
     * instant whatever the size of the file.
     */
    static final List<String> UPGRADE_TO_2 = List.of(
            "ALTER TABLE interactions ADD COLUMN import_id INTEGER",
            IMPORTS);

    /** Attribute names that map to {@link io.tastelab.engine.catalog.Item} lists. */
    static final String GENRE = "genre";
    static final String TAG = "tag";

    private Schema() {
    }
}
