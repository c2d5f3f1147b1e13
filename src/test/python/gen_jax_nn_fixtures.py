"""Expected values for JaxNnTest: jax.nn's functions as JAX's source (jax/_src/nn/functions.py) defines them,
computed with NumPy in float32, operation by operation in JAX's order (as XLA computes them on the CPU, up to the
last-bit differences of exp, log and tanh that the test tolerates). Usage, from the repository root:
    python3 src/test/python/gen_jax_nn_fixtures.py   # writes src/test/resources/playground/jax_nn_fixtures.json
"""
import json
import os

import numpy as np

INPUTS = np.array([-6.5, -2.0, -1.0, -0.5, -1e-3, 0.0, 1e-3, 0.5, 1.0, 2.0, 5.5, 7.0], dtype=np.float32)
MATRIX = np.array([[0.5, -1.25, 3.0, 0.0], [-4.0, 2.5, 1.0, -0.75], [10.0, 9.5, -20.0, 0.125]], dtype=np.float32)


F = np.float32


def sigmoid(x):
    return F(1) / (F(1) + np.exp(-x))


def softmax(x, axis):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def log_softmax(x, axis):
    shifted = x - x.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


def gelu_tanh(x):
    cdf = F(0.5) * (F(1) + np.tanh(F(np.sqrt(2 / np.pi)) * (x + F(0.044715) * (x * x * x))))
    return x * cdf


def logsumexp(x, axis):
    m = x.max(axis=axis, keepdims=True)
    return np.log(np.exp(x - m).sum(axis=axis, keepdims=True)).squeeze(axis) + m.squeeze(axis)


def softplus(x):
    # jnp.logaddexp(x, 0): the larger plus log1p(exp(-|x - 0|))
    return np.maximum(x, F(0)) + np.log1p(np.exp(-np.abs(x)))


def elu(x, alpha):
    return np.where(x > 0, x, alpha * np.expm1(np.where(x > 0, F(0), x)))


def cases():
    x = INPUTS
    m = MATRIX
    yield "jax.nn.relu(x)", np.maximum(x, 0)
    yield "jax.nn.relu6(x)", np.minimum(np.maximum(x, 0), 6)
    yield "jax.nn.sigmoid(x)", sigmoid(x)
    yield "jax.nn.silu(x)", x * sigmoid(x)
    yield "jax.nn.swish(x)", x * sigmoid(x)
    yield "jax.nn.leaky_relu(x)", np.where(x >= 0, x, F(0.01) * x)
    yield "jax.nn.leaky_relu(x, negative_slope=0.2)", np.where(x >= 0, x, F(0.2) * x)
    yield "jax.nn.hard_tanh(x)", np.clip(x, -1, 1)
    yield "jax.nn.gelu(x)", gelu_tanh(x)
    yield "jax.nn.softplus(x)", softplus(x)
    yield "jax.nn.log_sigmoid(x)", -softplus(-x)
    yield "jax.nn.elu(x)", elu(x, F(1.0))
    yield "jax.nn.elu(x, alpha=0.5)", elu(x, F(0.5))
    yield "jax.nn.selu(x)", F(1.0507009873554804934193349852946) * elu(x, F(1.6732632423543772848170429916717))
    yield "jax.nn.celu(x)", np.maximum(x, F(0)) + F(1) * np.expm1(np.minimum(x, F(0)) / F(1))
    yield "jax.grad(lambda v: jax.nn.softplus(v).sum())(x)", sigmoid(x)
    yield "jax.nn.softmax(x)", softmax(x, -1)
    yield "jax.nn.softmax(m)", softmax(m, -1)
    yield "jax.nn.softmax(m, axis=0)", softmax(m, 0)
    yield "jax.nn.log_softmax(m)", log_softmax(m, -1)
    yield "jax.nn.log_softmax(m, axis=0)", log_softmax(m, 0)
    yield "jax.nn.logsumexp(x)", np.asarray(logsumexp(x, 0))
    yield "jax.nn.logsumexp(m, axis=1)", logsumexp(m, 1)
    yield "jax.nn.logsumexp(m, axis=0, keepdims=True)", logsumexp(m, 0)[None, :]
    # Gradients: relu's is 0 at 0 (JAX's jvp rule); logsumexp's is the softmax.
    yield "jax.grad(lambda v: jax.nn.relu(v).sum())(x)", (x > 0).astype(F)
    yield "jax.grad(lambda v: jax.nn.sigmoid(v).sum())(x)", sigmoid(x) * (F(1) - sigmoid(x))
    yield "jax.grad(jax.nn.logsumexp)(x)", softmax(x, -1)
    yield "jax.grad(lambda v: jax.nn.log_softmax(v)[2])(x)", np.eye(len(x), dtype=F)[2] - softmax(x, -1)


def main():
    fixture = {
        "x": INPUTS.tolist(),
        "m": MATRIX.tolist(),
        "cases": [{"code": code, "shape": list(np.shape(value)),
                   "expected": np.asarray(value, dtype=np.float32).ravel().tolist()} for code, value in cases()],
    }
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    path = os.path.join(root, "src", "test", "resources", "playground", "jax_nn_fixtures.json")
    with open(path, "w") as file:
        json.dump(fixture, file, indent=1)
        file.write("\n")
    print(f"{path}: {len(fixture['cases'])} cases")


if __name__ == "__main__":
    main()
