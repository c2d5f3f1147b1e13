package io.tastelab.playground.lang;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A compact, stable text form of a syntax tree, in the spirit of Python's {@code ast.dump}, for golden tests and
 * debugging: {@code Assign([Name(y)], Call(Attribute(Name(jnp), arange), [Constant(10)]))}. Positions are left out.
 */
public final class AstDump {

    private AstDump() {
    }

    /** The dump of a whole cell: one line per top-level statement. */
    public static String dump(Module module) {
        return module.body().stream().map(AstDump::dump).collect(Collectors.joining("\n"));
    }

    /** The dump of one statement. */
    public static String dump(Stmt stmt) {
        return switch (stmt) {
            case Stmt.Import s -> "Import(" + aliases(s.names()) + ")";
            case Stmt.ImportFrom s -> "ImportFrom(" + s.module() + ", " + aliases(s.names()) + ")";
            case Stmt.Assign s -> "Assign(" + list(s.targets()) + ", " + dump(s.value()) + ")";
            case Stmt.AugAssign s -> "AugAssign(" + dump(s.target()) + ", " + s.op().symbol() + "=, " + dump(s.value()) + ")";
            case Stmt.ExprStatement s -> "Expr(" + dump(s.value()) + ")";
            case Stmt.FunctionDef s -> "FunctionDef(" + s.name() + ", [" + s.params().stream()
                    .map(AstDump::parameter)
                    .collect(Collectors.joining(", ")) + "], [" + s.body().stream().map(AstDump::dump)
                    .collect(Collectors.joining(", ")) + "])";
            case Stmt.Return s -> s.value() == null ? "Return()" : "Return(" + dump(s.value()) + ")";
            case Stmt.Pass s -> "Pass()";
            case Stmt.Assert s -> "Assert(" + dump(s.test()) + (s.message() == null ? "" : ", " + dump(s.message())) + ")";
            case Stmt.If s -> "If(" + dump(s.test()) + ", [" + s.body().stream().map(AstDump::dump)
                    .collect(Collectors.joining(", ")) + "], [" + s.orElse().stream().map(AstDump::dump)
                    .collect(Collectors.joining(", ")) + "])";
            case Stmt.For s -> "For(" + dump(s.target()) + ", " + dump(s.iterable()) + ", " + statements(s.body())
                    + ", " + statements(s.orElse()) + ")";
            case Stmt.While s -> "While(" + dump(s.test()) + ", " + statements(s.body()) + ", "
                    + statements(s.orElse()) + ")";
            case Stmt.Break s -> "Break()";
            case Stmt.Continue s -> "Continue()";
            case Stmt.Try s -> "Try(" + statements(s.body()) + ", " + s.handlers().stream()
                    .map(h -> "except " + dump(h.type()) + (h.name() == null ? "" : " as " + h.name()) + " "
                            + statements(h.body())).collect(Collectors.joining(", ", "[", "]")) + ", "
                    + statements(s.orElse()) + ", " + statements(s.finalBody()) + ")";
            case Stmt.Raise s -> s.exception() == null ? "Raise()" : "Raise(" + dump(s.exception()) + ")";
            case Stmt.Delete s -> "Delete(" + list(s.targets()) + ")";
            case Stmt.Global s -> "Global(" + String.join(", ", s.names()) + ")";
            case Stmt.Decorated s -> "Decorated(" + list(s.decorators()) + ", " + dump(s.definition()) + ")";
            case Stmt.Nonlocal s -> "Nonlocal(" + String.join(", ", s.names()) + ")";
            case Stmt.ClassDef s -> "ClassDef(" + s.name() + ", " + list(s.bases())
                    + (s.keywords().isEmpty() ? "" : ", " + s.keywords().stream()
                    .map(k -> (k.isUnpacking() ? "**" : k.name() + "=") + dump(k.value()))
                    .collect(Collectors.joining(", ", "{", "}"))) + ", " + statements(s.body()) + ")";
            case Stmt.With s -> "With(" + s.items().stream().map(item -> dump(item.context())
                    + (item.target() == null ? "" : " as " + dump(item.target()))).collect(Collectors.joining(", ", "[", "]"))
                    + ", " + statements(s.body()) + ")";
            case Stmt.AnnAssign s -> "AnnAssign(" + dump(s.target()) + ", " + dump(s.annotation())
                    + (s.value() == null ? "" : ", " + dump(s.value())) + ")";
            case Stmt.Timeit s -> "Timeit(" + dump(s.expression()) + (s.loops() > 0 ? ", loops=" + s.loops() : "")
                    + (s.repeats() > 0 ? ", repeats=" + s.repeats() : "") + ")";
        };
    }

    /** The dump of one expression; null (an omitted slice part) dumps as {@code _}. */
    public static String dump(Expr expr) {
        if (expr == null) {
            return "_";
        }
        return switch (expr) {
            case Expr.Name e -> "Name(" + e.id() + ")";
            case Expr.NamedExpr e -> "NamedExpr(" + e.target() + ", " + dump(e.value()) + ")";
            case Expr.Constant e -> "Constant(" + constant(e.value()) + ")";
            case Expr.EllipsisLiteral e -> "Ellipsis";
            case Expr.ListExpr e -> "List(" + list(e.elements()) + ")";
            case Expr.TupleExpr e -> "Tuple(" + list(e.elements()) + ")";
            case Expr.BinOp e -> "BinOp(" + dump(e.left()) + " " + e.op().symbol() + " " + dump(e.right()) + ")";
            case Expr.UnaryOp e -> "UnaryOp(" + e.op().symbol() + " " + dump(e.operand()) + ")";
            case Expr.BoolOp e -> "BoolOp(" + e.op().name().toLowerCase() + ", " + list(e.values()) + ")";
            case Expr.Compare e -> {
                StringBuilder text = new StringBuilder("Compare(").append(dump(e.left()));
                for (int i = 0; i < e.ops().size(); i++) {
                    text.append(' ').append(e.ops().get(i).symbol()).append(' ').append(dump(e.comparators().get(i)));
                }
                yield text.append(')').toString();
            }
            case Expr.IfExp e -> "IfExp(" + dump(e.test()) + ", " + dump(e.body()) + ", " + dump(e.orElse()) + ")";
            case Expr.Call e -> "Call(" + dump(e.func()) + ", " + list(e.args())
                    + (e.keywords().isEmpty() ? "" : ", " + e.keywords().stream()
                    .map(k -> (k.isUnpacking() ? "**" : k.name() + "=") + dump(k.value())).collect(Collectors.joining(", ", "{", "}"))) + ")";
            case Expr.Attribute e -> "Attribute(" + dump(e.value()) + ", " + e.attr() + ")";
            case Expr.Subscript e -> "Subscript(" + dump(e.value()) + ", " + dump(e.index()) + ")";
            case Expr.Slice e -> "Slice(" + dump(e.lower()) + ", " + dump(e.upper()) + ", " + dump(e.step()) + ")";
            case Expr.FormattedString e -> "FString(" + list(e.parts()) + ")";
            case Expr.Lambda e -> "Lambda([" + e.params().stream()
                    .map(AstDump::parameter)
                    .collect(Collectors.joining(", ")) + "], " + dump(e.body()) + ")";
            case Expr.ImaginaryLiteral e -> "Constant(" + e.imag() + "j)";
            case Expr.Starred e -> "Starred(" + dump(e.value()) + ")";
            case Expr.Yield e -> (e.delegate() ? "YieldFrom(" : "Yield(") + (e.value() == null ? "" : dump(e.value()))
                    + ")";
            case Expr.DictExpr e -> "Dict(" + list(e.keys()) + ", " + list(e.values()) + ")";
            case Expr.SetExpr e -> "Set(" + list(e.elements()) + ")";
            case Expr.Comprehension e -> "Comprehension(" + e.kind().name().toLowerCase() + ", " + dump(e.element())
                    + (e.value() == null ? "" : ": " + dump(e.value())) + e.clauses().stream()
                    .map(c -> " for " + dump(c.target()) + " in " + dump(c.iterable())
                            + c.conditions().stream().map(i -> " if " + dump(i)).collect(Collectors.joining()))
                    .collect(Collectors.joining()) + ")";
            case Expr.FormattedValue e -> "Field(" + dump(e.value())
                    + (e.conversion().isEmpty() ? "" : "!" + e.conversion())
                    + (e.formatSpec().isEmpty() ? "" : ":" + e.formatSpec()) + ")";
        };
    }

    private static String constant(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof String text) {
            return "'" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("'", "\\'") + "'";
        }
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (value instanceof byte[] bytes) {
            return "b'" + constant(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).substring(1);
        }
        return value.toString();
    }

    private static String parameter(Parameter p) {
        String prefix = switch (p.kind()) {
            case VAR_POSITIONAL -> "*";
            case VAR_KEYWORD -> "**";
            default -> "";
        };
        return prefix + p.name() + (p.defaultValue() == null ? "" : "=" + dump(p.defaultValue()));
    }

    private static String statements(List<Stmt> statements) {
        return statements.stream().map(AstDump::dump).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String list(List<Expr> exprs) {
        return exprs.stream().map(AstDump::dump).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String aliases(List<Alias> aliases) {
        return aliases.stream().map(a -> a.asName() == null ? a.name() : a.name() + " as " + a.asName())
                .collect(Collectors.joining(", "));
    }
}
