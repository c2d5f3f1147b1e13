package io.tastelab.playground.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {

    private static String expr(String source) {
        return AstDump.dump(Parser.parseExpression(source));
    }

    @Test
    void parsesTheBooksJaxSnippets() {
        String cell = """
                import jax.numpy as jnp
                x = jnp.arange(10)
                y = x.at[3].set(7)
                key, subkey = random.split(key)
                def my_function(x):
                    x = x @ x
                    return jnp.maximum(x, 0.0)
                %timeit my_function(x).block_until_ready()
                """;
        assertThat(AstDump.dump(Parser.parse(cell))).isEqualTo("""
                Import(jax.numpy as jnp)
                Assign([Name(x)], Call(Attribute(Name(jnp), arange), [Constant(10)]))
                Assign([Name(y)], Call(Attribute(Subscript(Attribute(Name(x), at), Constant(3)), set), [Constant(7)]))
                Assign([Tuple([Name(key), Name(subkey)])], Call(Attribute(Name(random), split), [Name(key)]))
                FunctionDef(my_function, [x], [Assign([Name(x)], BinOp(Name(x) @ Name(x))), \
                Return(Call(Attribute(Name(jnp), maximum), [Name(x), Constant(0.0)]))])
                Timeit(Call(Attribute(Call(Name(my_function), [Name(x)]), block_until_ready), []))""");
    }

    @Test
    void parsesTheBooksJaxIntroductionAsTyped() {
        String cell = """
                import jax.numpy as jnp
                import numpy as np

                x = jnp.array([1.0, 2.0, 3.0], dtype=jnp.float32)
                print(x)
                print(x.shape)
                x = jnp.array([[1,2,3],[4,5,6],[7,8,9]], dtype = jnp.int32)
                print(x[0]); print(x[-1]); print(x[:, 1]); print(x[::2, ::2])
                vec = jnp.reshape(jnp.array([0.5, 1.0, 2.0]), [1, 3])
                print(vec * x)
                print(x * jnp.reshape(vec, [3, 1]))
                y = x.at[::2].set(1)

                import jax.random as random
                key = random.PRNGKey(0)
                key, subkey = random.split(key)
                x = random.uniform(key, shape=[2048, 2048]) - 0.5

                def my_function(x):
                  x = x @ x
                  return jnp.maximum(0.0, x)

                %timeit my_function(x).block_until_ready()
                my_function_jitted = jax.jit(my_function)
                %timeit my_function_jitted(x).block_until_ready()
                """;
        Module module = Parser.parse(cell);
        assertThat(module.body()).hasSize(22);
        assertThat(module.body().get(18)).isInstanceOf(Stmt.FunctionDef.class);
        assertThat(AstDump.dump(module.body().get(12))).isEqualTo(
                "Expr(Call(Name(print), [BinOp(Name(x) * Call(Attribute(Name(jnp), reshape), "
                        + "[Name(vec), List([Constant(3), Constant(1)])]))]))");
    }

    @Test
    void parsesLambdas() {
        assertThat(expr("jax.jit(lambda x, s=2: x @ x * s)")).isEqualTo(
                "Call(Attribute(Name(jax), jit), [Lambda([x, s=Constant(2)], BinOp(BinOp(Name(x) @ Name(x)) * Name(s)))])");
        assertThat(expr("lambda: 0")).isEqualTo("Lambda([], Constant(0))");
    }

    @Test
    void parsesIfElifElseChains() {
        assertThat(AstDump.dump(Parser.parse("""
                def relu(x):
                    if x > 0:
                        return x
                    elif x == 0:
                        return 0
                    else:
                        return 0 * x
                """))).isEqualTo("FunctionDef(relu, [x], [If(Compare(Name(x) > Constant(0)), [Return(Name(x))], "
                + "[If(Compare(Name(x) == Constant(0)), [Return(Constant(0))], "
                + "[Return(BinOp(Constant(0) * Name(x)))])])])");
    }

    @Test
    void parsesAllImportForms() {
        assertThat(AstDump.dump(Parser.parse("import numpy as np\nimport jax\nfrom jax import random\n"
                + "import jax.random as random, numpy\n")))
                .isEqualTo("Import(numpy as np)\nImport(jax)\nImportFrom(jax, random)\nImport(jax.random as random, numpy)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "-2**2          | UnaryOp(- BinOp(Constant(2) ** Constant(2)))",
        "2**3**2        | BinOp(Constant(2) ** BinOp(Constant(3) ** Constant(2)))",
        "2**-1          | BinOp(Constant(2) ** UnaryOp(- Constant(1)))",
        "1 + 2 * 3      | BinOp(Constant(1) + BinOp(Constant(2) * Constant(3)))",
        "1 - 2 - 3      | BinOp(BinOp(Constant(1) - Constant(2)) - Constant(3))",
        "a @ b + c      | BinOp(BinOp(Name(a) @ Name(b)) + Name(c))",
        "a // b % c     | BinOp(BinOp(Name(a) // Name(b)) % Name(c))",
        "a < b <= c     | Compare(Name(a) < Name(b) <= Name(c))",
        "not a == b     | UnaryOp(not Compare(Name(a) == Name(b)))",
        "a is not None  | Compare(Name(a) is not Constant(None))",
        "(x > 0) & (x < 5) | BinOp(Compare(Name(x) > Constant(0)) & Compare(Name(x) < Constant(5)))",
        "a if c else b  | IfExp(Name(c), Name(a), Name(b))",
        "a or b and c   | BoolOp(or, [Name(a), BoolOp(and, [Name(b), Name(c)])])",
        "-x.T           | UnaryOp(- Attribute(Name(x), T))",
    })
    void followsPythonPrecedence(String source, String expected) {
        assertThat(expr(source)).isEqualTo(expected);
    }

    @Test
    void bitwiseOperatorsFollowPythonPrecedence() {
        assertThat(expr("a & b | c ^ d")).isEqualTo("BinOp(BinOp(Name(a) & Name(b)) | BinOp(Name(c) ^ Name(d)))");
        assertThat(expr("a | b == c")).isEqualTo("Compare(BinOp(Name(a) | Name(b)) == Name(c))");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x[0]             | Subscript(Name(x), Constant(0))",
        "x[-1]            | Subscript(Name(x), UnaryOp(- Constant(1)))",
        "x[:, 1]          | Subscript(Name(x), Tuple([Slice(_, _, _), Constant(1)]))",
        "x[::2, ::2]      | Subscript(Name(x), Tuple([Slice(_, _, Constant(2)), Slice(_, _, Constant(2))]))",
        "x[1:]            | Subscript(Name(x), Slice(Constant(1), _, _))",
        "x[:3]            | Subscript(Name(x), Slice(_, Constant(3), _))",
        "x[a:b:c]         | Subscript(Name(x), Slice(Name(a), Name(b), Name(c)))",
        "x[::-1]          | Subscript(Name(x), Slice(_, _, UnaryOp(- Constant(1))))",
        "x[1:-1:]         | Subscript(Name(x), Slice(Constant(1), UnaryOp(- Constant(1)), _))",
        "x[..., None]     | Subscript(Name(x), Tuple([Ellipsis, Constant(None)]))",
        "x[0,]            | Subscript(Name(x), Tuple([Constant(0)]))",
        "x[[0, 2], 1:]    | Subscript(Name(x), Tuple([List([Constant(0), Constant(2)]), Slice(Constant(1), _, _)]))",
        "x[x > 0]         | Subscript(Name(x), Compare(Name(x) > Constant(0)))",
    })
    void parsesFullSubscriptSyntax(String source, String expected) {
        assertThat(expr(source)).isEqualTo(expected);
    }

    @Test
    void parsesCallsWithKeywordArguments() {
        assertThat(expr("jnp.array([1.0, 2.0], dtype=jnp.float32)")).isEqualTo(
                "Call(Attribute(Name(jnp), array), [List([Constant(1.0), Constant(2.0)])], "
                        + "{dtype=Attribute(Name(jnp), float32)})");
    }

    @Test
    void parsesTuplesAndLists() {
        assertThat(expr("()")).isEqualTo("Tuple([])");
        assertThat(expr("(1,)")).isEqualTo("Tuple([Constant(1)])");
        assertThat(expr("(1)")).isEqualTo("Constant(1)");
        assertThat(expr("1, 2")).isEqualTo("Tuple([Constant(1), Constant(2)])");
        assertThat(expr("[1, [2, 3],]")).isEqualTo("List([Constant(1), List([Constant(2), Constant(3)])])");
        assertThat(expr("'a' \"b\"")).isEqualTo("Constant('ab')");
    }

    @Test
    void parsesAssignmentTargets() {
        assertThat(AstDump.dump(Parser.parse("a = b = 1\nx[0] = 5\n[p, q] = r\nm.attr = 2\nx[1:, ::2] += 1\n")))
                .isEqualTo("""
                        Assign([Name(a), Name(b)], Constant(1))
                        Assign([Subscript(Name(x), Constant(0))], Constant(5))
                        Assign([List([Name(p), Name(q)])], Name(r))
                        Assign([Attribute(Name(m), attr)], Constant(2))
                        AugAssign(Subscript(Name(x), Tuple([Slice(Constant(1), _, _), Slice(_, _, Constant(2))])), +=, Constant(1))""");
    }

    @Test
    void parsesDefWithDefaultsAndOneLineBody() {
        assertThat(AstDump.dump(Parser.parse("def f(a, b=2, c=None): return a\n")))
                .isEqualTo("FunctionDef(f, [a, b=Constant(2), c=Constant(None)], [Return(Name(a))])");
    }

    @Test
    void parsesTimeitOptions() {
        Stmt.Timeit timeit = (Stmt.Timeit) Parser.parse("%timeit -n 10 -r3 f(x) + 1").body().getFirst();
        assertThat(timeit.loops()).isEqualTo(10);
        assertThat(timeit.repeats()).isEqualTo(3);
        assertThat(timeit.expressionSource()).isEqualTo("f(x) + 1");
    }

    @Test
    void nodesCarrySourcePositions() {
        Stmt.Assign assign = (Stmt.Assign) Parser.parse("x = 1\ny = foo(a,\n        b)\n").body().get(1);
        assertThat(assign.span()).isEqualTo(new SourceSpan(2, 1, 3, 11));
        Expr.Call call = (Expr.Call) assign.value();
        assertThat(call.args().get(1).span()).isEqualTo(new SourceSpan(3, 9, 3, 10));
    }

    @Test
    void deepNestingWithinPythonsLimitsParsesEvenFromASmallStackThread() throws InterruptedException {
        String source = "x = " + "-(f(a[".repeat(66) + "1" + "]))".repeat(66);
        java.util.concurrent.atomic.AtomicReference<Object> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                outcome.set(Parser.parse(source));
            } catch (Throwable failure) {
                outcome.set(failure);
            }
        }, "small-stack", 128 * 1024);
        thread.start();
        thread.join();
        assertThat(outcome.get()).isInstanceOf(Module.class);
    }

    @Test
    void parsesFStringsIntoLiteralsAndFields() {
        assertThat(expr("f\"x = {x:.2f}, shape {a.shape!r} {{literal}}\" ' tail'")).isEqualTo(
                "FString([Constant('x = '), Field(Name(x):.2f), Constant(', shape '), "
                        + "Field(Attribute(Name(a), shape)!r), Constant(' {literal} tail')])");
        assertThat(expr("f'{x=}'")).isEqualTo("FString([Constant('x='), Field(Name(x)!r)])");
        assertThat(expr("f'{d[\"k\"] + 1:>{4}}'".replace(":>{4}", ":>4"))).isEqualTo(
                "FString([Field(BinOp(Subscript(Name(d), Constant('k')) + Constant(1)):>4)])");
    }

    @Test
    void fStringFieldsCarryTheirPositionInTheCell() {
        Stmt.Assign assign = (Stmt.Assign) Parser.parse("y = 1\nz = f\"a {y + 2}\"\n").body().get(1);
        Expr.FormattedString formatted = (Expr.FormattedString) assign.value();
        Expr.FormattedValue field = (Expr.FormattedValue) formatted.parts().get(1);
        assertThat(field.value().span()).isEqualTo(new SourceSpan(2, 10, 2, 15));
    }

    @Test
    void semicolonsSeparateStatements() {
        assertThat(Parser.parse("a = 1; b = 2;\n").body()).hasSize(2);
    }

    @Test
    void emptyCellIsAnEmptyModule() {
        assertThat(Parser.parse("\n  # nothing\n\n").body()).isEmpty();
    }
}
