"""Playground programs for the JAX oracle: jax.numpy semantics where the playground emulates JAX.

Writes src/test/resources/playground/jax_cases.py, one program whose top-level statements are run by
src/test/python/jax_oracle.py (with real JAX) and by `tastelab play --json` (the playground), statement by statement.
Each case starts with a marker string so that the two outputs can be lined up. Run:
python3 src/test/python/make_jax_cases.py
"""

OPERANDS = {
    "i8": "jnp.array([100, -7, 3], dtype=jnp.int8)",
    "u8": "jnp.array([200, 7, 3], dtype=jnp.uint8)",
    "i16": "jnp.array([300, -7, 3], dtype=jnp.int16)",
    "i32": "jnp.array([100000, -7, 3], dtype=jnp.int32)",
    "u32": "jnp.array([4000000000, 7, 3], dtype=jnp.uint32)",
    "f16": "jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)",
    "f32": "jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)",
    "b": "jnp.array([True, False, True])",
    "wi": "jnp.array(2)",
    "wf": "jnp.array(2.5)",
    "pi": "2",
    "pf": "2.5",
    "pb": "True",
}
BINARY = ["+", "-", "*", "/", "//", "%", "**", "<", "=="]

lines = ["import jax", "import jax.numpy as jnp", "import numpy as np"]
n = 0


def case(*statements):
    global n
    n += 1
    lines.append(f"'__case__ {n}'")
    lines.extend(statements)


# Promotion, weak types and arithmetic of every pair of operand kinds.
for a_name, a in OPERANDS.items():
    for b_name, b in OPERANDS.items():
        if a.startswith("jnp") or b.startswith("jnp"):
            for op in BINARY:
                case(f"print(repr(({a}) {op} ({b})))")
for a_name, a in OPERANDS.items():
    if a.startswith("jnp"):
        for fn in ("jnp.maximum", "jnp.minimum"):
            case(f"print(repr({fn}({a}, {OPERANDS['f32']})))", f"print(repr({fn}({a}, 1)))")
        for fn in ("jnp.exp", "jnp.log", "jnp.sqrt", "jnp.abs", "-"):
            case(f"print(repr({fn}({a})))")
        for red in ("sum", "mean", "max", "min", "argmax", "argmin"):
            case(f"print(repr(({a}).{red}()))", f"print(repr(jnp.{red}({a}, axis=0)))")
        case(f"print(repr(jnp.where({OPERANDS['b']}, {a}, 0)))", f"print(repr(jnp.where({OPERANDS['b']}, {a}, 0.5)))")
        case(f"print(repr(jnp.concatenate([{a}, {OPERANDS['i32']}])))",
             f"print(repr(jnp.stack([{a}, {OPERANDS['f32']}])))")
        case(f"print(repr(({a}).astype(jnp.float32)))", f"print(repr(({a}).astype(jnp.int8)))",
             f"print(repr(({a}).astype(jnp.uint8)))", f"print(repr(({a}).astype(bool)))")
        case(f"print(repr(jnp.dot({a}, {a})))", f"print(repr(({a}) @ ({a})))")

# Division and remainder by zero, overflow, integer powers.
case("x = jnp.array([7, -7, 0], dtype=jnp.int32)", "print(repr(x // 0))", "print(repr(x % 0))", "print(repr(x / 0))")
case("x = jnp.array([7.0, -7.0, 0.0])", "print(repr(x // 0))", "print(repr(x % 0))", "print(repr(x / 0))")
case("x = jnp.array([-7, 7, -8], dtype=jnp.int32)", "print(repr(x // 3))", "print(repr(x % 3))",
     "print(repr(x % -3))", "print(repr(x // -3))")
case("x = jnp.array([2147483647], dtype=jnp.int32)", "print(repr(x + 1))", "print(repr(x * 2))")
case("x = jnp.array([2, 3], dtype=jnp.int32)", "print(repr(x ** 2))", "print(repr(x ** -1))", "print(repr(x ** 0.5))",
     "print(repr(2 ** x))")
case("x = jnp.array([1, 2], dtype=jnp.int8)", "print(repr(x + 300))")
case("x = jnp.array([1, 2], dtype=jnp.uint8)", "print(repr(x - 3))", "print(repr(-x))")

# Casts at the edges.
case("x = jnp.array([1e20, -1e20, float('nan'), 2.7, -2.7, float('inf')])",
     "print(repr(x.astype(jnp.int32)))", "print(repr(x.astype(jnp.uint8)))", "print(repr(x.astype(jnp.int8)))",
     "print(repr(x.astype(jnp.uint32)))", "print(repr(x.astype(bool)))")
case("x = jnp.array([300, -129, 255, 256], dtype=jnp.int32)", "print(repr(x.astype(jnp.int8)))",
     "print(repr(x.astype(jnp.uint8)))", "print(repr(x.astype(jnp.float16)))")
case("x = jnp.array([65504.0, 65520.0, 1e-8, 0.1])", "print(repr(x.astype(jnp.float16)))")

# Creation.
for expr in ("jnp.arange(5)", "jnp.arange(0, 1, 0.25)", "jnp.arange(5, dtype=jnp.float16)", "jnp.arange(10, 0, -3)",
             "jnp.arange(2.5)", "jnp.linspace(0, 1, 5)", "jnp.linspace(0, 10, 4, dtype=jnp.int32)",
             "jnp.eye(3, dtype=jnp.int8)", "jnp.eye(2, 3)", "jnp.full((2, 2), 3)", "jnp.full((2,), 2.5, dtype=jnp.int32)",
             "jnp.full((2,), True)", "jnp.zeros(3, dtype=bool)", "jnp.ones((2, 3))", "jnp.array([1, 2.5])",
             "jnp.array([True, 2])", "jnp.asarray([[1], [2]])", "jnp.array([])", "jnp.zeros((0, 3))",
             "jnp.array(3.0)", "jnp.array(True)", "jnp.float32(3)", "jnp.int8(-5)", "jnp.array([1, 2], dtype='float16')",
             "jnp.array(np.arange(3))", "jnp.array(np.float64(2.5))", "jnp.array([2**31 - 1])",
             "jnp.zeros(3, dtype=jnp.float64)", "jnp.ones(2, dtype=jnp.int64)", "jnp.array([1.0], dtype=jnp.uint16)"):
    case(f"print(repr({expr}))")
case("jnp.array([2**40])")
case("jnp.arange(0)")

# Reductions, shapes.
case("x = jnp.arange(12).reshape(3, 4)", "print(repr(x.sum(axis=0)))", "print(repr(x.mean(axis=1)))",
     "print(repr(x.max(axis=-1)))", "print(repr(x.argmax(axis=0)))", "print(repr(jnp.sum(x, axis=(0, 1))))",
     "print(repr(x.sum(axis=1, keepdims=True)))", "print(repr(x.T))", "print(repr(x.reshape(-1, 6)))",
     "print(repr(jnp.transpose(x)))", "print(repr(jnp.expand_dims(x, 0).shape))", "print(repr(jnp.squeeze(x[None])))")
case("x = jnp.arange(6.0).reshape(2, 3)", "print(repr(jnp.mean(x)))", "print(repr(x.min()))", "print(repr(x.argmin()))")
case("jnp.zeros((0,)).max()")
case("jnp.arange(6).reshape(4, 2)")
case("jnp.squeeze(jnp.zeros((2, 1)), axis=0)")
case("jnp.concatenate([jnp.zeros((2, 2)), jnp.zeros((3, 3))])")
case("jnp.arange(3) + jnp.arange(4)")
case("jnp.arange(6).sum(axis=2)")

# Indexing.
case("x = jnp.arange(10) * 10", "print(repr(x[3]))", "print(repr(x[-1]))", "print(repr(x[2:8:3]))",
     "print(repr(x[::-2]))", "print(repr(x[None, 1:3]))", "print(repr(x[jnp.array([0, 0, 9])]))",
     "print(repr(x[[1, 2]]))", "print(repr(x[x > 50]))", "print(repr(x[jnp.array([10, -11])]))")
case("x = jnp.arange(10)", "x[10]")
case("x = jnp.arange(10)", "x[-11]")
case("x = jnp.arange(12).reshape(3, 4)", "print(repr(x[1]))", "print(repr(x[:, 1]))", "print(repr(x[..., -1]))",
     "print(repr(x[jnp.array([0, 2]), jnp.array([1, 3])]))", "print(repr(x[1:, jnp.array([0, 0])]))",
     "print(repr(x[x % 2 == 0]))", "print(repr(x[None, ..., None].shape))")
case("x = jnp.arange(5)", "x[0] = 5")

# .at[] updates.
case("x = jnp.arange(5)", "print(repr(x.at[2].set(7)))", "print(repr(x.at[jnp.array([0, 0, 7])].add(10)))",
     "print(repr(x.at[10].set(99)))", "print(repr(x.at[-1].multiply(3)))", "print(repr(x.at[10].get()))",
     "print(repr(x.at[jnp.array([-9, 2, 9])].get()))", "print(repr(x.at[::2].set(1)))",
     "print(repr(x.at[1].set(2.7)))", "print(repr(x.at[jnp.array([1, 1])].max(jnp.array([7, 4]))))",
     "print(repr(x.at[jnp.array([0, 0, 4])].min(jnp.array([3, -1, 2]))))")
case("x = jnp.arange(6.0).reshape(2, 3)", "print(repr(x.at[0].set(jnp.array([9.0, 8.0, 7.0]))))",
     "print(repr(x.at[:, 1].add(1)))", "print(repr(x.at[1, 5].set(0)))")

# Printing.
for expr in ("jnp.arange(2000)", "jnp.arange(2000.0) / 3", "jnp.array([1e-5, 1.0, 1e5])", "jnp.array([-0.0, 0.0])",
             "jnp.array([1.0, float('nan'), float('inf'), -float('inf')])", "jnp.array([[True, False]])",
             "jnp.array([0.1, 0.25], dtype=jnp.float16)", "jnp.arange(24).reshape(2, 3, 4)",
             "jnp.array([123456789.0])", "jnp.array([1e-8, 1.0])", "jnp.array(2.5) * 2", "jnp.ones((2, 2)) / 3",
             "jnp.array([1, -1]).astype(jnp.uint32)"):
    case(f"print(repr({expr}))", f"print({expr})")

with open("src/test/resources/playground/jax_cases.py", "w") as f:
    f.write("\n".join(lines) + "\n")
print(n, "cases,", len(lines), "statements")
