package io.tastelab.playground.interp;

import io.tastelab.playground.lang.Alias;
import io.tastelab.playground.lang.DeepStack;
import io.tastelab.playground.lang.Expr;
import io.tastelab.playground.lang.Keyword;
import io.tastelab.playground.lang.Lexer;
import io.tastelab.playground.lang.Module;
import io.tastelab.playground.lang.Parameter;
import io.tastelab.playground.lang.Parser;
import io.tastelab.playground.lang.PlaygroundSyntaxError;
import io.tastelab.playground.lang.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs cells of the playground language: a session with its own globals, like one notebook kernel.
 *
 * <p>Evaluation walks the syntax tree from {@link Parser}; what values do is delegated to the values
 * ({@link OperatorDispatch}, {@link SubscriptDispatch}, {@link AttributeDispatch}, {@link CallableValue}), so array
 * kinds plug in without changes here, and modules come from a {@link ModuleProvider}. Errors come back as
 * {@link PlaygroundError}s inside the {@link CellResult}; nothing a user types makes {@link #runCell} throw, hang
 * past {@link InterpreterLimits}, or overflow the Java stack.
 *
 * <p>Cells run on {@link DeepStack} threads, which have a large stack, while the caller waits: so
 * recursion limits are the same whatever thread calls, and a Java {@code StackOverflowError} (which can leave the
 * JVM's own classes broken when it strikes during class initialization) does not happen. Evaluation nesting is
 * capped ({@link #MAX_EVALUATION_NESTING}) well inside that stack. Values, modules and the live-output listener
 * are called on the evaluation thread.
 *
 * <p>Not thread-safe: a session runs one cell at a time. {@link #cancel()} (from any thread) or interrupting the
 * waiting caller stops the running cell with a {@code KeyboardInterrupt}.
 */
public final class Interpreter {

    /** The note under an import that failed; short lines, since the output pane does not wrap tracebacks. */
    private static final String AVAILABLE_IMPORTS = """
            The playground can import:
              import numpy as np, numpy.testing, import jax.numpy as jnp, import jax,
              import jax.random as random, from jax import random, lax, tree_util, test_util,
              import math, import sys, import functools, import collections, import time, import itertools,
              import operator, import logging, from typing import NamedTuple, from dataclasses import dataclass,
              import random (Python's own; NumPy's is np.random)""";
    /** Python's own modules that the interpreter provides itself. */
    private static final Map<String, java.util.function.Supplier<ModuleValue>> STANDARD_MODULES = Map.ofEntries(
            Map.entry("math", MathModule::create), Map.entry("sys", SysModule::create),
            Map.entry("functools", FunctoolsModule::create), Map.entry("typing", TypingModule::create),
            Map.entry("collections", CollectionsModule::create), Map.entry("dataclasses", DataclassesModule::create),
            Map.entry("time", TimeModule::create), Map.entry("itertools", ItertoolsModule::create),
            Map.entry("operator", OperatorModule::create), Map.entry("random", PythonRandom::module),
            Map.entry("logging", LoggingModule::create));

    /** What a loop body's statement returns to say {@code break} or {@code continue} (never a user value). */
    private record LoopSignal(String name) implements Value {
        @Override
        public String typeName() {
            return name;
        }

        @Override
        public String repr() {
            return name;
        }
    }

    private static final Value BREAK = new LoopSignal("break");
    private static final Value CONTINUE = new LoopSignal("continue");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final double TIMEIT_TARGET_SECONDS = 0.2;
    private static final int TIMEIT_DEFAULT_REPEATS = 7;

    /**
     * How deeply evaluation may nest (expressions inside expressions, calls inside calls) before a
     * {@code RecursionError}: far more than Python code at the default recursion limit needs, far less than the
     * evaluation thread's stack holds.
     */
    public static final int MAX_EVALUATION_NESTING = 25_000;

    private final ModuleProvider modules;
    private final InterpreterLimits limits;
    private final LongSupplier nanoTime;
    private final Scope globals = Scope.global();
    private final Map<String, Value> builtins = Builtins.create();
    private final Map<String, Value> loadedModules = new HashMap<>();
    private final Context context = new Context();
    private Consumer<String> liveOutput = text -> { };

    private StringBuilder stdout = new StringBuilder();
    private String currentSource = "";
    private long steps;
    private long deadline;
    private int depth;
    private int nesting;
    /**
     * The value the last finished evaluation produced as a fresh temporary, or null: every evaluation clears it
     * on entry, and an operator, array function or user function whose result is fresh sets it as its last act.
     * So a caller that finds its child's value here holds the only reference to it (see {@link ReleasableValue}).
     */
    private Value lastTemporary;
    /** The running user-function call's locals that hold temporaries nothing else has seen; null outside calls. */
    private OwnedLocals ownedLocals;
    /** Set just before a {@code Name} is evaluated as an operand that keeps no reference to it. */
    private boolean safeRead;
    /** The object of the last attribute evaluated ({@code x} of {@code x.reshape}), set as that evaluation's last act. */
    private Value lastReceiver;
    /** Whether {@link #lastReceiver} was a fresh temporary. */
    private boolean lastReceiverTemporary;

    /**
     * A local that a fresh temporary was bound to, and that has been read since only as an operand of an
     * operator or array function whose result shares no memory with it: the name holds its only reference,
     * so the value is dead once the name is rebound or the call returns.
     */
    private record OwnedLocals(Scope scope, Map<String, Value> values) {
        OwnedLocals(Scope scope) {
            this(scope, new HashMap<>());
        }
    }
    private volatile boolean cancelRequested;
    /** The generator whose own body is running now (what a {@code yield} suspends); null elsewhere. */
    private GeneratorFrame runningGenerator;
    /** Generators whose body has been started: each holds a thread until it finishes or is killed. */
    private final java.util.Set<Coroutine> coroutines = new java.util.HashSet<>();
    /** Generators dropped while suspended (found by a cleaner thread), to end on the evaluation thread. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Coroutine> abandoned =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** The user function running now and its locals (for a bare {@code super()}); null at the top level. */
    private FunctionValue runningFunction;
    private Scope runningScope;

    /** A session with default limits and the system clock. */
    public Interpreter(ModuleProvider modules) {
        this(modules, InterpreterLimits.defaults(), System::nanoTime);
    }

    /**
     * A session.
     *
     * @param modules  where {@code import} finds modules
     * @param limits   the budget each cell runs under
     * @param nanoTime the clock for budgets and {@code %timeit} (tests pass a fake one)
     */
    public Interpreter(ModuleProvider modules, InterpreterLimits limits, LongSupplier nanoTime) {
        this.modules = Objects.requireNonNull(modules);
        this.limits = Objects.requireNonNull(limits);
        this.nanoTime = Objects.requireNonNull(nanoTime);
        builtins.put("timeit", new BuiltinFunction("timeit", this::timeitBuiltin));
    }

    /** Binds a global variable, as if the user had assigned it (e.g. to hand a value to the playground). */
    public void define(String name, Value value) {
        globals.assign(Objects.requireNonNull(name), Objects.requireNonNull(value));
    }

    /** Also sends everything printed to {@code listener} as it is printed (outputs still collect it). */
    public void setLiveOutput(Consumer<String> listener) {
        this.liveOutput = Objects.requireNonNull(listener);
    }

    /**
     * The session's global variables, read-only, in the order they were first assigned. A live view: read it
     * between cells, not while one runs.
     */
    public Map<String, Value> globals() {
        return Collections.unmodifiableMap(globals.variables());
    }

    /** The limits this session runs under. */
    public InterpreterLimits limits() {
        return limits;
    }

    /**
     * Parses and runs a cell; stops at the first error. Never throws for anything in {@code source}. Blocks
     * until the cell has run (on an evaluation thread).
     */
    public CellResult runCell(String source) {
        return onEvaluationThread(() -> runCellHere(source));
    }

    /** Asks the running cell, if any, to stop with a {@code KeyboardInterrupt}. Safe from any thread. */
    public void cancel() {
        cancelRequested = true;
    }

    private CellResult runCellHere(String source) {
        String normalized = Lexer.normalizeLineBreaks(source);
        Module module;
        try {
            module = Parser.parse(normalized);
        } catch (PlaygroundSyntaxError error) {
            return new CellResult(List.of(), PlaygroundError.fromSyntaxError(error, normalized));
        }
        startBudget();
        List<StatementOutput> outputs = new ArrayList<>();
        for (Stmt statement : module.body()) {
            StatementOutput output = execute(statement, normalized);
            outputs.add(output);
            if (output.failed()) {
                break;
            }
        }
        return new CellResult(CellResult.quietIfSemicolon(outputs, normalized), null);
    }

    /**
     * Runs one already-parsed top-level statement with a fresh budget, for a REPL that goes on after errors.
     *
     * @param source the text the statement was parsed from, for error reports
     */
    public StatementOutput runStatement(Stmt statement, String source) {
        return onEvaluationThread(() -> {
            startBudget();
            return execute(statement, Lexer.normalizeLineBreaks(source));
        });
    }

    /**
     * Runs one statement of a script read statement by statement: {@code script} is the whole script, already
     * with Python's line breaks, and the statement's positions are its lines (nothing is copied per statement, so
     * a script runs in time linear in its length).
     */
    public StatementOutput runScriptStatement(Stmt statement, String script) {
        return onEvaluationThread(() -> {
            startBudget();
            return execute(statement, script);
        });
    }

    private <T> T onEvaluationThread(Callable<T> work) {
        cancelRequested = false;
        modules.activate();
        return DeepStack.call(work, this::cancel);
    }

    private void startBudget() {
        steps = 0;
        long maxNanos = limits.maxDuration().toNanos();
        deadline = nanoTime.getAsLong() + maxNanos;
    }

    private StatementOutput execute(Stmt statement, String source) {
        endAbandonedGenerators();
        stdout = new StringBuilder();
        currentSource = source;
        depth = 0;
        nesting = 0;
        Value shown = null;
        PlaygroundError error = null;
        TimeitReport timing = null;
        try {
            switch (statement) {
                case Stmt.ExprStatement expression -> {
                    Value value = evaluate(expression.value(), globals);
                    shown = value == NoneValue.INSTANCE ? null : DisplaySnapshot.of(value);
                }
                case Stmt.Timeit timeit -> timing = timeit(timeit, globals);
                default -> executeStatement(statement, globals);
            }
        } catch (PlaygroundError raised) {
            error = raised.at(statement.span(), source);
        } catch (StackOverflowError overflow) {
            error = PlaygroundError.recursionError().at(statement.span(), source);
        } catch (RuntimeException | OutOfMemoryError unexpected) {
            error = PlaygroundError.internalError(unexpected).at(statement.span(), source);
        }
        return new StatementOutput(statement.span(), stdout.toString(), shown, error, timing);
    }

    // ---------------------------------------------------------------- statements

    /**
     * Runs a statement; returns the value of a {@code return}, {@link #BREAK} or {@link #CONTINUE} inside a loop,
     * or null to go on.
     */
    private Value executeStatement(Stmt statement, Scope scope) {
        step();
        enter();
        try {
            switch (statement) {
                case Stmt.ExprStatement expression -> evaluate(expression.value(), scope);
                case Stmt.Assign assign -> {
                    Value value = evaluate(assign.value(), scope);
                    boolean fresh = value == lastTemporary;
                    for (Expr target : assign.targets()) {
                        assign(target, value, scope);
                    }
                    if (ownedLocals != null && ownedLocals.scope() == scope) {
                        rebindOwned(assign.targets(), value, fresh);
                    }
                }
                case Stmt.AugAssign augmented -> augmentedAssign(augmented, scope);
                case Stmt.FunctionDef definition -> {
                    List<Value> defaults = new ArrayList<>();
                    for (Parameter parameter : definition.params()) {
                        if (parameter.defaultValue() != null) {
                            defaults.add(evaluate(parameter.defaultValue(), scope));
                        }
                    }
                    scope.assign(definition.name(),
                            new FunctionValue(definition, defaults, scope.closureScope(), currentSource, this));
                }
                case Stmt.ClassDef definition -> scope.assign(definition.name(), defineClass(definition, scope));
                case Stmt.Decorated decorated -> {
                    List<Value> decorators = new ArrayList<>();
                    for (Expr decorator : decorated.decorators()) {
                        decorators.add(evaluate(decorator, scope));
                    }
                    executeStatement(decorated.definition(), scope);
                    Value value = scope.lookup(decorated.name(), builtins);
                    for (int i = decorators.size() - 1; i >= 0; i--) {
                        try {
                            value = call(decorators.get(i), Arguments.of(value));
                        } catch (PlaygroundError error) {
                            throw error.at(decorated.decorators().get(i).span(), currentSource);
                        }
                    }
                    scope.assign(decorated.name(), value);
                }
                case Stmt.With with -> {
                    return withItems(with, 0, scope);
                }
                case Stmt.AnnAssign annotated -> {
                    if (annotated.value() != null) {
                        Value value = evaluate(annotated.value(), scope);
                        assign(annotated.target(), value, scope);
                    } else if (!(annotated.target() instanceof Expr.Name)) {
                        evaluate(((annotated.target() instanceof Expr.Attribute attribute) ? attribute.value()
                                : ((Expr.Subscript) annotated.target()).value()), scope);
                    }
                }
                case Stmt.Nonlocal declared -> {
                    // resolved when the function is defined (FunctionValue.nonlocalNames)
                }
                case Stmt.Return returned -> {
                    return returned.value() == null ? NoneValue.INSTANCE : evaluate(returned.value(), scope);
                }
                case Stmt.Import imports -> {
                    for (Alias alias : imports.names()) {
                        importModule(alias, scope);
                    }
                }
                case Stmt.ImportFrom imports -> {
                    for (Alias alias : imports.names()) {
                        importFrom(imports.module(), alias, scope);
                    }
                }
                case Stmt.Pass pass -> {
                    // nothing to do
                }
                case Stmt.Assert assertion -> {
                    if (!evaluate(assertion.test(), scope).isTruthy()) {
                        String message = assertion.message() == null ? ""
                                : evaluate(assertion.message(), scope).str();
                        throw PlaygroundError.of("AssertionError", message);
                    }
                }
                case Stmt.If conditional -> {
                    List<Stmt> branch = evaluate(conditional.test(), scope).isTruthy()
                            ? conditional.body() : conditional.orElse();
                    return executeBlock(branch, scope);
                }
                case Stmt.For loop -> {
                    return forLoop(loop, scope);
                }
                case Stmt.While loop -> {
                    while (evaluate(loop.test(), scope).isTruthy()) {
                        Value signal = executeBlock(loop.body(), scope);
                        if (signal == BREAK) {
                            return null;
                        }
                        if (signal != null && signal != CONTINUE) {
                            return signal;
                        }
                    }
                    return executeBlock(loop.orElse(), scope);
                }
                case Stmt.Break stop -> {
                    return BREAK;
                }
                case Stmt.Continue skip -> {
                    return CONTINUE;
                }
                case Stmt.Try attempt -> {
                    return tryStatement(attempt, scope);
                }
                case Stmt.Raise raise -> throw raise(raise, scope);
                case Stmt.Delete deletion -> {
                    for (Expr target : deletion.targets()) {
                        delete(target, scope);
                    }
                }
                case Stmt.Global global -> {
                    // resolved when the function is defined (FunctionValue.globalNames); at top level a no-op
                }
                case Stmt.Timeit timeit -> timeit(timeit, scope);
            }
            return null;
        } catch (PlaygroundError error) {
            throw error.at(statement.span(), currentSource);
        } finally {
            nesting--;
        }
    }

    /** Runs statements in order until one returns, breaks or continues; returns what {@link #executeStatement} does. */
    private Value executeBlock(List<Stmt> statements, Scope scope) {
        for (Stmt inner : statements) {
            Value signal = executeStatement(inner, scope);
            if (signal != null) {
                return signal;
            }
        }
        return null;
    }

    /**
     * {@code for target in iterable}: takes items one at a time (a range is never built as a list), binds the
     * target, runs the body; each item is a step of the cell's budget, so loops stop at the step and time limits
     * and on Cancel.
     */
    private Value forLoop(Stmt.For loop, Scope scope) {
        Value iterable = evaluate(loop.iterable(), scope);
        Iterator<Value> items = iteratorAt(iterable, loop.iterable());
        while (nextAt(items, loop.iterable())) {
            Value item = items.next();
            step();
            assign(loop.target(), item, scope);
            if (ownedLocals != null && ownedLocals.scope() == scope) {
                rebindOwned(List.of(loop.target()), item, false);
            }
            Value signal = executeBlock(loop.body(), scope);
            if (signal == BREAK) {
                return null;
            }
            if (signal != null && signal != CONTINUE) {
                return signal;
            }
        }
        return executeBlock(loop.orElse(), scope);
    }

    private Iterator<Value> iteratorAt(Value iterable, Expr where) {
        try {
            return Iteration.iterator(iterable);
        } catch (PlaygroundError error) {
            throw error.at(where.span(), currentSource);
        }
    }

    private boolean nextAt(Iterator<Value> items, Expr where) {
        try {
            return items.hasNext();
        } catch (PlaygroundError error) {
            throw error.at(where.span(), currentSource);
        }
    }

    private void assign(Expr target, Value value, Scope scope) {
        try {
            switch (target) {
                case Expr.Name name -> scope.assign(name.id(), value);
                case Expr.TupleExpr tuple -> unpack(tuple.elements(), value, scope);
                case Expr.ListExpr list -> unpack(list.elements(), value, scope);
                case Expr.Attribute attribute -> {
                    Value object = evaluate(attribute.value(), scope);
                    if (!(object instanceof AttributeDispatch dispatch)) {
                        throw PlaygroundError.attributeError("'" + object.typeName() + "' object has no attribute '"
                                + attribute.attr() + "'");
                    }
                    dispatch.setAttribute(attribute.attr(), value);
                }
                case Expr.Subscript subscript -> {
                    Value object = evaluate(subscript.value(), scope);
                    Value index = evaluateIndex(subscript.index(), scope);
                    setItem(object, index, value);
                }
                default -> throw PlaygroundError.of("SyntaxError", "cannot assign to expression");
            }
        } catch (PlaygroundError error) {
            throw error.at(target.span(), currentSource);
        }
    }

    /** The exceptions being handled, innermost last, for a bare {@code raise}. */
    private java.util.ArrayDeque<PlaygroundError> handling = new java.util.ArrayDeque<>();

    /**
     * {@code try}/{@code except}/{@code else}/{@code finally}. A handler matches by Python's exception hierarchy
     * ({@link ExceptionValue}); the playground's own stops (limits, Cancel) pass every handler.
     */
    private Value tryStatement(Stmt.Try attempt, Scope scope) {
        Value signal = null;
        PlaygroundError pending = null;
        boolean raised = false;
        try {
            signal = executeBlock(attempt.body(), scope);
        } catch (PlaygroundError error) {
            raised = true;
            pending = error;
            if (!error.stopsCell()) {
                try {
                    Stmt.ExceptHandler handler = matchingHandler(attempt, error, scope);
                    if (handler != null) {
                        pending = null;
                        signal = handle(handler, error, scope);
                    }
                } catch (PlaygroundError inHandler) {
                    pending = inHandler;
                }
            }
        }
        if (!raised && signal == null) {
            try {
                signal = executeBlock(attempt.orElse(), scope);
            } catch (PlaygroundError inElse) {
                pending = inElse;
            }
        }
        if (!attempt.finalBody().isEmpty()) {
            Value finalSignal = executeBlock(attempt.finalBody(), scope);
            if (finalSignal != null && (pending == null || !pending.stopsCell())) {
                return finalSignal; // a return or break in finally wins over an exception, as in Python
            }
        }
        if (pending != null) {
            throw pending;
        }
        return signal;
    }

    private Stmt.ExceptHandler matchingHandler(Stmt.Try attempt, PlaygroundError error, Scope scope) {
        for (Stmt.ExceptHandler handler : attempt.handlers()) {
            if (handler.type() == null) {
                return handler;
            }
            Value type = evaluate(handler.type(), scope);
            try {
                if (catches(error, type)) {
                    return handler;
                }
            } catch (PlaygroundError notAType) {
                throw notAType.at(handler.type().span(), currentSource);
            }
        }
        return null;
    }

    /** Whether an {@code except} clause's type (a class, a builtin exception type, or a tuple) catches the error. */
    private static boolean catches(PlaygroundError error, Value type) {
        if (type instanceof TupleValue tuple) {
            for (Value item : tuple.items()) {
                if (catches(error, item)) {
                    return true;
                }
            }
            return false;
        }
        ClassValue raised = error.exception() instanceof InstanceValue instance ? instance.type() : null;
        if (type instanceof ClassValue handler) {
            if (handler.exceptionBase() == null) {
                throw PlaygroundError.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return raised != null && raised.isSubclassOf(handler);
        }
        return ExceptionValue.matches(raised != null ? raised.exceptionBase() : error.type(), type);
    }

    private Value handle(Stmt.ExceptHandler handler, PlaygroundError error, Scope scope) {
        if (handler.name() != null) {
            scope.assign(handler.name(), error.exception() != null ? error.exception()
                    : new ExceptionValue(error.type(), error.pythonMessage(), error));
        }
        handling.addLast(error);
        try {
            return executeBlock(handler.body(), scope);
        } finally {
            handling.removeLast();
            if (handler.name() != null && scope.variables().containsKey(handler.name())) {
                scope.delete(handler.name()); // Python deletes the name after the handler
            }
        }
    }

    /** {@code raise X}, {@code raise X(...)}, or a bare {@code raise} inside a handler. */
    private PlaygroundError raise(Stmt.Raise raise, Scope scope) {
        if (raise.exception() == null) {
            if (handling.isEmpty()) {
                return PlaygroundError.of("RuntimeError", "No active exception to reraise");
            }
            return handling.getLast();
        }
        Value raised = evaluate(raise.exception(), scope);
        if (raised instanceof TypeValue type && ExceptionValue.isExceptionType(type.name())) {
            raised = type.call(Arguments.of(), context);
        }
        if (raised instanceof ClassValue type && type.exceptionBase() != null) {
            raised = type.call(Arguments.of(), context);
        }
        if (raised instanceof InstanceValue instance && instance.type().exceptionBase() != null) {
            return PlaygroundError.of(instance.type().name(), instance.str()).withException(instance);
        }
        if (raised instanceof ExceptionValue exception) {
            if (exception.original() != null) {
                return exception.original();
            }
            return PlaygroundError.of(exception.type(), exception.message());
        }
        return PlaygroundError.typeError("exceptions must derive from BaseException");
    }

    /** {@code del target}. */
    private void delete(Expr target, Scope scope) {
        try {
            switch (target) {
                case Expr.Name name -> {
                    scope.delete(name.id());
                    if (ownedLocals != null) {
                        ownedLocals.values().remove(name.id());
                    }
                }
                case Expr.TupleExpr tuple -> tuple.elements().forEach(element -> delete(element, scope));
                case Expr.ListExpr list -> list.elements().forEach(element -> delete(element, scope));
                case Expr.Subscript subscript -> {
                    Value object = evaluate(subscript.value(), scope);
                    Value index = evaluateIndex(subscript.index(), scope);
                    if (!(object instanceof SubscriptDispatch dispatch)) {
                        throw PlaygroundError.typeError("'" + object.typeName() + "' object doesn't support item deletion");
                    }
                    dispatch.deleteItem(index);
                }
                case Expr.Attribute attribute -> {
                    Value object = evaluate(attribute.value(), scope);
                    if (object instanceof InstanceValue instance) {
                        instance.deleteAttribute(attribute.attr());
                    } else if (object instanceof ClassValue type) {
                        if (!type.deleteAttribute(attribute.attr())) {
                            throw PlaygroundError.attributeError("type object '" + type.name()
                                    + "' has no attribute '" + attribute.attr() + "'");
                        }
                    } else {
                        throw PlaygroundError.attributeError("'" + object.typeName() + "' object attribute '"
                                + attribute.attr() + "' can't be deleted in the playground");
                    }
                }
                default -> throw PlaygroundError.of("SyntaxError", "cannot delete expression");
            }
        } catch (PlaygroundError error) {
            throw error.at(target.span(), currentSource);
        }
    }

    private void unpack(List<Expr> targets, Value value, Scope scope) {
        if (!(value instanceof IterableValue iterable)) {
            throw PlaygroundError.typeError("cannot unpack non-iterable " + value.typeName() + " object");
        }
        int star = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        List<Value> items;
        if (iterable instanceof IteratorValue) {
            items = Iteration.toList(iterable, limits);
        } else {
            long length = iterable.length();
            if (star < 0 && length > targets.size()) {
                throw PlaygroundError.valueError("too many values to unpack (expected " + targets.size() + ")");
            }
            Operators.checkLength(length, limits);
            items = iterable.items();
        }
        int length = items.size();
        if (star < 0) {
            if (length > targets.size()) {
                throw PlaygroundError.valueError("too many values to unpack (expected " + targets.size() + ")");
            }
            if (length < targets.size()) {
                throw PlaygroundError.valueError("not enough values to unpack (expected " + targets.size() + ", got "
                        + length + ")");
            }
            for (int i = 0; i < targets.size(); i++) {
                assign(targets.get(i), items.get(i), scope);
            }
            return;
        }
        int after = targets.size() - star - 1;
        if (length < targets.size() - 1) {
            throw PlaygroundError.valueError("not enough values to unpack (expected at least " + (targets.size() - 1)
                    + ", got " + length + ")");
        }
        for (int i = 0; i < star; i++) {
            assign(targets.get(i), items.get(i), scope);
        }
        Expr.Starred starred = (Expr.Starred) targets.get(star);
        assign(starred.value(), new ListValue(items.subList(star, length - after)), scope);
        for (int i = 0; i < after; i++) {
            assign(targets.get(star + 1 + i), items.get(length - after + i), scope);
        }
    }

    private void augmentedAssign(Stmt.AugAssign augmented, Scope scope) {
        switch (augmented.target()) {
            case Expr.Name name -> {
                Value current = evaluate(name, scope);
                Value operand = evaluate(augmented.value(), scope);
                scope.assign(name.id(), Operators.inPlace(augmented.op(), current, operand, limits));
            }
            case Expr.Attribute attribute -> {
                Value object = evaluate(attribute.value(), scope);
                Value current = getAttribute(object, attribute.attr());
                Value operand = evaluate(augmented.value(), scope);
                Value updated = Operators.inPlace(augmented.op(), current, operand, limits);
                assignAttribute(object, attribute.attr(), updated);
            }
            case Expr.Subscript subscript -> {
                Value object = evaluate(subscript.value(), scope);
                Value index = evaluateIndex(subscript.index(), scope);
                Value current = getItem(object, index);
                Value operand = evaluate(augmented.value(), scope);
                setItem(object, index, Operators.inPlace(augmented.op(), current, operand, limits));
            }
            default -> throw PlaygroundError.of("SyntaxError", "illegal expression for augmented assignment");
        }
    }

    private static void assignAttribute(Value object, String name, Value value) {
        if (!(object instanceof AttributeDispatch dispatch)) {
            throw PlaygroundError.attributeError("'" + object.typeName() + "' object has no attribute '" + name + "'");
        }
        dispatch.setAttribute(name, value);
    }

    private static void setItem(Value object, Value index, Value value) {
        if (!(object instanceof SubscriptDispatch dispatch)) {
            throw PlaygroundError.typeError("'" + object.typeName() + "' object does not support item assignment");
        }
        dispatch.setItem(index, value);
    }

    // ---------------------------------------------------------------- classes and with

    /**
     * {@code class Name(bases): body}: runs the body in the class's own namespace, then makes the class. Bases are
     * classes made here, {@code object}, {@code typing.NamedTuple}, exception types and the builtin types of
     * {@link BuiltinBases#DERIVABLE} (at most one of those, as CPython's instance lay-out allows).
     */
    private ClassValue defineClass(Stmt.ClassDef definition, Scope scope) {
        List<ClassValue> bases = new ArrayList<>();
        boolean namedTuple = false;
        String exceptionBase = null;
        List<TypeValue> builtinBases = new ArrayList<>();
        boolean builtinNamed = false;
        for (Expr baseExpression : definition.bases()) {
            Value base = evaluate(baseExpression, scope);
            TypeValue derivable;
            try {
                derivable = BuiltinBases.derivable(base);
            } catch (PlaygroundError refused) {
                throw refused.at(baseExpression.span(), currentSource);
            }
            if (derivable != null) {
                if (builtinNamed && builtinBases.contains(derivable)) {
                    throw PlaygroundError.typeError("duplicate base class " + derivable.name())
                            .at(baseExpression.span(), currentSource);
                }
                builtinBases.add(derivable);
                builtinNamed = true;
                continue;
            }
            if (base instanceof ClassValue type && type.builtinBase() != null) {
                builtinBases.add(type.builtinBase());
            }
            if (base instanceof TypeValue builtin && ExceptionValue.isExceptionType(builtin.name())) {
                exceptionBase = exceptionBase == null ? builtin.name() : exceptionBase;
                continue;
            }
            if (base instanceof ClassValue type && type.exceptionBase() != null && exceptionBase == null) {
                exceptionBase = type.exceptionBase();
            }
            if (base instanceof ClassValue type) {
                if (type.namedTupleFields() != null) {
                    throw PlaygroundError.typeError("the playground can't subclass the NamedTuple class '"
                            + type.name() + "'").at(baseExpression.span(), currentSource);
                }
                bases.add(type);
            } else if (base == TypingModule.NAMED_TUPLE) {
                namedTuple = true;
            } else if (base != PlainObjectValue.TYPE && base != TypingModule.GENERIC) {
                throw PlaygroundError.typeError("the playground's classes derive from classes made with 'class', "
                        + "object, str, int, float, tuple, list, dict, exception types or typing.NamedTuple, not from "
                        + base.repr()).at(baseExpression.span(), currentSource);
            }
        }
        TypeValue builtinBase;
        try {
            builtinBase = BuiltinBases.common(builtinBases, exceptionBase != null);
        } catch (PlaygroundError conflict) {
            throw conflict.at(definition.span(), currentSource);
        }
        if (!definition.keywords().isEmpty()) {
            Keyword keyword = definition.keywords().getFirst();
            throw PlaygroundError.typeError("class keyword arguments (" + (keyword.isUnpacking() ? "**"
                    : keyword.name() + "=") + ") are not supported in the playground")
                    .at(keyword.span(), currentSource);
        }
        if (namedTuple && (!bases.isEmpty() || builtinBase != null)) {
            throw PlaygroundError.typeError("can only inherit from a NamedTuple type and Generic");
        }
        Scope body = Scope.classBody(scope);
        body.assign("__module__", new StrValue("__main__"));
        body.assign("__qualname__", new StrValue(definition.name()));
        Value signal = executeBlock(definition.body(), body);
        if (signal != null) {
            throw PlaygroundError.of("SyntaxError", "'" + signal.repr() + "' outside loop");
        }
        Map<String, Value> namespace = new LinkedHashMap<>(body.variables());
        namespace.remove("__module__");
        namespace.remove("__qualname__");
        List<FunctionValue> methods = new ArrayList<>();
        for (Value member : namespace.values()) {
            FunctionValue function = switch (member) {
                case FunctionValue f -> f;
                case StaticMethodValue m when m.function() instanceof FunctionValue f -> f;
                case ClassMethodValue m when m.function() instanceof FunctionValue f -> f;
                case PropertyValue p when p.getter() instanceof FunctionValue f -> f;
                case BindsAsMethod wrapper when wrapper.wrapped() instanceof FunctionValue f -> f;
                default -> null;
            };
            if (function != null && function.definingClass() == null) {
                methods.add(function);
            }
        }
        List<String> annotated = new ArrayList<>();
        for (Stmt statement : definition.body()) {
            if (statement instanceof Stmt.AnnAssign annotation && annotation.target() instanceof Expr.Name name
                    && !annotated.contains(name.id())) {
                annotated.add(name.id());
            }
        }
        if (namedTuple) {
            boolean sawDefault = false;
            for (String field : annotated) {
                if (namespace.containsKey(field)) {
                    sawDefault = true;
                } else if (sawDefault) {
                    throw PlaygroundError.typeError("Non-default namedtuple field " + field
                            + " cannot follow default field").at(definition.span(), currentSource);
                }
            }
        }
        ClassValue type = new ClassValue(definition.name(), bases, namespace, namedTuple ? annotated : null,
                annotated, context);
        for (FunctionValue method : methods) {
            method.setDefiningClass(type);
        }
        if (exceptionBase != null) {
            type.setExceptionBase(exceptionBase);
        }
        if (builtinBase != null) {
            type.setBuiltinBase(builtinBase, builtinNamed);
        }
        return type;
    }

    /** A bare {@code super()}: the running method's class and first argument, as Python's compiler arranges. */
    private Value bareSuper() {
        FunctionValue function = runningFunction;
        ClassValue owner = function == null ? null : function.definingClass();
        if (owner == null || function.parameterNames().isEmpty()) {
            throw PlaygroundError.of("RuntimeError", "super(): no arguments");
        }
        Value receiver = runningScope.variables().get(function.parameterNames().getFirst());
        if (receiver == null) {
            throw PlaygroundError.of("RuntimeError", "super(): arg[0] deleted");
        }
        return Builtins.makeSuper(owner, receiver);
    }

    /**
     * {@code with} items from {@code index} on, then the body: each manager's {@code __exit__} runs however the
     * body ends (a return, break or exception), in reverse order; one that returns true swallows the exception.
     */
    private Value withItems(Stmt.With with, int index, Scope scope) {
        Stmt.WithItem item = with.items().get(index);
        Value manager = evaluate(item.context(), scope);
        Value entered;
        ContextManager builtin = manager instanceof ContextManager c ? c : null;
        InstanceValue user = manager instanceof InstanceValue instance ? instance : null;
        if (builtin != null) {
            entered = builtin.enter(context);
        } else if (user != null && user.special("__enter__") != null && user.special("__exit__") != null) {
            entered = user.callSpecial("__enter__");
        } else {
            throw PlaygroundError.typeError("'" + manager.typeName() + "' object does not support the context "
                    + "manager protocol").at(item.context().span(), currentSource);
        }
        Value signal;
        try {
            if (item.target() != null) {
                assign(item.target(), entered, scope);
            }
            signal = index + 1 < with.items().size() ? withItems(with, index + 1, scope)
                    : executeBlock(with.body(), scope);
        } catch (PlaygroundError error) {
            if (error.stopsCell()) {
                exitQuietly(builtin, error);
                throw error;
            }
            boolean swallow;
            if (builtin != null) {
                swallow = builtin.exit(error, context);
            } else {
                Value exception = error.exception() != null ? error.exception()
                        : new ExceptionValue(error.type(), error.pythonMessage(), error);
                Value exceptionType = error.exception() instanceof InstanceValue raised ? raised.type()
                        : ExceptionValue.typeObject(error.type());
                swallow = user.callSpecial("__exit__", exceptionType, exception, NoneValue.INSTANCE).isTruthy();
            }
            if (swallow) {
                return null;
            }
            throw error;
        }
        if (builtin != null) {
            builtin.exit(null, context);
        } else {
            user.callSpecial("__exit__", NoneValue.INSTANCE, NoneValue.INSTANCE, NoneValue.INSTANCE);
        }
        return signal;
    }

    /** On Cancel or a limit: restores what a builtin manager changed; user code is not run any more. */
    private void exitQuietly(ContextManager builtin, PlaygroundError error) {
        if (builtin != null) {
            try {
                builtin.exit(error, context);
            } catch (PlaygroundError ignored) {
                // the stop is what the user must see
            }
        }
    }

    // ---------------------------------------------------------------- imports

    private void importModule(Alias alias, Scope scope) {
        String name = alias.name();
        if (STANDARD_MODULES.containsKey(name)) {
            scope.assign(alias.asName() != null ? alias.asName() : name, load(name));
            return;
        }
        if (!ModuleProvider.IMPORTABLE.contains(name)) {
            throw PlaygroundError.moduleNotFoundError("No module named '" + name + "'").withNote(AVAILABLE_IMPORTS);
        }
        if (alias.asName() != null) {
            scope.assign(alias.asName(), load(name));
            return;
        }
        String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        Value topModule = load(top);
        if (!top.equals(name)) {
            Value child = load(name);
            String childName = name.substring(top.length() + 1);
            if (topModule instanceof AttributeDispatch dispatch && dispatch.getAttribute(childName) == null) {
                dispatch.setAttribute(childName, child);
            }
        }
        scope.assign(top, topModule);
    }

    private void importFrom(String module, Alias alias, Scope scope) {
        String bound = alias.asName() != null ? alias.asName() : alias.name();
        String qualified = module + "." + alias.name();
        if (ModuleProvider.IMPORTABLE.contains(qualified)) {
            scope.assign(bound, load(qualified));
            return;
        }
        if (!ModuleProvider.IMPORTABLE.contains(module) && !STANDARD_MODULES.containsKey(module)) {
            throw PlaygroundError.moduleNotFoundError("No module named '" + module + "'").withNote(AVAILABLE_IMPORTS);
        }
        Value parent = load(module);
        Value attribute = parent instanceof AttributeDispatch dispatch ? dispatch.getAttribute(alias.name()) : null;
        if (attribute == null) {
            throw PlaygroundError.importError("cannot import name '" + alias.name() + "' from '" + module + "'")
                    .withNote(AVAILABLE_IMPORTS);
        }
        scope.assign(bound, attribute);
    }

    private Value load(String name) {
        Value cached = loadedModules.get(name);
        if (cached != null) {
            return cached;
        }
        Value module = STANDARD_MODULES.containsKey(name) ? STANDARD_MODULES.get(name).get()
                : modules.module(name).orElseThrow(() -> PlaygroundError.importError(
                        "module '" + name + "' is not available in this build of the playground"));
        loadedModules.put(name, module);
        return module;
    }

    // ---------------------------------------------------------------- expressions

    private Value evaluate(Expr expr, Scope scope) {
        boolean readSafely = safeRead;
        safeRead = false;
        lastTemporary = null;
        step();
        enter();
        try {
            return switch (expr) {
                case Expr.Name name -> {
                    if (!readSafely && ownedLocals != null) {
                        // it may now be referenced elsewhere (also when read from a comprehension's own scope)
                        ownedLocals.values().remove(name.id());
                    }
                    yield scope.lookup(name.id(), builtins);
                }
                case Expr.NamedExpr named -> {
                    Value value = evaluate(named.value(), scope);
                    scope.assign(named.target(), value);
                    lastTemporary = null;
                    yield value;
                }
                case Expr.Constant constant -> constant(constant.value());
                case Expr.EllipsisLiteral ellipsis -> EllipsisValue.INSTANCE;
                case Expr.ImaginaryLiteral imaginary -> new ComplexValue(0.0, imaginary.imag());
                case Expr.ListExpr list -> new ListValue(evaluateElements(list.elements(), scope));
                case Expr.TupleExpr tuple -> new TupleValue(evaluateElements(tuple.elements(), scope));
                case Expr.SetExpr set -> new SetValue(evaluateElements(set.elements(), scope));
                case Expr.DictExpr dict -> {
                    DictValue result = new DictValue();
                    for (int i = 0; i < dict.keys().size(); i++) {
                        Value key = evaluate(dict.keys().get(i), scope);
                        Value value = evaluate(dict.values().get(i), scope);
                        try {
                            result.put(key, value);
                        } catch (PlaygroundError error) {
                            throw error.at(dict.keys().get(i).span(), currentSource);
                        }
                    }
                    yield result;
                }
                case Expr.Comprehension comprehension -> comprehension(comprehension, scope);
                case Expr.Starred starred -> throw PlaygroundError.of("SyntaxError",
                        "can't use starred expression here");
                case Expr.BinOp binary -> {
                    safeRead = binary.left() instanceof Expr.Name;
                    Value left = evaluate(binary.left(), scope);
                    boolean leftFresh = left == lastTemporary;
                    safeRead = binary.right() instanceof Expr.Name;
                    Value right = evaluate(binary.right(), scope);
                    boolean rightFresh = right == lastTemporary;
                    Value result = Operators.binary(binary.op(), left, right, limits);
                    if (!leftFresh && !rightFresh && !(result instanceof ReleasableValue)) {
                        // scalars: nothing to free or own (owned values are always releasable arrays)
                        lastTemporary = null;
                        yield result;
                    }
                    yield settle(result, List.of(left, right), freshOnes(left, leftFresh, right, rightFresh));
                }
                case Expr.UnaryOp unary -> {
                    List<Value> owned = new ArrayList<>(1);
                    Value operand = evaluateOwned(unary.operand(), scope, owned, true);
                    yield settle(Operators.unary(unary.op(), operand), List.of(operand), owned);
                }
                case Expr.BoolOp bool -> {
                    Value value = null;
                    for (Expr operand : bool.values()) {
                        value = evaluate(operand, scope);
                        boolean truthy = value.isTruthy();
                        if (bool.op() == io.tastelab.playground.lang.BooleanOperator.AND ? !truthy : truthy) {
                            break;
                        }
                    }
                    yield value;
                }
                case Expr.Compare compare when compare.ops().size() == 1 -> {
                    safeRead = compare.left() instanceof Expr.Name;
                    Value left = evaluate(compare.left(), scope);
                    boolean leftFresh = left == lastTemporary;
                    Expr comparator = compare.comparators().getFirst();
                    safeRead = comparator instanceof Expr.Name;
                    Value right = evaluate(comparator, scope);
                    boolean rightFresh = right == lastTemporary;
                    Value result = Operators.compare(compare.ops().getFirst(), left, right);
                    if (!leftFresh && !rightFresh && !(result instanceof ReleasableValue)) {
                        lastTemporary = null;
                        yield result;
                    }
                    yield settle(result, List.of(left, right), freshOnes(left, leftFresh, right, rightFresh));
                }
                case Expr.Compare compare -> {
                    Value left = evaluate(compare.left(), scope);
                    Value result = null;
                    for (int i = 0; i < compare.ops().size(); i++) {
                        Value right = evaluate(compare.comparators().get(i), scope);
                        result = Operators.compare(compare.ops().get(i), left, right);
                        if (i < compare.ops().size() - 1 && !result.isTruthy()) {
                            break;
                        }
                        left = right;
                    }
                    yield result;
                }
                case Expr.IfExp conditional -> evaluate(conditional.test(), scope).isTruthy()
                        ? evaluate(conditional.body(), scope) : evaluate(conditional.orElse(), scope);
                case Expr.Call call -> {
                    Value callee = evaluate(call.func(), scope);
                    if (callee == Builtins.SUPER && call.args().isEmpty() && call.keywords().isEmpty()) {
                        yield bareSuper();
                    }
                    boolean arrayFunction = callee instanceof CallableValue callable && !callable.keepsArguments();
                    List<Value> owned = new ArrayList<>();
                    // A method's receiver is one of its inputs (x.block_until_ready() returns x itself).
                    Value receiver = call.func() instanceof Expr.Attribute ? lastReceiver : null;
                    if (receiver != null && arrayFunction && lastReceiverTemporary) {
                        owned.add(receiver);
                    }
                    lastReceiver = null;
                    List<Value> positional = new ArrayList<>(call.args().size());
                    for (Expr argument : call.args()) {
                        if (argument instanceof Expr.Starred starred) {
                            positional.addAll(unpackArgument(starred, scope, calleeName(callee) + " argument"));
                        } else {
                            positional.add(evaluateOwned(argument, scope, owned, arrayFunction));
                        }
                    }
                    Map<String, Value> keywords = new LinkedHashMap<>();
                    for (Keyword keyword : call.keywords()) {
                        if (keyword.isUnpacking()) {
                            unpackKeywords(keyword, callee, keywords, scope);
                        } else {
                            keywords.put(keyword.name(), evaluateOwned(keyword.value(), scope, owned, arrayFunction));
                        }
                    }
                    Value result = call(callee, new Arguments(positional, keywords));
                    if (arrayFunction) {
                        List<Value> inputs = new ArrayList<>(positional);
                        inputs.addAll(keywords.values());
                        if (receiver != null) {
                            inputs.add(receiver);
                        }
                        yield settle(result, inputs, owned);
                    }
                    // A user function's result is fresh when its return expression made it (it is still marked).
                    if (!(callee instanceof FunctionValue) || result != lastTemporary) {
                        lastTemporary = null;
                    }
                    yield result;
                }
                case Expr.Attribute attribute -> {
                    Value object = evaluate(attribute.value(), scope);
                    boolean temporary = object == lastTemporary;
                    Value found = getAttribute(object, attribute.attr());
                    lastReceiver = object;
                    lastReceiverTemporary = temporary;
                    yield found;
                }
                case Expr.Subscript subscript -> {
                    Value object = evaluate(subscript.value(), scope);
                    yield getItem(object, evaluateIndex(subscript.index(), scope));
                }
                case Expr.Slice slice -> evaluateIndex(slice, scope);
                case Expr.Yield yielded -> yieldExpression(yielded, scope);
                case Expr.Lambda lambda -> {
                    List<Value> defaults = new ArrayList<>();
                    for (Parameter parameter : lambda.params()) {
                        if (parameter.defaultValue() != null) {
                            defaults.add(evaluate(parameter.defaultValue(), scope));
                        }
                    }
                    Stmt.FunctionDef definition = new Stmt.FunctionDef("<lambda>", lambda.params(),
                            List.of(new Stmt.Return(lambda.body(), lambda.body().span())), lambda.span());
                    yield new FunctionValue(definition, defaults, scope.closureScope(), currentSource, this);
                }
                case Expr.FormattedString formatted -> {
                    StringBuilder text = new StringBuilder();
                    for (Expr part : formatted.parts()) {
                        text.append(((StrValue) evaluate(part, scope)).value());
                        Operators.checkLength(text.length(), limits);
                    }
                    yield new StrValue(text.toString());
                }
                case Expr.FormattedValue field -> {
                    Value value = evaluate(field.value(), scope);
                    Value converted = switch (field.conversion()) {
                        case "r", "a" -> new StrValue(value.repr());
                        case "s" -> new StrValue(value.str());
                        default -> value;
                    };
                    yield new StrValue(FormatSpec.format(converted, field.formatSpec()));
                }
            };
        } catch (PlaygroundError error) {
            throw error.at(expr.span(), currentSource);
        } catch (RuntimeException | OutOfMemoryError unexpected) {
            // A value's Java code failed without a Python error: report it here, where it happened.
            throw PlaygroundError.internalError(unexpected).at(expr.span(), currentSource);
        } finally {
            nesting--;
        }
    }

    private static List<Value> freshOnes(Value left, boolean leftFresh, Value right, boolean rightFresh) {
        List<Value> owned = new ArrayList<>(2);
        if (leftFresh) {
            owned.add(left);
        }
        if (rightFresh) {
            owned.add(right);
        }
        return owned;
    }

    /**
     * Evaluates {@code expr}; adds its value to {@code owned} when it is a fresh temporary only this caller holds.
     * {@code safe}: the consumer keeps no reference to the value, so reading a name here is no escape.
     */
    private Value evaluateOwned(Expr expr, Scope scope, List<Value> owned, boolean safe) {
        safeRead = safe && expr instanceof Expr.Name;
        Value value = evaluate(expr, scope);
        if (value == lastTemporary) {
            owned.add(value);
        }
        return value;
    }

    /**
     * After an operation consumed {@code owned} temporaries to make {@code result}: frees those the result does
     * not share memory with, and marks the result as a fresh temporary when it shares memory with none of its
     * other inputs (a new array, or a temporary input or a view of one, but not a named input or a view of it).
     */
    private Value settle(Value result, List<Value> inputs, List<Value> owned) {
        // Sharing memory with a temporary only this caller holds (a view of it, or it itself) keeps it fresh.
        boolean fresh = result instanceof ReleasableValue;
        for (Value input : inputs) {
            fresh &= !sharesMemory(result, input) || owned.stream().anyMatch(temporary -> temporary == input);
        }
        for (Value temporary : owned) {
            if (temporary instanceof ReleasableValue releasable && !sharesMemory(result, temporary)) {
                releasable.release();
            }
        }
        if (ownedLocals != null) {
            ownedLocals.values().values().removeIf(local -> sharesMemory(result, local)); // a view escapes its base
        }
        lastTemporary = fresh ? result : null;
        return result;
    }

    /** After {@code targets = value} in a call: frees owned values the targets no longer reach; owns a fresh one. */
    private void rebindOwned(List<Expr> targets, Value value, boolean fresh) {
        List<String> names = new ArrayList<>();
        targets.forEach(target -> targetNames(target, names));
        for (String name : names) {
            if (ownedLocals.scope().isGlobalName(name)) {
                continue; // a global outlives the call: never owned by it
            }
            Value previous = ownedLocals.values().remove(name);
            if (previous instanceof ReleasableValue releasable && previous != value && !sharesMemory(previous, value)) {
                releasable.release();
            }
        }
        if (fresh && targets.size() == 1 && targets.getFirst() instanceof Expr.Name name
                && !ownedLocals.scope().isGlobalName(name.id())) {
            ownedLocals.values().put(name.id(), value);
        }
    }

    private static void targetNames(Expr target, List<String> names) {
        switch (target) {
            case Expr.Name name -> names.add(name.id());
            case Expr.TupleExpr tuple -> tuple.elements().forEach(element -> targetNames(element, names));
            case Expr.ListExpr list -> list.elements().forEach(element -> targetNames(element, names));
            case Expr.Starred starred -> targetNames(starred.value(), names);
            default -> {
                // attribute and subscript targets bind no name
            }
        }
    }

    /** When a call returns: its owned locals die with it, except what the returned value still sees. */
    private void releaseOwnedLocals(Value returned) {
        for (Value local : ownedLocals.values().values()) {
            if (local instanceof ReleasableValue releasable && !sharesMemory(local, returned)) {
                releasable.release();
            }
        }
        ownedLocals.values().clear();
    }

    /** Whether two values may see the same array memory, looking inside lists and tuples. */
    private static boolean sharesMemory(Value a, Value b) {
        if (a == b) {
            return true;
        }
        List<Value> items = a instanceof ListValue list ? list.items() : a instanceof TupleValue tuple ? tuple.items() : null;
        if (items != null) {
            return items.stream().anyMatch(item -> sharesMemory(item, b));
        }
        items = b instanceof ListValue list ? list.items() : b instanceof TupleValue tuple ? tuple.items() : null;
        if (items != null) {
            return items.stream().anyMatch(item -> sharesMemory(a, item));
        }
        return a instanceof ReleasableValue x && b instanceof ReleasableValue y
                && (x.sharesMemoryWith(y) || y.sharesMemoryWith(x));
    }

    private void enter() {
        if (++nesting > MAX_EVALUATION_NESTING) {
            nesting--;
            throw PlaygroundError.recursionError();
        }
    }

    /** The items of a list, tuple or set display, with {@code *iterable} items spliced in. */
    private List<Value> evaluateElements(List<Expr> exprs, Scope scope) {
        List<Value> values = new ArrayList<>(exprs.size());
        for (Expr expr : exprs) {
            if (expr instanceof Expr.Starred starred) {
                values.addAll(unpackArgument(starred, scope, "Value"));
                Operators.checkLength(values.size(), limits);
            } else {
                values.add(evaluate(expr, scope));
            }
        }
        return values;
    }

    /** {@code *iterable} in a call or display: its items. {@code what} names it in errors, as Python does. */
    private List<Value> unpackArgument(Expr.Starred starred, Scope scope, String what) {
        Value iterable = evaluate(starred.value(), scope);
        try {
            if (!(iterable instanceof IterableValue)) {
                throw PlaygroundError.typeError(what + " after * must be an iterable, not " + iterable.typeName());
            }
            return Iteration.toList(iterable, limits);
        } catch (PlaygroundError error) {
            throw error.at(starred.span(), currentSource);
        }
    }

    /** How Python's messages name a called function: {@code f()}. */
    private static String calleeName(Value callee) {
        return switch (callee) {
            case FunctionValue function -> function.name() + "()";
            case BuiltinFunction builtin -> builtin.name() + "()";
            case TypeValue type -> type.name() + "()";
            default -> callee.typeName() + "()";
        };
    }

    /** {@code **mapping} in a call: its str keys become keyword arguments, each at most once. */
    private void unpackKeywords(Keyword keyword, Value callee, Map<String, Value> keywords, Scope scope) {
        Value mapping = evaluate(keyword.value(), scope);
        String function = calleeName(callee);
        try {
            if (!(mapping instanceof DictValue dict)) {
                throw PlaygroundError.typeError(function + " argument after ** must be a mapping, not "
                        + mapping.typeName());
            }
            for (Value key : dict.keys()) {
                if (!(key instanceof StrValue name)) {
                    throw PlaygroundError.typeError("keywords must be strings");
                }
                if (keywords.put(name.value(), dict.get(key)) != null) {
                    throw PlaygroundError.typeError(function + " got multiple values for keyword argument '"
                            + name.value() + "'");
                }
            }
        } catch (PlaygroundError error) {
            throw error.at(keyword.span(), currentSource);
        }
    }

    /**
     * A list, set or dict comprehension or a generator expression, in its own scope (its loop variables do not
     * leak, as in Python 3): the first iterable is evaluated in the enclosing scope, the rest inside. A generator
     * expression is lazy, as in Python: only its first iterable is taken when it is created, and each item is
     * computed when it is asked for ({@link LazyComprehension}).
     */
    private Value comprehension(Expr.Comprehension comprehension, Scope scope) {
        List<String> names = new ArrayList<>();
        for (Expr.ComprehensionClause clause : comprehension.clauses()) {
            targetNames(clause.target(), names);
        }
        Value firstIterable = evaluate(comprehension.clauses().getFirst().iterable(), scope);
        Scope inner = Scope.local(scope, java.util.Set.copyOf(names));
        if (comprehension.kind() == Expr.ComprehensionKind.GENERATOR) {
            Iterator<Value> first = iteratorAt(firstIterable, comprehension.clauses().getFirst().iterable());
            return new IteratorValue("generator", "generator object <genexpr>",
                    new LazyComprehension(comprehension, first, inner));
        }
        List<Value> results = new ArrayList<>();
        DictValue dict = comprehension.kind() == Expr.ComprehensionKind.DICT ? new DictValue() : null;
        comprehensionLevel(comprehension, 0, firstIterable, inner, results, dict);
        return switch (comprehension.kind()) {
            case LIST -> new ListValue(results);
            case SET -> new SetValue(results);
            case DICT -> dict;
            case GENERATOR -> throw new IllegalStateException("generator expressions are lazy");
        };
    }

    private void comprehensionLevel(Expr.Comprehension comprehension, int level, Value iterable, Scope inner,
                                    List<Value> results, DictValue dict) {
        Expr.ComprehensionClause clause = comprehension.clauses().get(level);
        Iterator<Value> items = iteratorAt(iterable, clause.iterable());
        boolean innermost = level == comprehension.clauses().size() - 1;
        items:
        while (nextAt(items, clause.iterable())) {
            Value item = items.next();
            step();
            assign(clause.target(), item, inner);
            for (Expr condition : clause.conditions()) {
                if (!evaluate(condition, inner).isTruthy()) {
                    continue items;
                }
            }
            if (!innermost) {
                Value next = evaluate(comprehension.clauses().get(level + 1).iterable(), inner);
                comprehensionLevel(comprehension, level + 1, next, inner, results, dict);
            } else if (dict != null) {
                Value key = evaluate(comprehension.element(), inner);
                Value value = evaluate(comprehension.value(), inner);
                try {
                    dict.put(key, value);
                } catch (PlaygroundError error) {
                    throw error.at(comprehension.element().span(), currentSource);
                }
                Operators.checkLength(dict.length(), limits);
            } else {
                results.add(evaluate(comprehension.element(), inner));
                Operators.checkLength(results.size(), limits);
            }
        }
    }

    /**
     * A generator expression's items, one per request: the clauses' iterators are kept as a stack, and each item
     * takes the steps a list comprehension would, within the limits of whatever cell asks for it.
     */
    private final class LazyComprehension implements Iterator<Value> {
        private final Expr.Comprehension comprehension;
        private final Scope inner;
        private final String source;
        private final List<Iterator<Value>> levels = new ArrayList<>();
        private Value pending;
        private boolean done;

        LazyComprehension(Expr.Comprehension comprehension, Iterator<Value> first, Scope inner) {
            this.comprehension = comprehension;
            this.inner = inner;
            this.source = currentSource;
            levels.add(first);
        }

        @Override
        public boolean hasNext() {
            if (pending == null && !done) {
                String callerSource = currentSource;
                currentSource = source;
                try {
                    pending = produce();
                } catch (PlaygroundError error) {
                    done = true;
                    error.leaveFunction("<genexpr>"); // a frame of its own, as in CPython's traceback
                    throw error;
                } catch (StackOverflowError overflow) {
                    done = true;
                    throw PlaygroundError.recursionError();
                } finally {
                    currentSource = callerSource;
                    clearTemporaries();
                }
                done = pending == null;
            }
            return pending != null;
        }

        @Override
        public Value next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Value item = pending;
            pending = null;
            return item;
        }

        private Value produce() {
            List<Expr.ComprehensionClause> clauses = comprehension.clauses();
            items:
            while (!levels.isEmpty()) {
                int level = levels.size() - 1;
                Expr.ComprehensionClause clause = clauses.get(level);
                Iterator<Value> items = levels.getLast();
                if (!nextAt(items, clause.iterable())) {
                    levels.removeLast();
                    continue;
                }
                Value item = items.next();
                step();
                assign(clause.target(), item, inner);
                for (Expr condition : clause.conditions()) {
                    if (!evaluate(condition, inner).isTruthy()) {
                        continue items;
                    }
                }
                if (level == clauses.size() - 1) {
                    return evaluate(comprehension.element(), inner);
                }
                Expr.ComprehensionClause next = clauses.get(level + 1);
                levels.add(iteratorAt(evaluate(next.iterable(), inner), next.iterable()));
            }
            return null;
        }
    }

    private List<Value> evaluateAll(List<Expr> exprs, Scope scope) {
        List<Value> values = new ArrayList<>(exprs.size());
        for (Expr expr : exprs) {
            values.add(evaluate(expr, scope));
        }
        return values;
    }

    /** Evaluates an index, where slices may appear (also inside a tuple index). */
    private Value evaluateIndex(Expr index, Scope scope) {
        if (index instanceof Expr.Slice slice) {
            return new SliceValue(optional(slice.lower(), scope), optional(slice.upper(), scope),
                    optional(slice.step(), scope));
        }
        if (index instanceof Expr.TupleExpr tuple) {
            List<Value> components = new ArrayList<>(tuple.elements().size());
            for (Expr element : tuple.elements()) {
                components.add(evaluateIndex(element, scope));
            }
            return new TupleValue(components);
        }
        return evaluate(index, scope);
    }

    private Value optional(Expr expr, Scope scope) {
        return expr == null ? NoneValue.INSTANCE : evaluate(expr, scope);
    }

    private static Value constant(Object value) {
        return switch (value) {
            case null -> NoneValue.INSTANCE;
            case Long l -> IntValue.of(l);
            case BigInteger b -> IntValue.of(b);
            case Double d -> new FloatValue(d);
            case String s -> new StrValue(s);
            case byte[] b -> new BytesValue(b);
            case Boolean b -> BoolValue.of(b);
            default -> throw new IllegalArgumentException("unknown constant " + value.getClass());
        };
    }

    private static Value getAttribute(Value object, String name) {
        Value attribute = object instanceof AttributeDispatch dispatch ? dispatch.getAttribute(name) : null;
        if (attribute != null) {
            return attribute;
        }
        if (object instanceof ModuleValue module) {
            throw PlaygroundError.attributeError("module '" + module.name() + "' has no attribute '" + name + "'");
        }
        if (object instanceof ClassValue type) {
            throw PlaygroundError.attributeError("type object '" + type.name() + "' has no attribute '" + name + "'");
        }
        throw PlaygroundError.attributeError("'" + object.typeName() + "' object has no attribute '" + name + "'");
    }

    private static Value getItem(Value object, Value index) {
        if (object instanceof SubscriptDispatch dispatch) {
            return dispatch.getItem(index);
        }
        if (object instanceof TypeValue type) {
            throw PlaygroundError.typeError("type '" + type.name() + "' is not subscriptable");
        }
        throw PlaygroundError.typeError("'" + object.typeName() + "' object is not subscriptable");
    }

    // ---------------------------------------------------------------- calls

    private Value call(Value callee, Arguments arguments) {
        if (!(callee instanceof CallableValue callable)) {
            throw PlaygroundError.typeError("'" + callee.typeName() + "' object is not callable");
        }
        return callable.call(arguments, context);
    }

    /** Runs a user function's body: binds arguments with Python's rules, counts depth, records the traceback. */
    Value invoke(FunctionValue function, Arguments arguments) {
        Stmt.FunctionDef definition = function.definition();
        List<Parameter> parameters = definition.params();
        Value[] slots = function.bind(arguments);
        Scope local = Scope.local(function.closure(), function.localNames(), function.globalNames(),
                function.nonlocalNames());
        for (int i = 0; i < parameters.size(); i++) {
            local.assign(parameters.get(i).name(), slots[i]);
        }
        if (function.isGenerator()) {
            return newGenerator(function, local);
        }
        if (depth >= limits.maxRecursionDepth()) {
            throw PlaygroundError.recursionError();
        }
        depth++;
        String callerSource = currentSource;
        currentSource = function.source();
        OwnedLocals callerLocals = ownedLocals;
        ownedLocals = function.makesClosures() ? null : new OwnedLocals(local);
        FunctionValue callerFunction = runningFunction;
        Scope callerScope = runningScope;
        GeneratorFrame callerGenerator = runningGenerator;
        runningFunction = function;
        runningScope = local;
        runningGenerator = null;
        try {
            for (Stmt statement : definition.body()) {
                Value returned = executeStatement(statement, local);
                if (returned != null) {
                    if (ownedLocals != null) {
                        releaseOwnedLocals(returned);
                    }
                    return returned;
                }
            }
            if (ownedLocals != null) {
                releaseOwnedLocals(NoneValue.INSTANCE);
            }
            return NoneValue.INSTANCE;
        } catch (StackOverflowError overflow) {
            throw PlaygroundError.recursionError();
        } catch (PlaygroundError error) {
            error.leaveFunction(function.name());
            throw error;
        } finally {
            depth--;
            currentSource = callerSource;
            ownedLocals = callerLocals;
            runningFunction = callerFunction;
            runningScope = callerScope;
            runningGenerator = callerGenerator;
        }
    }

    // ---------------------------------------------------------------- generators

    /** The most generators that may be suspended in their bodies at once (each holds a thread). */
    static final int MAX_SUSPENDED_GENERATORS = 1000;

    /**
     * Ends every generator that was left suspended, so their threads end: call it when the session is done
     * (nothing of theirs runs any more, as when CPython exits). The session stays usable.
     */
    public void close() {
        onEvaluationThread(() -> {
            endAbandonedGenerators();
            for (Coroutine coroutine : List.copyOf(coroutines)) {
                coroutine.kill();
            }
            coroutines.clear();
            return null;
        });
    }

    /** How many generators hold a thread now (started, not finished). */
    int liveGenerators() {
        coroutines.removeIf(Coroutine::isFinished);
        return (int) coroutines.stream().filter(Coroutine::isLive).count();
    }

    private void endAbandonedGenerators() {
        for (Coroutine coroutine = abandoned.poll(); coroutine != null; coroutine = abandoned.poll()) {
            coroutine.kill();
            coroutines.remove(coroutine);
        }
    }

    private Value newGenerator(FunctionValue function, Scope local) {
        endAbandonedGenerators();
        if (liveGenerators() >= MAX_SUSPENDED_GENERATORS) {
            // Dropped generators are found by the garbage collector: give it one chance (and its cleaner up to a
            // second to hand them over) before refusing.
            System.gc();
            long until = System.nanoTime() + 1_000_000_000L;
            do {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
                endAbandonedGenerators();
            } while (liveGenerators() >= MAX_SUSPENDED_GENERATORS && System.nanoTime() < until);
            if (liveGenerators() >= MAX_SUSPENDED_GENERATORS) {
                throw PlaygroundError.memoryError("more than " + MAX_SUSPENDED_GENERATORS
                        + " generators are suspended at once, the playground's limit");
            }
        }
        GeneratorFrame frame = new GeneratorFrame(function, local);
        Coroutine coroutine = new Coroutine(frame::run, frame, this::cancel,
                "playground-generator " + function.qualifiedName());
        frame.coroutine = coroutine;
        coroutines.add(coroutine);
        return new GeneratorValue(function.qualifiedName(), coroutine, abandoned::add);
    }

    /** {@code yield} and {@code yield from} inside the running generator's own body. */
    private Value yieldExpression(Expr.Yield yielded, Scope scope) {
        GeneratorFrame frame = runningGenerator;
        if (frame == null) {
            throw PlaygroundError.of("SyntaxError", "'yield' is supported in the playground only directly in a "
                    + "def's body, not in a lambda or class body");
        }
        Value value = yielded.value() == null ? NoneValue.INSTANCE : evaluate(yielded.value(), scope);
        if (!yielded.delegate()) {
            return frame.coroutine.suspend(value);
        }
        if (value instanceof GeneratorValue inner) {
            Value sent = NoneValue.INSTANCE;
            for (Value item = inner.resumeForDelegation(sent); item != null; item = inner.resumeForDelegation(sent)) {
                sent = frame.coroutine.suspend(item);
            }
            return inner.takeReturned();
        }
        Iterator<Value> items = Iteration.iterator(value);
        while (items.hasNext()) {
            frame.coroutine.suspend(items.next());
        }
        return NoneValue.INSTANCE;
    }

    /**
     * A generator's body and the interpreter state it keeps while suspended. Its thread takes the interpreter's
     * per-frame state over while it runs ({@link #enter}) and gives the resuming code's back when it yields,
     * returns or raises ({@link #leave}); call depth and evaluation nesting continue from the resuming code's, so
     * recursion limits hold across the two threads.
     */
    private final class GeneratorFrame implements Coroutine.Switch {
        private final FunctionValue function;
        private final Scope local;
        private Coroutine coroutine;
        private int depthOffset = 1;
        private int nestingOffset;
        private java.util.ArrayDeque<PlaygroundError> ownHandling = new java.util.ArrayDeque<>();
        // the resuming code's state, kept while the body runs
        private int callerDepth;
        private int callerNesting;
        private String callerSource;
        private OwnedLocals callerOwned;
        private FunctionValue callerFunction;
        private Scope callerScope;
        private GeneratorFrame callerGenerator;
        private java.util.ArrayDeque<PlaygroundError> callerHandling;

        GeneratorFrame(FunctionValue function, Scope local) {
            this.function = function;
            this.local = local;
        }

        Value run(Coroutine self) {
            if (depth > limits.maxRecursionDepth()) {
                throw PlaygroundError.recursionError();
            }
            try {
                for (Stmt statement : function.definition().body()) {
                    Value returned = executeStatement(statement, local);
                    if (returned != null) {
                        return returned;
                    }
                }
                return NoneValue.INSTANCE;
            } catch (PlaygroundError error) {
                error.leaveFunction(function.name());
                throw error;
            }
        }

        @Override
        public void enter() {
            callerDepth = depth;
            callerNesting = nesting;
            callerSource = currentSource;
            callerOwned = ownedLocals;
            callerFunction = runningFunction;
            callerScope = runningScope;
            callerGenerator = runningGenerator;
            callerHandling = handling;
            depth = callerDepth + depthOffset;
            nesting = callerNesting + nestingOffset;
            currentSource = function.source();
            ownedLocals = null;
            runningFunction = function;
            runningScope = local;
            runningGenerator = this;
            handling = ownHandling;
            clearTemporaries();
        }

        @Override
        public void leave() {
            depthOffset = depth - callerDepth;
            nestingOffset = nesting - callerNesting;
            ownHandling = handling;
            depth = callerDepth;
            nesting = callerNesting;
            currentSource = callerSource;
            ownedLocals = callerOwned;
            runningFunction = callerFunction;
            runningScope = callerScope;
            runningGenerator = callerGenerator;
            handling = callerHandling;
            callerOwned = null;
            callerFunction = null;
            callerScope = null;
            callerGenerator = null;
            callerHandling = null;
            clearTemporaries();
        }
    }

    /** Forgets the last temporary and receiver: a value that crosses a generator's hand-off is never fresh. */
    private void clearTemporaries() {
        lastTemporary = null;
        lastReceiver = null;
        lastReceiverTemporary = false;
        safeRead = false;
    }

    // ---------------------------------------------------------------- %timeit

    private TimeitReport timeit(Stmt.Timeit timeit, Scope scope) {
        return time(() -> evaluate(timeit.expression(), scope), timeit.loops(), timeit.repeats());
    }

    /**
     * Runs one timed call and waits for its result; frees the result when it is a fresh temporary, as Python
     * frees a value {@code %timeit} throws away (so the next loop reuses its memory, as NumPy's does).
     */
    private void runTimed(java.util.function.Supplier<Value> body) {
        lastTemporary = null;
        Value value = body.get();
        awaitReady(value);
        if (value == lastTemporary && value instanceof ReleasableValue releasable) {
            releasable.release();
        }
        lastTemporary = null;
    }

    /** The builtin {@code timeit(f, *args, number=0, repeat=7)}: times {@code f(*args)} as {@code %timeit} does. */
    private Value timeitBuiltin(Arguments arguments, CallContext callContext) {
        if (arguments.size() == 0) {
            throw PlaygroundError.typeError("timeit() missing 1 required positional argument: 'function'");
        }
        Value function = arguments.get(0);
        Arguments callArguments = new Arguments(arguments.positional().subList(1, arguments.size()), Map.of());
        int loops = 0;
        int repeats = 0;
        for (Map.Entry<String, Value> keyword : arguments.keywords().entrySet()) {
            BigInteger count = Values.asIndex(keyword.getValue());
            if (count == null || count.signum() <= 0 || count.bitLength() > 31) {
                throw PlaygroundError.valueError("timeit() " + keyword.getKey() + " must be a positive int");
            }
            switch (keyword.getKey()) {
                case "number" -> loops = count.intValue();
                case "repeat" -> repeats = count.intValue();
                default -> throw PlaygroundError.typeError("timeit() got an unexpected keyword argument '"
                        + keyword.getKey() + "'");
            }
        }
        time(() -> call(function, callArguments), loops, repeats);
        return NoneValue.INSTANCE;
    }

    /**
     * Times {@code body} as IPython's {@code %timeit}: a first call (timed on its own, as it includes any tracing
     * and compiling), then, unless {@code loops} is given, the smallest power of ten of loops taking at least
     * 0.2 s, then {@code repeats} runs (7 unless given). Prints and returns the report.
     */
    private TimeitReport time(java.util.function.Supplier<Value> body, int loops, int repeats) {
        long start = nanoTime.getAsLong();
        runTimed(body);
        double firstCall = seconds(nanoTime.getAsLong() - start);
        int chosenLoops = loops;
        if (chosenLoops == 0) {
            chosenLoops = 1;
            for (int exponent = 0; exponent < 10; exponent++) {
                chosenLoops = (int) Math.pow(10, exponent);
                if (timeLoops(body, chosenLoops) >= TIMEIT_TARGET_SECONDS) {
                    break;
                }
            }
        }
        int runCount = repeats == 0 ? TIMEIT_DEFAULT_REPEATS : repeats;
        List<Double> runs = new ArrayList<>(runCount);
        for (int run = 0; run < runCount; run++) {
            runs.add(timeLoops(body, chosenLoops));
        }
        TimeitReport report = new TimeitReport(chosenLoops, runs, firstCall);
        context.print(report.text());
        return report;
    }

    private double timeLoops(java.util.function.Supplier<Value> body, int loops) {
        long start = nanoTime.getAsLong();
        for (int i = 0; i < loops; i++) {
            runTimed(body);
            step(); // bounds the loops even when the body is a builtin call that takes no steps itself
        }
        return seconds(nanoTime.getAsLong() - start);
    }

    private static void awaitReady(Value value) {
        if (value instanceof ReadyAwaitable awaitable) {
            awaitable.awaitReady();
        }
    }

    private static double seconds(long nanos) {
        return (double) nanos / NANOS_PER_SECOND;
    }

    // ---------------------------------------------------------------- budget

    private void step() {
        steps++;
        if (steps > limits.maxSteps()) {
            throw PlaygroundError.stop("TimeoutError", "the cell ran more than " + limits.maxSteps()
                    + " evaluation steps, the playground's limit");
        }
        if ((steps & 1023) == 0) {
            checkTimeAndInterrupt();
        }
    }

    private void checkTimeAndInterrupt() {
        if (cancelRequested || Thread.interrupted()) {
            // The cell is cancelled; the session stays usable for the next one.
            cancelRequested = false;
            throw PlaygroundError.stop("KeyboardInterrupt", "");
        }
        if (nanoTime.getAsLong() - deadline > 0) {
            throw PlaygroundError.stop("TimeoutError", "the cell ran longer than " + limits.maxDuration().toSeconds()
                    + " s, the playground's limit");
        }
    }

    /** The interpreter as seen by called functions. */
    private final class Context implements CallContext {

        @Override
        public Value call(Value callee, Arguments arguments) {
            return Interpreter.this.call(callee, arguments);
        }

        @Override
        public void print(String text) {
            stdout.append(text);
            liveOutput.accept(text);
        }

        @Override
        public void checkBudget() {
            checkTimeAndInterrupt();
        }

        @Override
        public InterpreterLimits limits() {
            return limits;
        }
    }
}
