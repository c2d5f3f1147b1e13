package io.tastelab.playground.interp;

import io.tastelab.playground.lang.Expr;
import io.tastelab.playground.lang.Parameter;
import io.tastelab.playground.lang.Stmt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code help(x)}: Python's own text for its built-in functions (pydoc's plain output, recorded from CPython by
 * {@code src/test/python/gen_builtin_help.py}), pydoc's layout for functions defined in the playground (signature
 * and docstring), and for anything else a short note of what it is and where its documentation lives: the
 * playground does not bundle NumPy's or JAX's documentation.
 */
final class BuiltinHelp {
    private static final String RESOURCE = "/python/builtin_help.txt";
    private static Map<String, String> texts;

    private BuiltinHelp() {
    }

    /** What {@code help(request)} prints; {@code builtins} tells Python's own functions from look-alikes. */
    static String text(Value request, Map<String, Value> builtins) {
        if (request == null) {
            return "The playground has no interactive help; call help() on a function or object, "
                    + "e.g. help(max).\n";
        }
        if (request instanceof BuiltinFunction function && builtins.get(function.name()) == function
                && builtinTexts().containsKey(function.name())) {
            return builtinTexts().get(function.name());
        }
        if (request instanceof FunctionValue function) {
            return userFunction(function);
        }
        if (request instanceof StrValue topic) {
            return "No Python documentation found for " + topic.repr() + ".\n"
                    + "Use help() to get the interactive help utility.\n"
                    + "Use help(str) for help on the str class.\n\n";
        }
        String library = pythonLibraryPage(request);
        if (library != null) {
            return "Help on " + (request instanceof ModuleValue ? "module " : "") + request.repr() + ":\n\n"
                    + "    The playground does not bundle Python's documentation of it: see " + library + "\n\n";
        }
        String what = request instanceof ModuleValue module ? "module " + module.repr()
                : request instanceof CallableValue ? request.repr() : request.typeName() + " object " + request.repr();
        return "Help on " + what + ":\n\n    The playground does not bundle this documentation: NumPy's is at "
                + "https://numpy.org/doc/stable/ and JAX's at https://docs.jax.dev/\n\n";
    }

    /** Python's standard-library modules the playground provides itself, documented at docs.python.org. */
    private static final java.util.Set<String> PYTHON_MODULES = java.util.Set.of("math", "sys", "functools",
            "collections", "itertools", "operator", "random", "typing", "dataclasses", "time");

    /** The docs.python.org page of a standard module or of one of its types, or null. */
    private static String pythonLibraryPage(Value request) {
        String name = request instanceof ModuleValue module ? module.name()
                : request instanceof TypeValue type ? type.name()
                : request instanceof ItertoolsModule.TypeWithMethods type ? type.name() : null;
        if (name == null) {
            return null;
        }
        String module = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (!PYTHON_MODULES.contains(module) || (!name.contains(".") && !(request instanceof ModuleValue))) {
            return null;
        }
        return "https://docs.python.org/3.11/library/" + module + ".html" + (name.contains(".") ? "#" + name : "");
    }

    /** pydoc's layout: {@code Help on function f in module __main__:}, the signature, the docstring indented. */
    private static String userFunction(FunctionValue function) {
        Stmt.FunctionDef definition = function.definition();
        StringBuilder out = new StringBuilder("Help on function ").append(definition.name())
                .append(" in module __main__:\n\n").append(definition.name()).append('(');
        List<Parameter> params = definition.params();
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            out.append(i == 0 ? "" : ", ").append(switch (p.kind()) {
                case VAR_POSITIONAL -> "*";
                case VAR_KEYWORD -> "**";
                default -> "";
            }).append(p.name());
            if (p.defaultValue() instanceof Expr.Constant constant) {
                out.append('=').append(constant.value() instanceof String s ? new StrValue(s).repr()
                        : constant.value() == null ? "None" : constant.value() instanceof Boolean b
                        ? (b ? "True" : "False") : String.valueOf(constant.value()));
            } else if (p.defaultValue() != null) {
                out.append("=...");
            }
        }
        out.append(")\n");
        if (!definition.body().isEmpty() && definition.body().getFirst() instanceof Stmt.ExprStatement statement
                && statement.value() instanceof Expr.Constant constant && constant.value() instanceof String doc) {
            for (String line : doc.strip().split("\n", -1)) {
                out.append(line.isBlank() ? "" : "    " + line.strip()).append('\n');
            }
        }
        return out.append('\n').toString();
    }

    private static synchronized Map<String, String> builtinTexts() {
        if (texts == null) {
            Map<String, String> read = new HashMap<>();
            try (InputStream in = BuiltinHelp.class.getResourceAsStream(RESOURCE)) {
                String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String entry : all.split("\f ")) {
                    int end = entry.indexOf('\n');
                    if (end > 0 && !entry.startsWith("#")) {
                        read.put(entry.substring(0, end), entry.substring(end + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            texts = read;
        }
        return texts;
    }
}
