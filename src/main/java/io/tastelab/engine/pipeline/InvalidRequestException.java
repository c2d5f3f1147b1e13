package io.tastelab.engine.pipeline;

/** A recommendation request that cannot be served as asked; the message says which part is wrong. */
public class InvalidRequestException extends IllegalArgumentException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
