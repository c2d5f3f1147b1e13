package io.tastelab.engine.catalog;

/** A catalog edit or lookup that was refused; the message says what and why, and nothing changed. */
public class CatalogException extends IllegalArgumentException {
    public CatalogException(String message) {
        super(message);
    }
}
