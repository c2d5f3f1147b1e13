package io.tastelab.playground.interp;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * What calling a generator function ({@code def} with {@code yield}) returns: its body runs lazily, up to the next
 * {@code yield}, each time the generator is advanced ({@code next(g)}, a {@code for} loop, {@code g.send(v)}), on a
 * {@link Coroutine}. A generator that is dropped while suspended is handed to {@code onAbandoned} by a cleaner, so
 * that the interpreter can end its thread. Not thread-safe.
 */
final class GeneratorValue extends IteratorValue implements AttributeDispatch {

    private static final Cleaner ABANDONED = Cleaner.create();

    private enum State { CREATED, SUSPENDED, RUNNING, CLOSED }

    private final Coroutine coroutine;
    private State state = State.CREATED;
    /** An item taken ahead by {@code hasNext()} that {@code next()} has not handed out yet. */
    private Value pending;
    /** The body's return value, handed out once in a StopIteration; null once handed out or before. */
    private Value returned;

    /**
     * @param qualifiedName the generator function's {@code __qualname__}, which the repr shows
     * @param onAbandoned   receives the coroutine when this generator becomes unreachable (on a cleaner thread)
     */
    GeneratorValue(String qualifiedName, Coroutine coroutine, Consumer<Coroutine> onAbandoned) {
        super("generator", "generator object " + qualifiedName, java.util.Collections.emptyIterator());
        this.coroutine = coroutine;
        ABANDONED.register(this, () -> onAbandoned.accept(coroutine));
    }

    @Override
    public List<Value> items() {
        List<Value> rest = new ArrayList<>();
        iterator().forEachRemaining(rest::add);
        return rest;
    }

    @Override
    public Iterator<Value> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (pending == null && state != State.CLOSED) {
                    pending = advance(new Coroutine.Send(NoneValue.INSTANCE));
                }
                return pending != null;
            }

            @Override
            public Value next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Value item = pending;
                pending = null;
                return item;
            }
        };
    }

    /** {@code next(g)}: the next yielded value, or null when the body has returned. */
    @Override
    Value next() {
        Iterator<Value> items = iterator();
        return items.hasNext() ? items.next() : null;
    }

    /**
     * After the body returned, the StopIteration that {@code next(g)} and {@code g.send(v)} raise: the first
     * carries the return value ({@code e.value}), later ones none.
     */
    PlaygroundError stopIteration() {
        Value value = returned == null ? NoneValue.INSTANCE : returned;
        returned = null;
        return PlaygroundError.stopIteration(value);
    }

    /** {@code yield from g}: resumes with {@code sent}; the yielded value, or null once the body has returned. */
    Value resumeForDelegation(Value sent) {
        if (pending != null) {
            Value item = pending;
            pending = null;
            return item;
        }
        return state == State.CLOSED ? null : advance(new Coroutine.Send(sent));
    }

    /** The body's return value, for {@code yield from}: None when it returned none or was already reported. */
    Value takeReturned() {
        Value value = returned == null ? NoneValue.INSTANCE : returned;
        returned = null;
        return value;
    }

    /** Runs the body to its next yield; the yielded value, or null when it returned (closing the generator). */
    private Value advance(Coroutine.Command command) {
        if (state == State.RUNNING) {
            throw PlaygroundError.valueError("generator already executing");
        }
        state = State.RUNNING;
        Coroutine.Outcome outcome;
        try {
            outcome = coroutine.resume(command);
        } catch (RuntimeException | Error unexpected) {
            state = State.CLOSED;
            throw unexpected;
        }
        switch (outcome) {
            case Coroutine.Yielded yielded -> {
                state = State.SUSPENDED;
                return yielded.value();
            }
            case Coroutine.Returned done -> {
                state = State.CLOSED;
                returned = done.value();
                return null;
            }
            case Coroutine.Raised raised -> {
                state = State.CLOSED;
                if (raised.error() instanceof PlaygroundError error && error.type().equals("StopIteration")
                        && !(command instanceof Coroutine.Throw thrown && thrown.error() == error)) {
                    throw PlaygroundError.of("RuntimeError", "generator raised StopIteration"); // PEP 479
                }
                throw raised.error();
            }
        }
    }

    private Value send(Value value) {
        if (state == State.CREATED && value != NoneValue.INSTANCE) {
            throw PlaygroundError.typeError("can't send non-None value to a just-started generator");
        }
        if (pending != null) {
            Value item = pending;
            pending = null;
            return item;
        }
        Value item = state == State.CLOSED ? null : advance(new Coroutine.Send(value));
        if (item == null) {
            throw stopIteration();
        }
        return item;
    }

    /** {@code g.throw(exc)}: raises {@code exc} at the suspended yield; what the body yields next. */
    private Value throwIn(PlaygroundError error) {
        if (state == State.CREATED || state == State.CLOSED) {
            state = State.CLOSED;
            coroutine.kill();
            throw error;
        }
        pending = null;
        Value item = advance(new Coroutine.Throw(error));
        if (item == null) {
            throw stopIteration();
        }
        return item;
    }

    /** {@code g.close()}: raises GeneratorExit at the suspended yield, so the body's {@code finally} runs. */
    private void close() {
        if (state == State.RUNNING) {
            throw PlaygroundError.valueError("generator already executing");
        }
        if (state != State.SUSPENDED) {
            state = State.CLOSED;
            return;
        }
        pending = null;
        PlaygroundError exit = PlaygroundError.of("GeneratorExit", "");
        try {
            if (advance(new Coroutine.Throw(exit)) != null) {
                throw PlaygroundError.of("RuntimeError", "generator ignored GeneratorExit");
            }
        } catch (PlaygroundError raised) {
            if (raised != exit && !raised.type().equals("GeneratorExit")) {
                throw raised;
            }
        }
        returned = null;
    }

    @Override
    public Value getAttribute(String name) {
        BuiltinFunction.Body body = switch (name) {
            case "send" -> (arguments, context) -> send(arguments.bind("send", List.of("value"), 1)[0]);
            case "__next__" -> (arguments, context) -> {
                arguments.bind("__next__", List.of(), 0);
                Value item = next();
                if (item == null) {
                    throw stopIteration();
                }
                return item;
            };
            case "__iter__" -> (arguments, context) -> {
                arguments.bind("__iter__", List.of(), 0);
                return this;
            };
            case "throw" -> (arguments, context) -> {
                Value[] slots = arguments.bind("throw", List.of("typ", "val"), 1);
                return throwIn(exceptionFrom(slots[0], slots[1]));
            };
            case "close" -> (arguments, context) -> {
                arguments.bind("close", List.of(), 0);
                close();
                return NoneValue.INSTANCE;
            };
            default -> null;
        };
        return body == null ? null : new BuiltinFunction(name, body, "generator object");
    }

    /** The error {@code g.throw(type)}, {@code g.throw(type, value)} or {@code g.throw(instance)} raises. */
    private static PlaygroundError exceptionFrom(Value type, Value value) {
        String message = value == null || value == NoneValue.INSTANCE ? "" : value.str();
        return switch (type) {
            case ExceptionValue exception when value == null -> exception.original() != null ? exception.original()
                    : PlaygroundError.of(exception.type(), exception.message());
            case TypeValue builtin when ExceptionValue.isExceptionType(builtin.name()) ->
                    PlaygroundError.of(builtin.name(), message);
            case InstanceValue instance when instance.type().exceptionBase() != null ->
                    PlaygroundError.of(instance.type().name(), instance.str()).withException(instance);
            default -> throw PlaygroundError.typeError("exceptions must be classes or instances deriving from "
                    + "BaseException, not " + type.typeName());
        };
    }
}
