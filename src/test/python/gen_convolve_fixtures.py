"""NumPy's convolve and correlate on generated 1-D operands: the oracle for ConvolutionTest.

Each case runs one playground statement, `repr(np.convolve(a, v, mode))` (or correlate), and records NumPy's repr
of the result, or the error's "Type: message". The operands are literal lists given a dtype (so the statement the
test runs is exactly the one NumPy ran here). Integer and bool results are compared exactly (repr); float results
by value (float64 to 1e-12, float32 to 1e-6 relative: NumPy's float32 sums go through BLAS's sdot, whose order of
additions is its own) and dtype. jax.numpy's convolve (float32 results, as JAX's promote_dtypes_inexact gives) is
checked against NumPy's float32 result for the same operands. Usage, from the repository root:
    python3 src/test/python/gen_convolve_fixtures.py   # writes src/test/resources/playground/convolve_cases.json
"""
import json
import os

import numpy as np


def literal(values, dtype):
    return f"np.array({values!r}, dtype=np.{dtype})"


def outcome(statement, namespace):
    """NumPy's repr of the result (or "Type: message"); for a float result also its values, dtype and shape."""
    try:
        result = eval(statement, namespace)
    except Exception as error:  # the playground must raise the same
        return {"expected": f"{type(error).__name__}: {error}"}
    if result.dtype.kind == "f":
        # Float sums: NumPy's float32 loop is BLAS's sdot, whose order of additions is its own; compared to 1 ulp-ish.
        return {"values": [float(x) for x in result], "dtype": str(result.dtype)}
    return {"expected": repr(result)}


def conv_general_dilated_cases():
    """lax.conv_general_dilated (default NCH/OIH layouts, no dilation): NumPy's cross-correlation of the padded input,
    in float64; the playground's float32 result is compared to 1e-6 relative."""
    cases = []
    for lhs_shape, rhs_shape, strides, padding in [((1, 1, 3), (1, 1, 10), (1,), [(9, 9)]),
                                                   ((2, 3, 5, 4), (4, 3, 2, 3), (2, 1), [(1, 0), (0, 2)]),
                                                   ((1, 2, 7), (3, 2, 3), (2,), [(0, 0)])]:
        lhs = np.arange(np.prod(lhs_shape), dtype=np.float64).reshape(lhs_shape) % 7 - 3
        rhs = (np.arange(np.prod(rhs_shape), dtype=np.float64).reshape(rhs_shape) % 5) / 4
        padded = np.pad(lhs, [(0, 0), (0, 0)] + [tuple(p) for p in padding])
        spatial = lhs.ndim - 2
        out_spatial = [(padded.shape[2 + d] - rhs_shape[2 + d]) // strides[d] + 1 for d in range(spatial)]
        out = np.zeros((lhs_shape[0], rhs_shape[0], *out_spatial))
        for index in np.ndindex(*out.shape):
            n, o, *position = index
            window = tuple(slice(p * s, p * s + k) for p, s, k in zip(position, strides, rhs_shape[2:]))
            out[index] = (padded[(n, slice(None)) + window] * rhs[o]).sum()
        statement = (f"lax.conv_general_dilated(jnp.arange({np.prod(lhs_shape)}.0).reshape({lhs_shape}) % 7 - 3, "
                     f"(jnp.arange({np.prod(rhs_shape)}.0).reshape({rhs_shape}) % 5) / 4, {strides}, {padding})"
                     f".reshape(-1)")
        cases.append({"statement": statement, "values": [float(v) for v in out.reshape(-1)], "dtype": "float32"})
    return cases


def dilate(x, axes, dilation):
    """x with dilation - 1 zeros between neighbours along each of axes (XLA's base and window dilation)."""
    for axis, d in zip(axes, dilation):
        shape = list(x.shape)
        shape[axis] = (shape[axis] - 1) * d + 1 if shape[axis] else 0
        out = np.zeros(shape)
        index = [slice(None)] * x.ndim
        index[axis] = slice(None, None, d)
        out[tuple(index)] = x
        x = out
    return x


def general_convolution(lhs, rhs, strides, padding, lhs_dilation, rhs_dilation, specs):
    """lax.conv_general_dilated by its definition: the operands brought to N,C,spatial / O,I,spatial with the
    spatial axes in the kernel spec's order, dilated, padded ('SAME' as lax.padtype_to_pads resolves it), then
    cross-correlated and brought to the output spec."""
    lhs_spec, rhs_spec, out_spec = specs
    spatial_chars = [c for c in rhs_spec if c not in "OI"]
    lhs = lhs.transpose([lhs_spec.index(c) for c in "NC"] + [lhs_spec.index(c) for c in spatial_chars])
    rhs = rhs.transpose([rhs_spec.index(c) for c in "OI"] + [rhs_spec.index(c) for c in spatial_chars])
    spatial = len(spatial_chars)
    axes = list(range(2, 2 + spatial))
    lhs = dilate(lhs, axes, lhs_dilation)
    rhs = dilate(rhs, axes, rhs_dilation)
    if isinstance(padding, str):
        pads = []
        for d in range(spatial):
            size = lhs.shape[2 + d]
            out = -(-size // strides[d])
            total = max(0, (out - 1) * strides[d] + rhs.shape[2 + d] - size)
            pads.append((0, 0) if padding == "VALID" else (total // 2, total - total // 2) if padding == "SAME"
                        else (total - total // 2, total // 2))
        padding = pads
    padded = np.pad(lhs, [(0, 0), (0, 0)] + [tuple(p) for p in padding])
    out_spatial = [(padded.shape[2 + d] - rhs.shape[2 + d]) // strides[d] + 1 for d in range(spatial)]
    out = np.zeros((lhs.shape[0], rhs.shape[0], *out_spatial))
    for index in np.ndindex(*out.shape):
        n, o, *position = index
        window = tuple(slice(p * s, p * s + k) for p, s, k in zip(position, strides, rhs.shape[2:]))
        out[index] = (padded[(n, slice(None)) + window] * rhs[o]).sum()
    canonical = "NC" + "".join(spatial_chars)
    return out.transpose([canonical.index(c) for c in out_spec])


def general_convolution_cases():
    """conv_general_dilated with layout strings, dilations and padding modes, and its shorthands lax.conv and
    lax.conv_with_general_padding (the older Common Gotchas notebook's convolution section)."""
    cases = []
    for call, lhs_shape, rhs_shape, strides, padding, lhs_dilation, rhs_dilation, specs in [
            ("general", (1, 5, 6, 2), (3, 3, 2, 3), (1, 1), "SAME", None, None, ("NHWC", "HWIO", "NHWC")),
            ("general", (1, 5, 6, 2), (3, 3, 2, 3), (2, 2), "SAME", None, None, ("NHWC", "HWIO", "NHWC")),
            ("general", (1, 5, 6, 2), (3, 3, 2, 3), (1, 1), "VALID", (1, 1), (2, 2), ("NHWC", "HWIO", "NHWC")),
            ("general", (1, 4, 5, 2), (3, 3, 2, 2), (1, 1), [(2, 1), (2, 1)], (2, 2), (1, 1),
             ("NHWC", "HWIO", "NHWC")),
            ("general", (2, 7, 2), (3, 2, 2), (1,), "SAME", (1,), (1,), ("NWC", "WIO", "NWC")),
            ("general", (1, 2, 7, 6), (3, 2, 2, 3), (2, 2), "SAME_LOWER", None, None, None),
            ("general", (1, 2, 4, 5), (3, 2, 2, 3), (1, 2), [(1, 0), (0, 2)], None, (2, 1),
             ("NCHW", "OIHW", "NHWC")),
            ("general", (1, 3, 4, 2), (2, 3, 2, 2), (1, 1), "VALID", None, None, ("NWHC", "OWHI", "NCWH")),
            ("conv", (1, 3, 6, 5), (2, 3, 3, 3), (1, 1), "SAME", None, None, None),
            ("padding", (1, 3, 6, 5), (2, 3, 3, 3), (1, 1), [(2, 2), (2, 2)], (1, 1), (2, 1), None)]:
        lhs = np.arange(np.prod(lhs_shape), dtype=np.float64).reshape(lhs_shape) % 7 - 3
        rhs = (np.arange(np.prod(rhs_shape), dtype=np.float64).reshape(rhs_shape) % 5) / 4
        rank = len(lhs_shape)
        default = ("NC" + "HWD"[:rank - 2], "OI" + "HWD"[:rank - 2], "NC" + "HWD"[:rank - 2])
        ones = (1,) * (rank - 2)
        out = general_convolution(lhs, rhs, strides, padding, lhs_dilation or ones, rhs_dilation or ones,
                                  specs or default)
        operands = (f"jnp.arange({np.prod(lhs_shape)}.0).reshape({lhs_shape}) % 7 - 3, "
                    f"(jnp.arange({np.prod(rhs_shape)}.0).reshape({rhs_shape}) % 5) / 4, {strides}, {padding!r}")
        if call == "conv":
            statement = f"lax.conv({operands})"
        elif call == "padding":
            statement = f"lax.conv_with_general_padding({operands}, {lhs_dilation}, {rhs_dilation})"
        else:
            statement = (f"lax.conv_general_dilated({operands}, lhs_dilation={lhs_dilation}, "
                         f"rhs_dilation={rhs_dilation}, dimension_numbers={specs!r})")
        cases.append({"statement": statement + ".reshape(-1)", "values": [float(v) for v in out.reshape(-1)],
                      "dtype": "float32", "shape": list(out.shape)})
    return cases


def main():
    rng = np.random.default_rng(20261207)
    cases = []
    namespace = {"np": np}
    for index in range(60):
        n = int(rng.integers(1, 9))
        m = int(rng.integers(1, 9))
        dtype = ["int64", "float64", "float32", "int8", "bool"][index % 5]
        if dtype == "bool":
            a = [bool(x) for x in rng.integers(0, 2, n)]
            v = [bool(x) for x in rng.integers(0, 2, m)]
        elif dtype.startswith("int"):
            bound = 40 if dtype == "int8" else 1000
            a = [int(x) for x in rng.integers(-bound, bound, n)]
            v = [int(x) for x in rng.integers(-bound, bound, m)]
        else:
            a = [round(float(x), 3) for x in rng.normal(size=n)]
            v = [round(float(x), 3) for x in rng.normal(size=m)]
        function = "convolve" if index % 2 == 0 else "correlate"
        mode = ["full", "same", "valid"][index % 3]
        statement = f"np.{function}({literal(a, dtype)}, {literal(v, dtype)}, mode={mode!r})"
        case = {"statement": statement, **outcome(statement, namespace)}
        if dtype != "bool":
            # jax.numpy: the same operands, promoted to float32 (int8 and int64 alike).
            jax_statement = statement.replace("np.", "jnp.").replace("jnp.array(", "jnp.array(")
            exact = eval(statement.replace(f"dtype=np.{dtype}", "dtype=np.float32"), namespace)
            case["jax_statement"] = jax_statement
            case["jax_values"] = [float(x) for x in exact]
        cases.append(case)
    for statement in ["np.convolve([1, 2, 3], [0, 1, 0.5])", "np.convolve(3, [1, 2])",
                      "np.convolve([1, 2, 3], [1, 1], mode='middle')", "np.convolve([], [1])",
                      "np.convolve([1], [])", "np.convolve([[1, 2]], [1])", "np.correlate([1, 2], [0, 1, 0.5, 3], 'full')",
                      "np.correlate([1, 2, 3], [0, 1, 0.5])"]:
        cases.append({"statement": statement, **outcome(statement, namespace)})
    cases.extend(conv_general_dilated_cases())
    cases.extend(general_convolution_cases())
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    path = os.path.join(root, "src", "test", "resources", "playground", "convolve_cases.json")
    with open(path, "w") as file:
        json.dump({"numpy": np.__version__, "cases": cases}, file, indent=1)
        file.write("\n")
    print(f"{path}: {len(cases)} cases")


if __name__ == "__main__":
    main()
