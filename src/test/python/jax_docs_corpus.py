"""Issue 17's JAX documentation corpus: the code cells of JAX's own pages, in order, with the output each cell shows
in the rendered documentation (docs.jax.dev, built by executing every page with the JAX of the day).

Pages (jax-ml/jax, docs/): quickstart.md (as of June 2025, since merged into thinking_in_jax), key-concepts.md,
random-numbers.md, notebooks/thinking_in_jax.md, notebooks/Common_Gotchas_in_JAX.md, jit-compilation.md,
automatic-vectorization.md, automatic-differentiation.md, pytrees.md, custom_pytrees.md, stateful-computations.md,
control-flow.md (with the two cells its successor 201/control-flow.md adds), debugging.md and advanced-autodiff.md
(up to its own jacfwd/jacrev). The outputs of the last four, and the loss gradients of automatic-differentiation.md,
come from their rendered pages as stored by the search index (docs.jax.dev HTML, same cells). advanced-autodiff.md's
custom_jvp/custom_vjp section repeats the cells of notebooks/Custom_derivative_rules_for_Python_code.ipynb, which is
in the corpus instead, every code cell with the outputs the .ipynb stores; those come from a 2020 JAX, and where they
differ from the playground (and from today's JAX) only in printing, e.g. weak_type, KNOWN_FAILURES says so.
Then (LEGACY_PAGES) the legacy "JAX 101" notebooks and the older notebooks' extra cells, with the outputs the
.ipynb files store.

A cell's output is what a notebook shows: what it printed, then an error's "Type: first line of the message", then
the repr of the cell's last expression. Left out, because they depend on the machine: `%timeit` lines (the rest of
their cell stays), `%xmode`, matplotlib lines, `x.devices()`, `x.sharding`, and the part of pytrees.md's first cell
that prints `object()` (its address). JAX error messages that name the notebook's temporary file ("The error
occurred while tracing the function f at /tmp/ipykernel_.../...py:3") are compared up to that sentence.

Python 3 here has NumPy but not JAX: the cells that only use NumPy (the legacy np.random calls of random-numbers.md
and thinking_in_jax.md) get their expected output by running them under NumPy now (expected None below); every other
expected output is JAX's documented one, with one exception: the current pages are markdown without stored outputs,
and where a value could not be read from a rendered page (random draws) the expected text is the playground's own
output, accepted after checking it against JAX's semantics. Those
cells guard against regressions; they are not an independent oracle. JaxDocsCorpusTest runs the corpus; KNOWN_FAILURES lists the cells that do
not pass yet, with the reason. Usage, from the repository root:
    python3 src/test/python/jax_docs_corpus.py      # writes src/test/resources/playground/jax_docs_corpus.json
"""
import contextlib
import io
import json
import os

import numpy as np

# An expected output of None: run the cell under NumPy. NUMPY_AFTER + code: run code first (the state the page's
# earlier JAX cells leave NumPy's global generator in), then the cell.
NUMPY_AFTER = "numpy-after:"

PAGES = [
    ('quickstart', [
        ('import jax.numpy as jnp',
         ''),
        ('def selu(x, alpha=1.67, lmbda=1.05):\n  return lmbda * jnp.where(x > 0, x, alpha * jnp.exp(x) - alpha)\n\nx = jnp.arange(5.0)\nprint(selu(x))',
         '[0.        1.05      2.1       3.1499999 4.2      ]\n'),
        ('from jax import random\n\nkey = random.key(1701)\nx = random.normal(key, (1_000_000,))',
         ''),
        ('from jax import jit\n\nselu_jit = jit(selu)\n_ = selu_jit(x)  # compiles on first call',
         ''),
        ('from jax import grad\n\ndef sum_logistic(x):\n  return jnp.sum(1.0 / (1.0 + jnp.exp(-x)))\n\nx_small = jnp.arange(3.)\nderivative_fn = grad(sum_logistic)\nprint(derivative_fn(x_small))',
         '[0.25       0.19661197 0.10499357]\n'),
        ('def first_finite_differences(f, x, eps=1E-3):\n  return jnp.array([(f(x + eps * v) - f(x - eps * v)) / (2 * eps)\n                   for v in jnp.eye(len(x))])\n\nprint(first_finite_differences(sum_logistic, x_small))',
         '[0.24998187 0.1964569  0.10502338]\n'),
        ('print(grad(jit(grad(jit(grad(sum_logistic)))))(1.0))',
         '-0.035325576\n'),
        ('from jax import jacobian\nprint(jacobian(jnp.exp)(x_small))',
         '[[1.        0.        0.       ]\n [0.        2.7182817 0.       ]\n [0.        0.        7.389056 ]]\n'),
        ('from jax import jacfwd, jacrev\ndef hessian(fun):\n  return jit(jacfwd(jacrev(fun)))\nprint(hessian(sum_logistic)(x_small))',
         '[[-0.         -0.         -0.        ]\n [-0.         -0.09085776 -0.        ]\n [-0.         -0.         -0.07996249]]\n'),
        ('key1, key2 = random.split(key)\nmat = random.normal(key1, (150, 100))\nbatched_x = random.normal(key2, (10, 100))\n\ndef apply_matrix(x):\n  return jnp.dot(mat, x)',
         ''),
        ("def naively_batched_apply_matrix(v_batched):\n  return jnp.stack([apply_matrix(v) for v in v_batched])\n\nprint('Naively batched')",
         'Naively batched\n'),
        ("import numpy as np\n\n@jit\ndef batched_apply_matrix(batched_x):\n  return jnp.dot(batched_x, mat.T)\n\nnp.testing.assert_allclose(naively_batched_apply_matrix(batched_x),\n                           batched_apply_matrix(batched_x), atol=1E-4, rtol=1E-4)\nprint('Manually batched')",
         'Manually batched\n'),
        ("from jax import vmap\n\n@jit\ndef vmap_batched_apply_matrix(batched_x):\n  return vmap(apply_matrix)(batched_x)\n\nnp.testing.assert_allclose(naively_batched_apply_matrix(batched_x),\n                           vmap_batched_apply_matrix(batched_x), atol=1E-4, rtol=1E-4)\nprint('Auto-vectorized with vmap')",
         'Auto-vectorized with vmap\n'),
    ]),
    ('key-concepts', [
        ('import jax\nimport jax.numpy as jnp\n\ndef selu(x, alpha=1.67, lambda_=1.05):\n  return lambda_ * jnp.where(x > 0, x, alpha * jnp.exp(x) - alpha)\n\nselu_jit = jax.jit(selu)\nprint(selu_jit(1.0))',
         '1.05\n'),
        ('@jax.jit\ndef selu(x, alpha=1.67, lambda_=1.05):\n  return lambda_ * jnp.where(x > 0, x, alpha * jnp.exp(x) - alpha)',
         ''),
        ('@jax.jit\ndef f(x):\n  print(x)\n  return x + 1\n\nx = jnp.arange(5)\nresult = f(x)',
         'JitTracer(int32[5])\n'),
        ('def selu(x, alpha=1.67, lambda_=1.05):\n  return lambda_ * jnp.where(x > 0, x, alpha * jnp.exp(x) - alpha)',
         ''),
        ('x = jnp.arange(5.0)\njax.make_jaxpr(selu)(x)',
         '{ lambda ; a:f32[5]. let\n    b:bool[5] = gt a 0.0:f32[]\n    c:f32[5] = exp a\n    d:f32[5] = mul 1.6699999570846558:f32[] c\n    e:f32[5] = sub d 1.6699999570846558:f32[]\n    f:f32[5] = select_n b e a\n    g:f32[5] = mul 1.0499999523162842:f32[] f\n  in (g,) }\n'),
        ('# (nested) list of parameters\nparams = [1, 2, (jnp.arange(3), jnp.ones(2))]\n\nprint(jax.tree.structure(params))\nprint(jax.tree.leaves(params))',
         'PyTreeDef([*, *, (*, *)])\n[1, 2, Array([0, 1, 2], dtype=int32), Array([1., 1.], dtype=float32)]\n'),
        ("# Dictionary of parameters\nparams = {'n': 5, 'W': jnp.ones((2, 2)), 'b': jnp.zeros(2)}\n\nprint(jax.tree.structure(params))\nprint(jax.tree.leaves(params))",
         "PyTreeDef({'W': *, 'b': *, 'n': *})\n[Array([[1., 1.],\n       [1., 1.]], dtype=float32), Array([0., 0.], dtype=float32), 5]\n"),
        ('# Named tuple of parameters\nfrom typing import NamedTuple\n\nclass Params(NamedTuple):\n  a: int\n  b: float\n\nparams = Params(1, 5.0)\nprint(jax.tree.structure(params))\nprint(jax.tree.leaves(params))',
         'PyTreeDef(CustomNode(namedtuple[Params], [*, *]))\n[1, 5.0]\n'),
        ('import jax.numpy as jnp\njnp.add(1, 1.0)  # jax.numpy API implicitly promotes mixed types.',
         'Array(2., dtype=float32, weak_type=True)\n'),
        ('from jax import lax\nlax.add(1, 1.0)  # jax.lax API requires explicit type promotion.',
         'TypeError: lax.add requires arguments to have the same dtypes, got int32, float32. (Tip: jnp.add is a similar function that does automatic type promotion on inputs).\n'),
        ('lax.add(jnp.float32(1), 1.0)',
         'Array(2., dtype=float32)\n'),
        ('x = jnp.array([1, 2, 1])\ny = jnp.ones(10)\njnp.convolve(x, y)',
         'Array([1., 3., 4., 4., 4., 4., 4., 4., 4., 4., 3., 1.], dtype=float32)\n'),
        ("from jax import lax\nresult = lax.conv_general_dilated(\n    x.reshape(1, 1, 3).astype(float),  # note: explicit promotion\n    y.reshape(1, 1, 10),\n    window_strides=(1,),\n    padding=[(len(y) - 1, len(y) - 1)])  # equivalent of padding='full' in NumPy\nresult[0, 0]",
         'Array([1., 3., 4., 4., 4., 4., 4., 4., 4., 4., 3., 1.], dtype=float32)\n'),
    ]),
    ('random-numbers', [
        ('import numpy as np\nnp.random.seed(0)',
         None),
        ('print(np.random.random())\nprint(np.random.random())\nprint(np.random.random())',
         None),
        ('def print_truncated_random_state():\n  """To avoid spamming the outputs, print only part of the state."""\n  full_random_state = np.random.get_state()\n  print(str(full_random_state)[:460], \'...\')\n\nprint_truncated_random_state()',
         None),
        ('np.random.seed(0)\nprint_truncated_random_state()',
         None),
        ('_ = np.random.uniform()\nprint_truncated_random_state()',
         None),
        ('np.random.seed(0)\nprint(np.random.uniform(size=3))',
         None),
        ('np.random.seed(0)\nprint("individually:", np.stack([np.random.uniform() for _ in range(3)]))\n\nnp.random.seed(0)\nprint("all at once: ", np.random.uniform(size=3))',
         None),
        ('import numpy as np\n\nnp.random.seed(0)\n\ndef bar(): return np.random.uniform()\ndef baz(): return np.random.uniform()\n\ndef foo(): return bar() + 2 * baz()\n\nprint(foo())',
         None),
        ('from jax import random\n\nkey = random.key(42)\nprint(key)',
         'Array((), dtype=key<fry>) overlaying:\n[ 0 42]\n'),
        ('print(random.normal(key))\nprint(random.normal(key))',
         '-0.028304616\n-0.028304616\n'),
        ('for i in range(3):\n  new_key, subkey = random.split(key)\n  del key  # The old key is consumed by split() -- we must never use it again.\n\n  val = random.normal(subkey)\n  del subkey  # The subkey is consumed by normal().\n\n  print(f"draw {i}: {val}")\n  key = new_key  # new_key is safe to use in the next iteration.',
         'draw 0: 0.60576403\ndraw 1: -0.21089035\ndraw 2: -0.39489815\n'),
        ('key, subkey = random.split(key)',
         ''),
        ('key, *forty_two_subkeys = random.split(key, num=43)',
         ''),
        ('key = random.key(42)\nsubkeys = random.split(key, 3)\nsequence = np.stack([random.normal(subkey) for subkey in subkeys])\nprint("individually:", sequence)\n\nkey = random.key(42)\nprint("all at once: ", random.normal(key, shape=(3,)))',
         'individually: [0.07592554 0.60576403 0.4323065 ]\nall at once:  [-0.02830462  0.46713185  0.29570296]\n'),
        ('import jax\nprint("vectorized:", jax.vmap(random.normal)(subkeys))',
         'vectorized: [0.07592554 0.60576403 0.4323065 ]\n'),
    ]),
    ('thinking-in-jax', [
        ('import jax.numpy as jnp',
         ''),
        ('x_jnp = jnp.linspace(0, 10, 1000)\ny_jnp = 2 * jnp.sin(x_jnp) * jnp.cos(x_jnp)',
         ''),
        ('import numpy as np\nimport jax.numpy as jnp\n\nx_np = np.linspace(0, 10, 1000)\nx_jnp = jnp.linspace(0, 10, 1000)',
         ''),
        ('type(x_np)',
         "<class 'numpy.ndarray'>\n"),
        ('type(x_jnp)',
         "<class 'jaxlib._jax.ArrayImpl'>\n"),
        ('# NumPy: mutable arrays\nx = np.arange(10)\nx[0] = 10\nprint(x)',
         '[10  1  2  3  4  5  6  7  8  9]\n'),
        ('# JAX: immutable arrays\nx = jnp.arange(10)\nx[0] = 10',
         'TypeError: JAX arrays are immutable and do not support in-place item assignment. Instead of x[idx] = y, use x = x.at[idx].set(y) or another .at[] method: https://docs.jax.dev/en/latest/_autosummary/jax.numpy.ndarray.at.html\n'),
        ('y = x.at[0].set(10)\nprint(x)\nprint(y)',
         '[0 1 2 3 4 5 6 7 8 9]\n[10  1  2  3  4  5  6  7  8  9]\n'),
        ('import jax\nimport jax.numpy as jnp\n\nx = jnp.arange(5)\nisinstance(x, jax.Array)',
         'True\n'),
        ('import jax.numpy as jnp\n\ndef norm(X):\n  X = X - X.mean(0)\n  return X / X.std(0)',
         ''),
        ('from jax import jit\nnorm_compiled = jit(norm)',
         ''),
        ('np.random.seed(1701)\nX = jnp.array(np.random.rand(10000, 10))\nnp.allclose(norm(X), norm_compiled(X), atol=1E-6)',
         'True\n'),
        ('def get_negatives(x):\n  return x[x < 0]\n\nx = jnp.array(np.random.randn(10))\nget_negatives(x)',
         NUMPY_AFTER + 'np.random.seed(1701)\nX = np.random.rand(10000, 10)'),
        ('jit(get_negatives)(x)',
         'NonConcreteBooleanIndexError: Array boolean indices must be concrete; got bool[10]\n'),
        ('from jax import grad\n\ndef sum_logistic(x):\n  return jnp.sum(1.0 / (1.0 + jnp.exp(-x)))\n\nx_small = jnp.arange(3.)\nderivative_fn = grad(sum_logistic)\nprint(derivative_fn(x_small))',
         '[0.25       0.19661197 0.10499357]\n'),
        ('def first_finite_differences(f, x, eps=1E-3):\n  return jnp.array([(f(x + eps * v) - f(x - eps * v)) / (2 * eps)\n                   for v in jnp.eye(len(x))])\n\nprint(first_finite_differences(sum_logistic, x_small))',
         '[0.24998187 0.1964569  0.10502338]\n'),
        ('print(grad(jit(grad(jit(grad(sum_logistic)))))(1.0))',
         '-0.035325576\n'),
        ('from jax import jacobian\nprint(jacobian(jnp.exp)(x_small))',
         '[[1.        0.        0.       ]\n [0.        2.7182817 0.       ]\n [0.        0.        7.389056 ]]\n'),
        ('from jax import jacfwd, jacrev\ndef hessian(fun):\n  return jit(jacfwd(jacrev(fun)))\nprint(hessian(sum_logistic)(x_small))',
         '[[-0.         -0.         -0.        ]\n [-0.         -0.09085776 -0.        ]\n [-0.         -0.         -0.07996249]]\n'),
        ('from jax import random\n\nkey = random.key(1701)\nkey1, key2 = random.split(key)\nmat = random.normal(key1, (150, 100))\nbatched_x = random.normal(key2, (10, 100))\n\ndef apply_matrix(x):\n  return jnp.dot(mat, x)',
         ''),
        ("def naively_batched_apply_matrix(v_batched):\n  return jnp.stack([apply_matrix(v) for v in v_batched])\n\nprint('Naively batched')",
         'Naively batched\n'),
        ("import numpy as np\n\n@jit\ndef batched_apply_matrix(batched_x):\n  return jnp.dot(batched_x, mat.T)\n\nnp.testing.assert_allclose(naively_batched_apply_matrix(batched_x),\n                           batched_apply_matrix(batched_x), atol=1E-4, rtol=1E-4)\nprint('Manually batched')",
         'Manually batched\n'),
        ("from jax import vmap\n\n@jit\ndef vmap_batched_apply_matrix(batched_x):\n  return vmap(apply_matrix)(batched_x)\n\nnp.testing.assert_allclose(naively_batched_apply_matrix(batched_x),\n                           vmap_batched_apply_matrix(batched_x), atol=1E-4, rtol=1E-4)\nprint('Auto-vectorized with vmap')",
         'Auto-vectorized with vmap\n'),
        ('from jax import random\n\nkey = random.key(43)\nprint(key)',
         'Array((), dtype=key<fry>) overlaying:\n[ 0 43]\n'),
        ('print(random.normal(key))\nprint(random.normal(key))',
         '0.07520543\n0.07520543\n'),
        ('for i in range(3):\n  new_key, subkey = random.split(key)\n  del key  # The old key is consumed by split() -- we must never use it again.\n\n  val = random.normal(subkey)\n  del subkey  # The subkey is consumed by normal().\n\n  print(f"draw {i}: {val}")\n  key = new_key  # new_key is safe to use in the next iteration.',
         'draw 0: -1.9133632\ndraw 1: -1.4749839\ndraw 2: -0.3670377\n'),
        ('import jax\nimport jax.numpy as jnp\n\n@jax.jit\ndef f(x):\n  print("print(x) ->", x)\n  y = jnp.sin(x)\n  print("print(y) ->", y)\n  return y\n\nresult = f(2.)',
         'print(x) -> JitTracer(~float32[])\nprint(y) -> JitTracer(~float32[])\n'),
        ('@jax.jit\ndef f(x):\n  jax.debug.print("jax.debug.print(x) -> {x}", x=x)\n  y = jnp.sin(x)\n  jax.debug.print("jax.debug.print(y) -> {y}", y=y)\n  return y\n\nresult = f(2.)',
         'jax.debug.print(x) -> 2.0\njax.debug.print(y) -> 0.9092974066734314\n'),
    ]),
    ('common-gotchas', [
        ('import numpy as np\nfrom jax import jit\nfrom jax import lax\nfrom jax import random\nimport jax\nimport jax.numpy as jnp',
         ''),
        ('def impure_print_side_effect(x):\n  print("Executing function")  # This is a side-effect\n  return x\n\n# The side-effects appear during the first run\nprint ("First call: ", jit(impure_print_side_effect)(4.))\n\n# Subsequent runs with parameters of same type and shape may not show the side-effect\n# This is because JAX now invokes a cached compilation of the function\nprint ("Second call: ", jit(impure_print_side_effect)(5.))\n\n# JAX re-runs the Python function when the type or shape of the argument changes\nprint ("Third call, different type: ", jit(impure_print_side_effect)(jnp.array([5.])))',
         'Executing function\nFirst call:  4.0\nSecond call:  5.0\nExecuting function\nThird call, different type:  [5.]\n'),
        ('g = 0.\ndef impure_uses_globals(x):\n  return x + g\n\n# JAX captures the value of the global during the first run\nprint ("First call: ", jit(impure_uses_globals)(4.))\ng = 10.  # Update the global\n\n# Subsequent runs may silently use the cached value of the globals\nprint ("Second call: ", jit(impure_uses_globals)(5.))\n\n# JAX re-runs the Python function when the type or shape of the argument changes\n# This will end up reading the latest value of the global\nprint ("Third call, different type: ", jit(impure_uses_globals)(jnp.array([4.])))',
         'First call:  4.0\nSecond call:  5.0\nThird call, different type:  [14.]\n'),
        ('g = 0.\ndef impure_saves_global(x):\n  global g\n  g = x\n  return x\n\n# JAX runs once the transformed function with special Traced values for arguments\nprint ("First call: ", jit(impure_saves_global)(4.))\nprint ("Saved global: ", g)  # Saved global has an internal JAX value',
         'First call:  4.0\nSaved global:  JitTracer(~float32[])\n'),
        ("def pure_uses_internal_state(x):\n  state = dict(even=0, odd=0)\n  for i in range(10):\n    state['even' if i % 2 == 0 else 'odd'] += x\n  return state['even'] + state['odd']\n\nprint(jit(pure_uses_internal_state)(5.))",
         '50.0\n'),
        ('import jax.numpy as jnp\nfrom jax import make_jaxpr\n\n# lax.fori_loop\narray = jnp.arange(10)\nprint(lax.fori_loop(0, 10, lambda i,x: x+array[i], 0)) # expected result 45\niterator = iter(range(10))\nprint(lax.fori_loop(0, 10, lambda i,x: x+next(iterator), 0)) # unexpected result 0\n\n# lax.scan\ndef func11(arr, extra):\n    ones = jnp.ones(arr.shape)\n    def body(carry, aelems):\n        ae1, ae2 = aelems\n        return (carry + ae1 * ae2 + extra, carry)\n    return lax.scan(body, 0., (arr, ones))\nmake_jaxpr(func11)(jnp.arange(16), 5.)\n# make_jaxpr(func11)(iter(range(16)), 5.) # throws error\n\n# lax.cond\narray_operand = jnp.array([0.])\nlax.cond(True, lambda x: x+1, lambda x: x-1, array_operand)\niter_operand = iter(range(10))\n# lax.cond(True, lambda x: next(x)+1, lambda x: next(x)-1, iter_operand) # throws error',
         '45\n0\n'),
        ('numpy_array = np.zeros((3,3), dtype=np.float32)\nprint("original array:")\nprint(numpy_array)\n\n# In place, mutating update\nnumpy_array[1, :] = 1.0\nprint("updated array:")\nprint(numpy_array)',
         'original array:\n[[0. 0. 0.]\n [0. 0. 0.]\n [0. 0. 0.]]\nupdated array:\n[[0. 0. 0.]\n [1. 1. 1.]\n [0. 0. 0.]]\n'),
        ("jax_array = jnp.zeros((3,3), dtype=jnp.float32)\n\n# In place update of JAX's array will yield an error!\njax_array[1, :] = 1.0",
         'TypeError: JAX arrays are immutable and do not support in-place item assignment. Instead of x[idx] = y, use x = x.at[idx].set(y) or another .at[] method: https://docs.jax.dev/en/latest/_autosummary/jax.numpy.ndarray.at.html\n'),
        ('jax_array = jnp.array([10, 20])\njax_array_new = jax_array\njax_array_new += 10\nprint(jax_array_new)  # `jax_array_new` is rebound to a new value [20, 30], but...\nprint(jax_array)      # the original value is unmodified as [10, 20] !\n\nnumpy_array = np.array([10, 20])\nnumpy_array_new = numpy_array\nnumpy_array_new += 10\nprint(numpy_array_new)  # `numpy_array_new is numpy_array`, and it was updated\nprint(numpy_array)      # in-place, so both are [20, 30] !',
         '[20 30]\n[10 20]\n[20 30]\n[20 30]\n'),
        ('jax_array = jnp.zeros((3,3), dtype=jnp.float32)\nupdated_array = jax_array.at[1, :].set(1.0)\nprint("updated array:\\n", updated_array)',
         'updated array:\n [[0. 0. 0.]\n [1. 1. 1.]\n [0. 0. 0.]]\n'),
        ('print("original array unchanged:\\n", jax_array)',
         'original array unchanged:\n [[0. 0. 0.]\n [0. 0. 0.]\n [0. 0. 0.]]\n'),
        ('print("original array:")\njax_array = jnp.ones((5, 6))\nprint(jax_array)\n\nnew_jax_array = jax_array.at[::2, 3:].add(7.)\nprint("new array post-addition:")\nprint(new_jax_array)',
         'original array:\n[[1. 1. 1. 1. 1. 1.]\n [1. 1. 1. 1. 1. 1.]\n [1. 1. 1. 1. 1. 1.]\n [1. 1. 1. 1. 1. 1.]\n [1. 1. 1. 1. 1. 1.]]\nnew array post-addition:\n[[1. 1. 1. 8. 8. 8.]\n [1. 1. 1. 1. 1. 1.]\n [1. 1. 1. 8. 8. 8.]\n [1. 1. 1. 1. 1. 1.]\n [1. 1. 1. 8. 8. 8.]]\n'),
        ('import jax.numpy as jnp\nfrom jax import jit\n\nclass CustomClass:\n  def __init__(self, x: jnp.ndarray, mul: bool):\n    self.x = x\n    self.mul = mul\n\n  @jit  # <---- How to do this correctly?\n  def calc(self, y):\n    if self.mul:\n      return self.x * y\n    return y',
         ''),
        ('c = CustomClass(2, True)\nc.calc(3)',
         "TypeError: Error interpreting argument to <function CustomClass.calc> as an abstract array. The problematic value is of type <class '__main__.CustomClass'> and was passed to the function at path self.\n"),
        ('class CustomClass:\n  def __init__(self, x: jnp.ndarray, mul: bool):\n    self.x = x\n    self.mul = mul\n\n  def calc(self, y):\n    return _calc(self.mul, self.x, y)\n\n@jit(static_argnums=0)\ndef _calc(mul, x, y):\n  if mul:\n    return x * y\n  return y',
         ''),
        ('c = CustomClass(2, True)\nprint(c.calc(3))',
         '6\n'),
        ("class CustomClass:\n  def __init__(self, x: jnp.ndarray, mul: bool):\n    self.x = x\n    self.mul = mul\n\n  # WARNING: this example is broken, as we'll see below. Don't copy & paste!\n  @jit(static_argnums=0)\n  def calc(self, y):\n    if self.mul:\n      return self.x * y\n    return y",
         ''),
        ('c = CustomClass(2, True)\nprint(c.calc(3))',
         '6\n'),
        ('c.mul = False\nprint(c.calc(3))  # Should print 3',
         '6\n'),
        ('class CustomClass:\n  def __init__(self, x: jnp.ndarray, mul: bool):\n    self.x = x\n    self.mul = mul\n\n  @jit(static_argnums=0)\n  def calc(self, y):\n    if self.mul:\n      return self.x * y\n    return y\n\n  def __hash__(self):\n    return hash((self.x, self.mul))\n\n  def __eq__(self, other):\n    return (isinstance(other, CustomClass) and\n            (self.x, self.mul) == (other.x, other.mul))',
         ''),
        ("class CustomClass:\n  def __init__(self, x: jnp.ndarray, mul: bool):\n    self.x = x\n    self.mul = mul\n\n  @jit\n  def calc(self, y):\n    if self.mul:\n      return self.x * y\n    return y\n\n  def _tree_flatten(self):\n    children = (self.x,)  # arrays / dynamic values\n    aux_data = {'mul': self.mul}  # static values\n    return (children, aux_data)\n\n  @classmethod\n  def _tree_unflatten(cls, aux_data, children):\n    return cls(*children, **aux_data)\n\nfrom jax import tree_util\ntree_util.register_pytree_node(CustomClass,\n                               CustomClass._tree_flatten,\n                               CustomClass._tree_unflatten)",
         ''),
        ('c = CustomClass(2, True)\nprint(c.calc(3))',
         '6\n'),
        ('c.mul = False  # mutation is detected\nprint(c.calc(3))',
         '3\n'),
        ('c = CustomClass(jnp.array(2), True)  # non-hashable x is supported\nprint(c.calc(3))',
         '6\n'),
        ('np.arange(10)[11]',
         'IndexError: index 11 is out of bounds for axis 0 with size 10\n'),
        ('jnp.arange(10)[11]',
         'Array(9, dtype=int32)\n'),
        ('jnp.arange(10.0).at[11].get()',
         'Array(9., dtype=float32)\n'),
        ("jnp.arange(10.0).at[11].get(mode='fill', fill_value=jnp.nan)",
         'Array(nan, dtype=float32)\n'),
        ('np.sum([1, 2, 3])',
         'np.int64(6)\n'),
        ('jnp.sum([1, 2, 3])',
         "TypeError: sum requires ndarray or scalar arguments, got <class 'list'> at position 0.\n"),
        ('def permissive_sum(x):\n  return jnp.sum(jnp.array(x))\n\nx = list(range(10))\npermissive_sum(x)',
         'Array(45, dtype=int32)\n'),
        ('make_jaxpr(permissive_sum)(x)',
         '{ lambda ; a:i32[] b:i32[] c:i32[] d:i32[] e:i32[] f:i32[] g:i32[] h:i32[] i:i32[]\n    j:i32[]. let\n    k:i32[] = convert_element_type[new_dtype=int32 weak_type=False] a\n    l:i32[] = convert_element_type[new_dtype=int32 weak_type=False] b\n    m:i32[] = convert_element_type[new_dtype=int32 weak_type=False] c\n    n:i32[] = convert_element_type[new_dtype=int32 weak_type=False] d\n    o:i32[] = convert_element_type[new_dtype=int32 weak_type=False] e\n    p:i32[] = convert_element_type[new_dtype=int32 weak_type=False] f\n    q:i32[] = convert_element_type[new_dtype=int32 weak_type=False] g\n    r:i32[] = convert_element_type[new_dtype=int32 weak_type=False] h\n    s:i32[] = convert_element_type[new_dtype=int32 weak_type=False] i\n    t:i32[] = convert_element_type[new_dtype=int32 weak_type=False] j\n    u:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] k\n    v:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] l\n    w:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] m\n    x:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] n\n    y:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] o\n    z:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] p\n    ba:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] q\n    bb:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] r\n    bc:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] s\n    bd:i32[1] = broadcast_in_dim[broadcast_dimensions=() shape=(1,)] t\n    be:i32[10] = concatenate[dimension=0] u v w x y z ba bb bc bd\n    bf:i32[] = reduce_sum[axes=(0,)] be\n  in (bf,) }\n'),
        ('jnp.sum(jnp.array(x))',
         'Array(45, dtype=int32)\n'),
        ('def nansum(x):\n  mask = ~jnp.isnan(x)  # boolean mask selecting non-nan values\n  x_without_nans = x[mask]\n  return x_without_nans.sum()',
         ''),
        ('x = jnp.array([1, 2, jnp.nan, 3, 4])\nprint(nansum(x))',
         '10.0\n'),
        ('jax.jit(nansum)(x)',
         'NonConcreteBooleanIndexError: Array boolean indices must be concrete; got bool[5]\n'),
        ('@jax.jit\ndef nansum_2(x):\n  mask = ~jnp.isnan(x)  # boolean mask selecting non-nan values\n  return jnp.where(mask, x, 0).sum()\n\nprint(nansum_2(x))',
         '10.0\n'),
        ('x = random.uniform(random.key(0), (1000,), dtype=jnp.float64)\nx.dtype',
         "dtype('float32')\n"),
    ]),
    ('jit-compilation', [
        ('# This ensures that code cell tracebacks appearing below will be concise.',
         ''),
        ('import jax\nimport jax.numpy as jnp\n\nglobal_list = []\n\ndef log2(x):\n  global_list.append(x)\n  ln_x = jnp.log(x)\n  ln_2 = jnp.log(2.0)\n  return ln_x / ln_2\n\nprint(jax.make_jaxpr(log2)(3.0))',
         '{ lambda ; a:f32[]. let\n    b:f32[] = log a\n    c:f32[] = log 2.0:f32[]\n    d:f32[] = div b c\n  in (d,) }\n'),
        ('def log2_with_print(x):\n  print("printed x:", x)\n  ln_x = jnp.log(x)\n  ln_2 = jnp.log(2.0)\n  return ln_x / ln_2\n\nprint(jax.make_jaxpr(log2_with_print)(3.))',
         'printed x: JaxprTracer(~float32[])\n{ lambda ; a:f32[]. let\n    b:f32[] = log a\n    c:f32[] = log 2.0:f32[]\n    d:f32[] = div b c\n  in (d,) }\n'),
        ('def log2_if_rank_2(x):\n  if x.ndim == 2:\n    ln_x = jnp.log(x)\n    ln_2 = jnp.log(2.0)\n    return ln_x / ln_2\n  else:\n    return x\n\nprint(jax.make_jaxpr(log2_if_rank_2)(jax.numpy.array([1, 2, 3])))',
         '{ lambda ; a:i32[3]. let  in (a,) }\n'),
        ('import jax\nimport jax.numpy as jnp\n\ndef selu(x, alpha=1.67, lambda_=1.05):\n  return lambda_ * jnp.where(x > 0, x, alpha * jnp.exp(x) - alpha)\n\nx = jnp.arange(1000000)',
         ''),
        ('selu_jit = jax.jit(selu)\n\n# Pre-compile the function before timing...\nselu_jit(x).block_until_ready()',
         'Array([0.0000000e+00, 1.0500000e+00, 2.0999999e+00, ..., 1.0499968e+06,\n       1.0499979e+06, 1.0499989e+06], dtype=float32)\n'),
        ('# Condition on value of x.\n\ndef f(x):\n  if x > 0:\n    return x\n  else:\n    return 2 * x\n\njax.jit(f)(10)  # Raises an error',
         'TracerBoolConversionError: Attempted boolean conversion of traced array with shape bool[].\n'),
        ('# While loop conditioned on x and n.\n\ndef g(x, n):\n  i = 0\n  while i < n:\n    i += 1\n  return x + i\n\njax.jit(g)(10, 20)  # Raises an error',
         'TracerBoolConversionError: Attempted boolean conversion of traced array with shape bool[].\n'),
        ('# While loop conditioned on x and n with a jitted body.\n\n@jax.jit\ndef loop_body(prev_i):\n  return prev_i + 1\n\ndef g_inner_jitted(x, n):\n  i = 0\n  while i < n:\n    i = loop_body(i)\n  return x + i\n\ng_inner_jitted(10, 20)',
         'Array(30, dtype=int32, weak_type=True)\n'),
        ('f_jit_correct = jax.jit(f, static_argnums=0)\nprint(f_jit_correct(10))',
         '10\n'),
        ("g_jit_correct = jax.jit(g, static_argnames=['n'])\nprint(g_jit_correct(10, 20))",
         '30\n'),
        ("@jax.jit(static_argnames=['n'])\ndef g_jit_decorated(x, n):\n  i = 0\n  while i < n:\n    i += 1\n  return x + i\n\nprint(g_jit_decorated(10, 20))",
         '30\n'),
        ('from functools import partial\n\ndef unjitted_loop_body(prev_i):\n  return prev_i + 1\n\ndef g_inner_jitted_partial(x, n):\n  i = 0\n  while i < n:\n    # Don\'t do this! each time the partial returns\n    # a function with different hash\n    i = jax.jit(partial(unjitted_loop_body))(i)\n  return x + i\n\ndef g_inner_jitted_lambda(x, n):\n  i = 0\n  while i < n:\n    # Don\'t do this!, lambda will also return\n    # a function with a different hash\n    i = jax.jit(lambda x: unjitted_loop_body(x))(i)\n  return x + i\n\ndef g_inner_jitted_normal(x, n):\n  i = 0\n  while i < n:\n    # this is OK, since JAX can find the\n    # cached, compiled function\n    i = jax.jit(unjitted_loop_body)(i)\n  return x + i\n\nprint("jit called in a loop with partials:")\n\nprint("jit called in a loop with lambdas:")\n\nprint("jit called in a loop with caching:")',
         'jit called in a loop with partials:\njit called in a loop with lambdas:\njit called in a loop with caching:\n'),
    ]),
    ('automatic-vectorization', [
        ('import jax\nimport jax.numpy as jnp\n\nx = jnp.arange(5)\nw = jnp.array([2., 3., 4.])\n\ndef convolve(x, w):\n  output = []\n  for i in range(1, len(x)-1):\n    output.append(jnp.dot(x[i-1:i+2], w))\n  return jnp.array(output)\n\nconvolve(x, w)',
         'Array([11., 20., 29.], dtype=float32)\n'),
        ('xs = jnp.stack([x, x])\nws = jnp.stack([w, w])',
         ''),
        ('def manually_batched_convolve(xs, ws):\n  output = []\n  for i in range(xs.shape[0]):\n    output.append(convolve(xs[i], ws[i]))\n  return jnp.stack(output)\n\nmanually_batched_convolve(xs, ws)',
         'Array([[11., 20., 29.],\n       [11., 20., 29.]], dtype=float32)\n'),
        ('def manually_vectorized_convolve(xs, ws):\n  output = []\n  for i in range(1, xs.shape[-1] -1):\n    output.append(jnp.sum(xs[:, i-1:i+2] * ws, axis=1))\n  return jnp.stack(output, axis=1)\n\nmanually_vectorized_convolve(xs, ws)',
         'Array([[11., 20., 29.],\n       [11., 20., 29.]], dtype=float32)\n'),
        ('auto_batch_convolve = jax.vmap(convolve)\n\nauto_batch_convolve(xs, ws)',
         'Array([[11., 20., 29.],\n       [11., 20., 29.]], dtype=float32)\n'),
        ('auto_batch_convolve_v2 = jax.vmap(convolve, in_axes=1, out_axes=1)\n\nxst = jnp.transpose(xs)\nwst = jnp.transpose(ws)\n\nauto_batch_convolve_v2(xst, wst)',
         'Array([[11., 11.],\n       [20., 20.],\n       [29., 29.]], dtype=float32)\n'),
        ('batch_convolve_v3 = jax.vmap(convolve, in_axes=[0, None])\n\nbatch_convolve_v3(xs, w)',
         'Array([[11., 20., 29.],\n       [11., 20., 29.]], dtype=float32)\n'),
        ('jitted_batch_convolve = jax.jit(auto_batch_convolve)\n\njitted_batch_convolve(xs, ws)',
         'Array([[11., 20., 29.],\n       [11., 20., 29.]], dtype=float32)\n'),
        ('def pairwise(f, xs):\n  return jax.vmap(lambda x: jax.vmap(lambda y: f(x, y))(xs))(xs)',
         ''),
    ]),
    ('automatic-differentiation', [
        ('import jax\nimport jax.numpy as jnp\nfrom jax import grad\n\ngrad_tanh = grad(jnp.tanh)\nprint(grad_tanh(2.0))',
         '0.070650816\n'),
        ('print(grad(grad(jnp.tanh))(2.0))\nprint(grad(grad(grad(jnp.tanh)))(2.0))',
         '-0.13621868\n0.25265405\n'),
        ('f = lambda x: x**3 + 2*x**2 - 3*x + 1\n\ndfdx = jax.grad(f)',
         ''),
        ('d2fdx = jax.grad(dfdx)\nd3fdx = jax.grad(d2fdx)\nd4fdx = jax.grad(d3fdx)',
         ''),
        ('print(dfdx(1.))\nprint(d2fdx(1.))\nprint(d3fdx(1.))\nprint(d4fdx(1.))',
         '4.0\n10.0\n6.0\n0.0\n'),
        ('key = jax.random.key(0)\n\ndef sigmoid(x):\n  return 0.5 * (jnp.tanh(x / 2) + 1)\n\n# Outputs probability of a label being true.\ndef predict(W, b, inputs):\n  return sigmoid(jnp.dot(inputs, W) + b)\n\n# Build a toy dataset.\ninputs = jnp.array([[0.52, 1.12,  0.77],\n                    [0.88, -1.08, 0.15],\n                    [0.52, 0.06, -1.30],\n                    [0.74, -2.49, 1.39]])\ntargets = jnp.array([True, True, False, True])\n\n# Training loss is the negative log-likelihood of the training examples.\ndef loss(W, b):\n  preds = predict(W, b, inputs)\n  label_probs = preds * targets + (1 - preds) * (1 - targets)\n  return -jnp.sum(jnp.log(label_probs))\n\n# Initialize random model coefficients\nkey, W_key, b_key = jax.random.split(key, 3)\nW = jax.random.normal(W_key, (3,))\nb = jax.random.normal(b_key, ())',
         ''),
        ("# Differentiate `loss` with respect to the first positional argument:\nW_grad = grad(loss, argnums=0)(W, b)\nprint(f'{W_grad=}')\n\n# Since argnums=0 is the default, this does the same thing:\nW_grad = grad(loss)(W, b)\nprint(f'{W_grad=}')\n\n# But you can choose different values too, and drop the keyword:\nb_grad = grad(loss, 1)(W, b)\nprint(f'{b_grad=}')\n\n# Including tuple values\nW_grad, b_grad = grad(loss, (0, 1))(W, b)\nprint(f'{W_grad=}')\nprint(f'{b_grad=}')",
         'W_grad=Array([-0.433146 , -0.7354605, -1.2598922], dtype=float32)\nW_grad=Array([-0.433146 , -0.7354605, -1.2598922], dtype=float32)\nb_grad=Array(-0.69001776, dtype=float32)\nW_grad=Array([-0.433146 , -0.7354605, -1.2598922], dtype=float32)\nb_grad=Array(-0.69001776, dtype=float32)\n'),
        ("def loss2(params_dict):\n    preds = predict(params_dict['W'], params_dict['b'], inputs)\n    label_probs = preds * targets + (1 - preds) * (1 - targets)\n    return -jnp.sum(jnp.log(label_probs))\n\nprint(grad(loss2)({'W': W, 'b': b}))",
         "{'W': Array([-0.433146 , -0.7354605, -1.2598922], dtype=float32), 'b': Array(-0.69001776, dtype=float32)}\n"),
        ("loss_value, Wb_grad = jax.value_and_grad(loss, (0, 1))(W, b)\nprint('loss value', loss_value)\nprint('loss value', loss(W, b))",
         'loss value 2.9729187\nloss value 2.9729187\n'),
        ("# Set a step size for finite differences calculations\neps = 1e-4\n\n# Check b_grad with scalar finite differences\nb_grad_numerical = (loss(W, b + eps / 2.) - loss(W, b - eps / 2.)) / eps\nprint('b_grad_numerical', b_grad_numerical)\nprint('b_grad_autodiff', grad(loss, 1)(W, b))\n\n# Check W_grad with finite differences in a random direction\nkey, subkey = jax.random.split(key)\nvec = jax.random.normal(subkey, W.shape)\nunitvec = vec / jnp.sqrt(jnp.vdot(vec, vec))\nW_grad_numerical = (loss(W + eps / 2. * unitvec, b) - loss(W - eps / 2. * unitvec, b)) / eps\nprint('W_dirderiv_numerical', W_grad_numerical)\nprint('W_dirderiv_autodiff', jnp.vdot(grad(loss)(W, b), unitvec))",
         "b_grad_numerical -0.6890297\nb_grad_autodiff -0.69001776\nW_dirderiv_numerical 1.3041496\nW_dirderiv_autodiff 1.3006744\n"),
        ('from jax.test_util import check_grads\n\ncheck_grads(loss, (W, b), order=2)  # check up to 2nd order derivatives',
         ''),
    ]),
    ('pytrees', [
        ('# This ensures that code cell tracebacks appearing below will be concise.',
         ''),
        ('import jax\nimport jax.numpy as jnp',
         ''),
        ('list_of_lists = [\n    [1, 2, 3],\n    [1, 2],\n    [1, 2, 3, 4]\n]\n\njax.tree.map(lambda x: x*2, list_of_lists)',
         '[[2, 4, 6], [2, 4], [2, 4, 6, 8]]\n'),
        ('another_list_of_lists = list_of_lists\njax.tree.map(lambda x, y: x+y, list_of_lists, another_list_of_lists)',
         '[[2, 4, 6], [2, 4], [2, 4, 6, 8]]\n'),
        ('import numpy as np\n\ndef init_mlp_params(layer_widths):\n  params = []\n  for n_in, n_out in zip(layer_widths[:-1], layer_widths[1:]):\n    params.append(\n        dict(weights=np.random.normal(size=(n_in, n_out)) * np.sqrt(2/n_in),\n             biases=np.ones(shape=(n_out,))\n            )\n    )\n  return params\n\nparams = init_mlp_params([1, 128, 128, 1])',
         ''),
        ('jax.tree.map(lambda x: x.shape, params)',
         "[{'biases': (128,), 'weights': (1, 128)},\n {'biases': (128,), 'weights': (128, 128)},\n {'biases': (1,), 'weights': (128, 1)}]\n"),
        ("# Define the forward pass.\ndef forward(params, x):\n  *hidden, last = params\n  for layer in hidden:\n    x = jax.nn.relu(x @ layer['weights'] + layer['biases'])\n  return x @ last['weights'] + last['biases']\n\n# Define the loss function.\ndef loss_fn(params, x, y):\n  return jnp.mean((forward(params, x) - y) ** 2)\n\n# Set the learning rate.\nLEARNING_RATE = 0.0001\n\n# Using the stochastic gradient descent, define the parameter update function.\n# Apply `@jax.jit` for JIT compilation (speed).\n@jax.jit\ndef update(params, x, y):\n  # Calculate the gradients with `jax.grad`.\n  grads = jax.grad(loss_fn)(params, x, y)\n  # Note that `grads` is a pytree with the same structure as `params`.\n  # `jax.grad` is one of many JAX functions that has\n  # built-in support for pytrees.\n  # This is useful - you can apply the SGD update using JAX pytree utilities.\n  return jax.tree.map(\n      lambda p, g: p - LEARNING_RATE * g, params, grads\n  )",
         ''),
        ('from jax.tree_util import tree_structure\nprint(tree_structure(object))',
         'PyTreeDef(*)\n'),
        ('import collections\n\nATuple = collections.namedtuple("ATuple", (\'name\'))\n\ntree = [1, {\'k1\': 2, \'k2\': (3, 4)}, ATuple(\'foo\')]\nflattened, _ = jax.tree_util.tree_flatten_with_path(tree)\n\nfor key_path, value in flattened:\n  print(f\'Value of tree{jax.tree_util.keystr(key_path)}: {value}\')',
         "Value of tree[0]: 1\nValue of tree[1]['k1']: 2\nValue of tree[1]['k2'][0]: 3\nValue of tree[1]['k2'][1]: 4\nValue of tree[2].name: foo\n"),
        ("for key_path, _ in flattened:\n  print(f'Key path of tree{jax.tree_util.keystr(key_path)}: {repr(key_path)}')",
         "Key path of tree[0]: (SequenceKey(idx=0),)\nKey path of tree[1]['k1']: (SequenceKey(idx=1), DictKey(key='k1'))\nKey path of tree[1]['k2'][0]: (SequenceKey(idx=1), DictKey(key='k2'), SequenceKey(idx=0))\nKey path of tree[1]['k2'][1]: (SequenceKey(idx=1), DictKey(key='k2'), SequenceKey(idx=1))\nKey path of tree[2].name: (SequenceKey(idx=2), GetAttrKey(name='name'))\n"),
        ('a_tree = [jnp.zeros((2, 3)), jnp.zeros((3, 4))]\n\n# Try to make another pytree with ones instead of zeros.\nshapes = jax.tree.map(lambda x: x.shape, a_tree)\njax.tree.map(jnp.ones, shapes)',
         '[(Array([1., 1.], dtype=float32), Array([1., 1., 1.], dtype=float32)),\n (Array([1., 1., 1.], dtype=float32), Array([1., 1., 1., 1.], dtype=float32))]\n'),
        ('jax.tree.leaves([None, None, None])',
         '[]\n'),
        ('jax.tree.leaves([None, None, None], is_leaf=lambda x: x is None)',
         '[None, None, None]\n'),
        ('jax.tree.map(lambda x: x + 1, {1: 7, "y": 42})',
         "{1: 8, 'y': 43}\n"),
        ('def tree_transpose(list_of_trees):\n  """\n  Converts a list of trees of identical structure into a single tree of lists.\n  """\n  return jax.tree.map(lambda *xs: list(xs), *list_of_trees)\n\n# Convert a dataset from row-major to column-major.\nepisode_steps = [dict(t=1, obs=3), dict(t=2, obs=4)]\ntree_transpose(episode_steps)',
         "{'obs': [3, 4], 't': [1, 2]}\n"),
        ('jax.tree.transpose(\n  outer_treedef = jax.tree.structure([0 for e in episode_steps]),\n  inner_treedef = jax.tree.structure(episode_steps[0]),\n  pytree_to_transpose = episode_steps\n)',
         "{'obs': [3, 4], 't': [1, 2]}\n"),
    ]),
    # docs/custom_pytrees.md. The first cell's display of two default object reprs (addresses) is left out; the
    # two raises-exception cells on jax.vmap / jax.jacobian internals (object() leaves) and the hidden GPU-warning
    # cell are left out too. The outputs follow JAX's semantics as the page's text describes them (the markdown
    # stores none): registered classes and NamedTuples are nodes, unregistered ones leaves.
    ('custom-pytrees', [
        ('import jax\n\nclass Special(object):\n  def __init__(self, x, y):\n    self.x = x\n    self.y = y',
         ''),
        ('jax.tree.map(lambda x: x + 1,\n  [\n    Special(0, 1),\n    Special(2, 4)\n  ])',
         "TypeError: unsupported operand type(s) for +: 'Special' and 'int'\n"),
        ('from jax.tree_util import register_pytree_node\n\nclass RegisteredSpecial(Special):\n  def __repr__(self):\n    return "RegisteredSpecial(x={}, y={})".format(self.x, self.y)\n\ndef special_flatten(v):\n  """Specifies a flattening recipe.\n\n  Params:\n    v: The value of the registered type to flatten.\n  Returns:\n    A pair of an iterable with the children to be flattened recursively,\n    and some opaque auxiliary data to pass back to the unflattening recipe.\n    The auxiliary data is stored in the treedef for use during unflattening.\n    The auxiliary data could be used, for example, for dictionary keys.\n  """\n  children = (v.x, v.y)\n  aux_data = None\n  return (children, aux_data)\n\ndef special_unflatten(aux_data, children):\n  """Specifies an unflattening recipe.\n\n  Params:\n    aux_data: The opaque data that was specified during flattening of the\n      current tree definition.\n    children: The unflattened children\n\n  Returns:\n    A reconstructed object of the registered type, using the specified\n    children and auxiliary data.\n  """\n  return RegisteredSpecial(*children)\n\n# Global registration\nregister_pytree_node(\n    RegisteredSpecial,\n    special_flatten,    # Instruct JAX what are the children nodes.\n    special_unflatten   # Instruct JAX how to pack back into a `RegisteredSpecial`.\n)',
         ''),
        ('jax.tree.map(lambda x: x + 1,\n  [\n   RegisteredSpecial(0, 1),\n   RegisteredSpecial(2, 4),\n  ])',
         '[RegisteredSpecial(x=1, y=2), RegisteredSpecial(x=3, y=5)]\n'),
        ('from jax.tree_util import register_pytree_node_class\n\n@register_pytree_node_class\nclass RegisteredSpecial2(Special):\n  def __repr__(self):\n    return "RegisteredSpecial2(x={}, y={})".format(self.x, self.y)\n\n  def tree_flatten(self):\n    children = (self.x, self.y)\n    aux_data = None\n    return (children, aux_data)\n\n  @classmethod\n  def tree_unflatten(cls, aux_data, children):\n    return cls(*children)\n\n\ndef show_example(structured):\n  flat, tree = structured.tree_flatten()\n  unflattened = RegisteredSpecial2.tree_unflatten(tree, flat)\n  print(f"{structured=}\\n  {flat=}\\n  {tree=}\\n  {unflattened=}")\n\n\nshow_example(RegisteredSpecial2(1., 2.))',
         'structured=RegisteredSpecial2(x=1.0, y=2.0)\n  flat=(1.0, 2.0)\n  tree=None\n  unflattened=RegisteredSpecial2(x=1.0, y=2.0)\n'),
        ("from typing import NamedTuple, Any\n\nclass MyOtherContainer(NamedTuple):\n  name: str\n  a: Any\n  b: Any\n  c: Any\n\n# NamedTuple subclasses are handled as pytree nodes, so\n# this will work out-of-the-box.\njax.tree.leaves([\n    MyOtherContainer('Alice', 1, 2, 3),\n    MyOtherContainer('Bob', 4, 5, 6)\n])",
         "['Alice', 1, 2, 3, 'Bob', 4, 5, 6]\n"),
        ("from dataclasses import dataclass\nimport jax.numpy as jnp\nimport numpy as np\nimport functools\n\n@functools.partial(jax.tree_util.register_dataclass,\n                   data_fields=['a', 'b', 'c'],\n                   meta_fields=['name'])\n@dataclass\nclass MyDataclassContainer(object):\n  name: str\n  a: Any\n  b: Any\n  c: Any\n\n# MyDataclassContainer is now a pytree node.\njax.tree.leaves([\n  MyDataclassContainer('apple', 5.3, 1.2, jnp.zeros([4])),\n  MyDataclassContainer('banana', np.array([3, 4]), -1., 0.)\n])",
         '[5.3, 1.2, Array([0., 0., 0., 0.], dtype=float32), array([3, 4]), -1.0, 0.0]\n'),
        ("@jax.jit\ndef f(x: MyDataclassContainer | MyOtherContainer):\n  return x.a + x.b\n\n# Works fine! `mdc.name` is static.\nmdc = MyDataclassContainer('mdc', 1, 2, 3)\ny = f(mdc)",
         ''),
        ("moc = MyOtherContainer('moc', 1, 2, 3)\ny = f(moc)",
         "TypeError: Error interpreting argument to <function f> as an abstract array. The problematic value is of type <class 'str'> and was passed to the function at path x.name.\n"),
        ('class MyTree:\n  def __init__(self, a):\n    if not (type(a) is object or a is None or isinstance(a, MyTree)):\n      a = jnp.asarray(a)\n    self.a = a',
         ''),
        ('def tree_unflatten(aux_data, children):\n  del aux_data  # Unused in this class.\n  obj = object.__new__(MyTree)\n  obj.a = children[0]\n  return obj',
         ''),
        ('from jax.tree_util import tree_flatten, tree_unflatten\nimport jax.numpy as jnp\n\n# The structured value to be transformed\nvalue_structured = [1., (2., 3.)]\n\n# The leaves in value_flat correspond to the `*` markers in value_tree\nvalue_flat, value_tree = tree_flatten(value_structured)\nprint(f"{value_flat=}\\n{value_tree=}")\n\n# Transform the flat value list using an element-wise numeric transformer\ntransformed_flat = list(map(lambda v: v * 2., value_flat))\nprint(f"{transformed_flat=}")\n\n# Reconstruct the structured output, using the original\ntransformed_structured = tree_unflatten(value_tree, transformed_flat)\nprint(f"{transformed_structured=}")',
         'value_flat=[1.0, 2.0, 3.0]\nvalue_tree=PyTreeDef([*, (*, *)])\ntransformed_flat=[2.0, 4.0, 6.0]\ntransformed_structured=[2.0, (4.0, 6.0)]\n'),
        ("from collections import namedtuple\nPoint = namedtuple('Point', ['x', 'y'])\n\nexample_containers = [\n    (1., [2., 3.]),\n    (1., {'b': 2., 'a': 3.}),\n    1.,\n    None,\n    jnp.zeros(2),\n    Point(1., 2.)\n]\ndef show_example(structured):\n  flat, tree = tree_flatten(structured)\n  unflattened = tree_unflatten(tree, flat)\n  print(f\"{structured=}\\n  {flat=}\\n  {tree=}\\n  {unflattened=}\")\n\nfor structured in example_containers:\n  show_example(structured)",
         "structured=(1.0, [2.0, 3.0])\n  flat=[1.0, 2.0, 3.0]\n  tree=PyTreeDef((*, [*, *]))\n  unflattened=(1.0, [2.0, 3.0])\n"
         "structured=(1.0, {'b': 2.0, 'a': 3.0})\n  flat=[1.0, 3.0, 2.0]\n  tree=PyTreeDef((*, {'a': *, 'b': *}))\n  unflattened=(1.0, {'a': 3.0, 'b': 2.0})\n"
         "structured=1.0\n  flat=[1.0]\n  tree=PyTreeDef(*)\n  unflattened=1.0\n"
         "structured=None\n  flat=[]\n  tree=PyTreeDef(None)\n  unflattened=None\n"
         "structured=Array([0., 0.], dtype=float32)\n  flat=[Array([0., 0.], dtype=float32)]\n  tree=PyTreeDef(*)\n  unflattened=Array([0., 0.], dtype=float32)\n"
         "structured=Point(x=1.0, y=2.0)\n  flat=[1.0, 2.0]\n  tree=PyTreeDef(CustomNode(namedtuple[Point], [*, *]))\n  unflattened=Point(x=1.0, y=2.0)\n"),
    ]),
    # docs/stateful-computations.md. The last cell's matplotlib lines (scatter, plot, legend) are left out; the fit
    # itself stays and shows nothing.
    ('stateful-computations', [
        ('import jax\nimport jax.numpy as jnp\n\nclass Counter:\n  """A simple counter."""\n\n  def __init__(self):\n    self.n = 0\n\n  def count(self) -> int:\n    """Increments the counter and returns the new value."""\n    self.n += 1\n    return self.n\n\n  def reset(self):\n    """Resets the counter to zero."""\n    self.n = 0\n\n\ncounter = Counter()\n\nfor _ in range(3):\n  print(counter.count())',
         '1\n2\n3\n'),
        ('counter.reset()\nfast_count = jax.jit(counter.count)\n\nfor _ in range(3):\n  print(fast_count())',
         '1\n1\n1\n'),
        ('CounterState = int\n\nclass CounterV2:\n\n  def count(self, n: CounterState) -> tuple[int, CounterState]:\n    # You could just return n+1, but here we separate its role as \n    # the output and as the counter state for didactic purposes.\n    return n+1, n+1\n\n  def reset(self) -> CounterState:\n    return 0\n\ncounter = CounterV2()\nstate = counter.reset()\n\nfor _ in range(3):\n  value, state = counter.count(state)\n  print(value)',
         '1\n2\n3\n'),
        ('state = counter.reset()\nfast_count = jax.jit(counter.count)\n\nfor _ in range(3):\n  value, state = fast_count(state)\n  print(value)',
         '1\n2\n3\n'),
        ('from typing import NamedTuple\n\nclass Params(NamedTuple):\n  weight: jnp.ndarray\n  bias: jnp.ndarray\n\n\ndef init(rng) -> Params:\n  """Returns the initial model params."""\n  weights_key, bias_key = jax.random.split(rng)\n  weight = jax.random.normal(weights_key, ())\n  bias = jax.random.normal(bias_key, ())\n  return Params(weight, bias)\n\n\ndef loss(params: Params, x: jnp.ndarray, y: jnp.ndarray) -> jnp.ndarray:\n  """Computes the least squares error of the model\'s predictions on x against y."""\n  pred = params.weight * x + params.bias\n  return jnp.mean((pred - y) ** 2)\n\n\nLEARNING_RATE = 0.005\n\n@jax.jit\ndef update(params: Params, x: jnp.ndarray, y: jnp.ndarray) -> Params:\n  """Performs one SGD update step on params using the given data."""\n  grad = jax.grad(loss)(params, x, y)\n\n  # If we were using Adam or another stateful optimizer,\n  # we would also do something like\n  #\n  #   updates, new_optimizer_state = optimizer(grad, optimizer_state)\n  # \n  # and then use `updates` instead of `grad` to actually update the params.\n  # (And we\'d include `new_optimizer_state` in the output, naturally.)\n\n  new_params = jax.tree.map(\n      lambda param, g: param - g * LEARNING_RATE, params, grad)\n\n  return new_params',
         ''),
        ('rng = jax.random.key(42)\n\n# Generate true data from y = w*x + b + noise\ntrue_w, true_b = 2, -1\nx_rng, noise_rng = jax.random.split(rng)\nxs = jax.random.normal(x_rng, (128, 1))\nnoise = jax.random.normal(noise_rng, (128, 1)) * 0.5\nys = xs * true_w + true_b + noise\n\n# Fit regression\nparams = init(rng)\nfor _ in range(1000):\n  params = update(params, xs, ys)',
         ''),
    ]),
    # docs/control-flow.md ("Control flow and logical operators with JIT"), outputs from its rendered page; then the
    # two cells that its successor, docs/201/control-flow.md, adds (lax.cond printed, lax.scan's cumulative sum), whose
    # outputs follow JAX's semantics (the page stores none): a weak float carry plus float32 elements is float32.
    ('control-flow', [
        ('from jax import grad, jit\nimport jax.numpy as jnp',
         ''),
        ('@jit\ndef f(x):\n  for i in range(3):\n    x = 2 * x\n  return x\n\nprint(f(3))',
         '24\n'),
        ('@jit\ndef g(x):\n  y = 0.\n  for i in range(x.shape[0]):\n    y = y + x[i]\n  return y\n\nprint(g(jnp.array([1., 2., 3.])))',
         '6.0\n'),
        ('@jit\ndef f(x):\n  if x < 3:\n    return 3. * x ** 2\n  else:\n    return -4 * x\n\n# This will fail!\nf(2)',
         'TracerBoolConversionError: Attempted boolean conversion of traced array with shape bool[].\n'),
        ('@jit\ndef g(x):\n  return (x > 0) and (x < 3)\n\n# This will fail!\ng(2)',
         'TracerBoolConversionError: Attempted boolean conversion of traced array with shape bool[].\n'),
        ("def f(x):\n  if x < 3:\n    return 3. * x ** 2\n  else:\n    return -4 * x\n\nf = jit(f, static_argnames='x')\n\nprint(f(2.))",
         '12.0\n'),
        ("def f(x, n):\n  y = 0.\n  for i in range(n):\n    y = y + x[i]\n  return y\n\nf = jit(f, static_argnames='n')\n\nf(jnp.array([2., 3., 4.]), 2)",
         'Array(5., dtype=float32)\n'),
        ("def example_fun(length, val):\n  return jnp.ones((length,)) * val\n# un-jit'd works fine\nprint(example_fun(5, 4))",
         '[4. 4. 4. 4. 4.]\n'),
        ('bad_example_jit = jit(example_fun)\n# this will fail:\nbad_example_jit(10, 4)',
         'TypeError: Shapes must be 1D sequences of concrete values of integer type, got (JitTracer(~int32[]),).\n'),
        ("# static_argnames tells JAX to recompile on changes at these argument positions:\ngood_example_jit = jit(example_fun, static_argnames='length')\n# first compile\nprint(good_example_jit(10, 4))\n# recompiles\nprint(good_example_jit(5, 4))",
         '[4. 4. 4. 4. 4. 4. 4. 4. 4. 4.]\n[4. 4. 4. 4. 4.]\n'),
        ('@jit\ndef f(x):\n  print(x)\n  y = 2 * x\n  print(y)\n  return y\nf(2)',
         'JitTracer(~int32[])\nJitTracer(~int32[])\nArray(4, dtype=int32, weak_type=True)\n'),
        ('from jax import lax\n\noperand = jnp.array([0.])\nlax.cond(True, lambda x: x+1, lambda x: x-1, operand)\n# --> array([1.], dtype=float32)\nlax.cond(False, lambda x: x+1, lambda x: x-1, operand)\n# --> array([-1.], dtype=float32)',
         'Array([-1.], dtype=float32)\n'),
        ('init_val = 0\ncond_fun = lambda x: x < 10\nbody_fun = lambda x: x+1\nlax.while_loop(cond_fun, body_fun, init_val)\n# --> array(10, dtype=int32)',
         'Array(10, dtype=int32, weak_type=True)\n'),
        ('init_val = 0\nstart = 0\nstop = 10\nbody_fun = lambda i,x: x+i\nlax.fori_loop(start, stop, body_fun, init_val)\n# --> array(45, dtype=int32)',
         'Array(45, dtype=int32, weak_type=True)\n'),
        ('def python_check_positive_even(x):\n  is_even = x % 2 == 0\n  # `and` short-circults, so when `is_even` is `False`, `x > 0` is not evaluated.\n  return is_even and (x > 0)\n\n@jit\ndef jax_check_positive_even(x):\n  is_even = x % 2 == 0\n  # `logical_and` does not short circuit, so `x > 0` is always evaluated.\n  return jnp.logical_and(is_even, x > 0)\n\nprint(python_check_positive_even(24))\nprint(jax_check_positive_even(24))',
         'True\nTrue\n'),
        ('x = jnp.array([-1, 2, 5])\nprint(jax_check_positive_even(x))',
         '[False  True False]\n'),
        ('print(python_check_positive_even(x))',
         'ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()\n'),
        ('def f(x):\n  if x < 3:\n    return 3. * x ** 2\n  else:\n    return -4 * x\n\nprint(grad(f)(2.))  # ok!\nprint(grad(f)(4.))  # ok!',
         '12.0\n-4.0\n'),
        ('from jax import lax\n\noperand = jnp.array([0.])\nprint(lax.cond(True, lambda x: x+1, lambda x: x-1, operand))\nprint(lax.cond(False, lambda x: x+1, lambda x: x-1, operand))',
         '[1.]\n[-1.]\n'),
        ("def cumsum_step(carry, x):\n  new_carry = carry + x\n  return new_carry, new_carry   # (next state, this step's output)\n\nfinal, cumulative = lax.scan(cumsum_step, 0.0, jnp.arange(1., 5.))\nprint(final)\nprint(cumulative)",
         '10.0\n[ 1.  3.  6. 10.]\n'),
    ]),
    # docs/debugging.md ("Introduction to debugging"), outputs from its rendered page. Left out: the two
    # jax.debug.breakpoint cells tagged skip-execution (they pause for a debugger), and the summaries' code blocks
    # that are not notebook cells. The jax.debug.callback cells log through `logging.warning`, which writes to stderr;
    # the notebook shows it under the cell ("WARNING:root:Logged value: 1.0"), and so does the playground, which has
    # one output stream.
    ('debugging', [
        ('import jax\nimport jax.numpy as jnp\n\n@jax.jit\ndef f(x):\n  print("print(x) ->", x)\n  y = jnp.sin(x)\n  print("print(y) ->", y)\n  return y\n\nresult = f(2.)',
         'print(x) -> JitTracer(~float32[])\nprint(y) -> JitTracer(~float32[])\n'),
        ('@jax.jit\ndef f(x):\n  jax.debug.print("jax.debug.print(x) -> {x}", x=x)\n  y = jnp.sin(x)\n  jax.debug.print("jax.debug.print(y) -> {y}", y=y)\n  return y\n\nresult = f(2.)',
         'jax.debug.print(x) -> 2.0\njax.debug.print(y) -> 0.9092974066734314\n'),
        ('def f(x):\n  jax.debug.print("jax.debug.print(x) -> {}", x)\n  y = jnp.sin(x)\n  jax.debug.print("jax.debug.print(y) -> {}", y)\n  return y\n\nxs = jnp.arange(3.)\n\nresult = jax.vmap(f)(xs)',
         'jax.debug.print(x) -> 0.0\njax.debug.print(x) -> 1.0\njax.debug.print(x) -> 2.0\njax.debug.print(y) -> 0.0\njax.debug.print(y) -> 0.8414709568023682\njax.debug.print(y) -> 0.9092974066734314\n'),
        ('result = jax.lax.map(f, xs)',
         'jax.debug.print(y) -> 0.0\njax.debug.print(x) -> 0.0\njax.debug.print(y) -> 0.8414709568023682\njax.debug.print(x) -> 1.0\njax.debug.print(y) -> 0.9092974066734314\njax.debug.print(x) -> 2.0\n'),
        ('def f(x):\n  jax.debug.print("jax.debug.print(x) -> {}", x)\n  return x ** 2\n\nresult = jax.grad(f)(1.)',
         'jax.debug.print(x) -> 1.0\n'),
        ('@jax.jit\ndef f(x, y):\n  jax.debug.print("jax.debug.print(x) -> {}", x, ordered=True)\n  jax.debug.print("jax.debug.print(y) -> {}", y, ordered=True)\n  return x + y\n\nf(1, 2)',
         'jax.debug.print(x) -> 1\njax.debug.print(y) -> 2\nArray(3, dtype=int32, weak_type=True)\n'),
        ('def breakpoint_if_nonfinite(x):\n  is_finite = jnp.isfinite(x).all()\n  def true_fn(x):\n    pass\n  def false_fn(x):\n    jax.debug.breakpoint()\n  jax.lax.cond(is_finite, true_fn, false_fn, x)\n\n@jax.jit\ndef f(x, y):\n  z = x / y\n  breakpoint_if_nonfinite(z)\n  return z\n\nf(2., 1.) # ==> No breakpoint',
         'Array(2., dtype=float32, weak_type=True)\n'),
        ("import logging\n\ndef log_value(x):\n  logging.warning(f'Logged value: {x}')\n\n@jax.jit\ndef f(x):\n  jax.debug.callback(log_value, x)\n  return x\n\nf(1.0);",
         'WARNING:root:Logged value: 1.0\n'),
        ('x = jnp.arange(5.0)\njax.vmap(f)(x);',
         'WARNING:root:Logged value: 0.0\nWARNING:root:Logged value: 1.0\nWARNING:root:Logged value: 2.0\nWARNING:root:Logged value: 3.0\nWARNING:root:Logged value: 4.0\n'),
        ('jax.grad(f)(1.0);',
         'WARNING:root:Logged value: 1.0\n'),
    ]),
    # docs/advanced-autodiff.md ("Advanced automatic differentiation"), up to the implementation of jacfwd/jacrev;
    # outputs from the rendered page of the same cells (since split out as higher-order.html). `%timeit` lines are left
    # out (their cells' prints stay). The cells after the Hessian printout show nothing but what they print; their
    # outputs follow from the code (True from allclose, the two heading prints), as the markdown stores none.
    ('advanced-autodiff', [
        ('import jax\nimport jax.numpy as jnp\nfrom jax import grad, jit, vmap\nfrom jax import random\n\nkey = random.key(0)',
         ''),
        ('def hessian(f):\n  return jax.jacfwd(jax.grad(f))',
         ''),
        ('def f(x):\n  return jnp.dot(x, x)\n\nhessian(f)(jnp.array([1., 2., 3.]))',
         'Array([[2., 0., 0.],\n       [0., 2., 0.],\n       [0., 0., 2.]], dtype=float32)\n'),
        ('# Value function and initial parameters\nvalue_fn = lambda theta, state: jnp.dot(theta, state)\ntheta = jnp.array([0.1, -0.1, 0.])',
         ''),
        ('# An example transition.\ns_tm1 = jnp.array([1., 2., -1.])\nr_t = jnp.array(1.)\ns_t = jnp.array([2., 1., 0.])',
         ''),
        ('def td_loss(theta, s_tm1, r_t, s_t):\n  v_tm1 = value_fn(theta, s_tm1)\n  target = r_t + value_fn(theta, s_t)\n  return -0.5 * ((target - v_tm1) ** 2)\n\ntd_update = jax.grad(td_loss)\ndelta_theta = td_update(theta, s_tm1, r_t, s_t)\n\ndelta_theta',
         'Array([-1.2,  1.2, -1.2], dtype=float32)\n'),
        ('def td_loss(theta, s_tm1, r_t, s_t):\n  v_tm1 = value_fn(theta, s_tm1)\n  target = r_t + value_fn(theta, s_t)\n  return -0.5 * ((jax.lax.stop_gradient(target) - v_tm1) ** 2)\n\ntd_update = jax.grad(td_loss)\ndelta_theta = td_update(theta, s_tm1, r_t, s_t)\n\ndelta_theta',
         'Array([ 1.2,  2.4, -1.2], dtype=float32)\n'),
        ('s_grad = jax.grad(value_fn)(theta, s_tm1)\ndelta_theta_original_calculation = (r_t + value_fn(theta, s_t) - value_fn(theta, s_tm1)) * s_grad\n\ndelta_theta_original_calculation # [1.2, 2.4, -1.2], same as `delta_theta`',
         'Array([ 1.2,  2.4, -1.2], dtype=float32)\n'),
        ('def f(x):\n  return jnp.round(x)  # non-differentiable\n\ndef straight_through_f(x):\n  # Create an exactly-zero expression with Sterbenz lemma that has\n  # an exactly-one gradient.\n  zero = x - jax.lax.stop_gradient(x)\n  return zero + jax.lax.stop_gradient(f(x))\n\nprint("f(x): ", f(3.2))\nprint("straight_through_f(x):", straight_through_f(3.2))\n\nprint("grad(f)(x):", jax.grad(f)(3.2))\nprint("grad(straight_through_f)(x):", jax.grad(straight_through_f)(3.2))',
         'f(x):  3.0\nstraight_through_f(x): 3.0\ngrad(f)(x): 0.0\ngrad(straight_through_f)(x): 1.0\n'),
        ('perex_grads = jax.jit(jax.vmap(jax.grad(td_loss), in_axes=(None, 0, 0, 0)))\n\n# Test it:\nbatched_s_tm1 = jnp.stack([s_tm1, s_tm1])\nbatched_r_t = jnp.stack([r_t, r_t])\nbatched_s_t = jnp.stack([s_t, s_t])\n\nperex_grads(theta, batched_s_tm1, batched_r_t, batched_s_t)',
         'Array([[ 1.2,  2.4, -1.2],\n       [ 1.2,  2.4, -1.2]], dtype=float32)\n'),
        ('dtdloss_dtheta = jax.grad(td_loss)\n\ndtdloss_dtheta(theta, s_tm1, r_t, s_t)',
         'Array([ 1.2,  2.4, -1.2], dtype=float32)\n'),
        ('almost_perex_grads = jax.vmap(dtdloss_dtheta)\n\nbatched_theta = jnp.stack([theta, theta])\nalmost_perex_grads(batched_theta, batched_s_tm1, batched_r_t, batched_s_t)',
         'Array([[ 1.2,  2.4, -1.2],\n       [ 1.2,  2.4, -1.2]], dtype=float32)\n'),
        ('inefficient_perex_grads = jax.vmap(dtdloss_dtheta, in_axes=(None, 0, 0, 0))\n\ninefficient_perex_grads(theta, batched_s_tm1, batched_r_t, batched_s_t)',
         'Array([[ 1.2,  2.4, -1.2],\n       [ 1.2,  2.4, -1.2]], dtype=float32)\n'),
        ('perex_grads = jax.jit(inefficient_perex_grads)\n\nperex_grads(theta, batched_s_tm1, batched_r_t, batched_s_t)',
         'Array([[ 1.2,  2.4, -1.2],\n       [ 1.2,  2.4, -1.2]], dtype=float32)\n'),
        ('def hvp(f, x, v):\n    return grad(lambda x: jnp.vdot(grad(f)(x), v))(x)',
         ''),
        ('from jax import jacfwd, jacrev\n\n# Define a sigmoid function.\ndef sigmoid(x):\n    return 0.5 * (jnp.tanh(x / 2) + 1)\n\n# Outputs probability of a label being true.\ndef predict(W, b, inputs):\n    return sigmoid(jnp.dot(inputs, W) + b)\n\n# Build a toy dataset.\ninputs = jnp.array([[0.52, 1.12,  0.77],\n                   [0.88, -1.08, 0.15],\n                   [0.52, 0.06, -1.30],\n                   [0.74, -2.49, 1.39]])\n\n# Initialize random model coefficients\nkey, W_key, b_key = random.split(key, 3)\nW = random.normal(W_key, (3,))\nb = random.normal(b_key, ())\n\n# Isolate the function from the weight matrix to the predictions\nf = lambda W: predict(W, b, inputs)\n\nJ = jacfwd(f)(W)\nprint("jacfwd result, with shape", J.shape)\nprint(J)\n\nJ = jacrev(f)(W)\nprint("jacrev result, with shape", J.shape)\nprint(J)',
         'jacfwd result, with shape (4, 3)\n[[ 0.05069415  0.1091874   0.07506633]\n [ 0.14170025 -0.17390487  0.02415345]\n [ 0.12579198  0.01451446 -0.31447992]\n [ 0.00574409 -0.0193281   0.01078958]]\n'
         'jacrev result, with shape (4, 3)\n[[ 0.05069415  0.10918741  0.07506634]\n [ 0.14170025 -0.17390487  0.02415345]\n [ 0.12579198  0.01451446 -0.31447995]\n [ 0.00574409 -0.0193281   0.01078958]]\n'),
        ('def predict_dict(params, inputs):\n    return predict(params[\'W\'], params[\'b\'], inputs)\n\nJ_dict = jacrev(predict_dict)({\'W\': W, \'b\': b}, inputs)\nfor k, v in J_dict.items():\n    print("Jacobian from {} to logits is".format(k))\n    print(v)',
         'Jacobian from W to logits is\n[[ 0.05069415  0.10918741  0.07506634]\n [ 0.14170025 -0.17390487  0.02415345]\n [ 0.12579198  0.01451446 -0.31447995]\n [ 0.00574409 -0.0193281   0.01078958]]\nJacobian from b to logits is\n[0.09748876 0.16102302 0.24190766 0.00776229]\n'),
        ('def hessian(f):\n    return jacfwd(jacrev(f))\n\nH = hessian(f)(W)\nprint("hessian, with shape", H.shape)\nprint(H)',
         'hessian, with shape (4, 3, 3)\n'
         '[[[ 0.02058932  0.04434624  0.03048803]\n  [ 0.04434623  0.09551499  0.06566654]\n  [ 0.03048803  0.06566655  0.04514575]]\n\n'
         ' [[-0.0743913   0.09129842 -0.01268033]\n  [ 0.09129842 -0.11204806  0.01556223]\n  [-0.01268034  0.01556223 -0.00216142]]\n\n'
         ' [[ 0.01176856  0.00135791 -0.02942139]\n  [ 0.00135791  0.00015668 -0.00339478]\n  [-0.0294214  -0.00339478  0.07355348]]\n\n'
         ' [[-0.00418412  0.014079   -0.00785936]\n  [ 0.014079   -0.04737393  0.02644569]\n  [-0.00785936  0.02644569 -0.01476286]]]\n'),
        ('from jax import jvp\n\n# Isolate the function from the weight matrix to the predictions\nf = lambda W: predict(W, b, inputs)\n\nkey, subkey = random.split(key)\nv = random.normal(subkey, W.shape)\n\n# Push forward the vector `v` along `f` evaluated at `W`\ny, u = jvp(f, (W,), (v,))',
         ''),
        ('from jax import vjp\n\n# Isolate the function from the weight matrix to the predictions\nf = lambda W: predict(W, b, inputs)\n\ny, vjp_fun = vjp(f, W)\n\nkey, subkey = random.split(key)\nu = random.normal(subkey, y.shape)\n\n# Pull back the covector `u` along `f` evaluated at `W`\nv = vjp_fun(u)',
         ''),
        ('def vgrad(f, x):\n  y, vjp_fn = vjp(f, x)\n  return vjp_fn(jnp.ones(y.shape))[0]\n\nprint(vgrad(lambda x: 3*x**2, jnp.ones((2, 2))))',
         '[[6. 6.]\n [6. 6.]]\n'),
        ('def hvp(f, x, v):\n    return grad(lambda x: jnp.vdot(grad(f)(x), v))(x)',
         ''),
        ('# forward-over-reverse\ndef hvp(f, primals, tangents):\n  return jvp(grad(f), primals, tangents)[1]',
         ''),
        ('def f(X):\n  return jnp.sum(jnp.tanh(X)**2)\n\nkey, subkey1, subkey2 = random.split(key, 3)\nX = random.normal(subkey1, (30, 40))\nV = random.normal(subkey2, (30, 40))\n\nans1 = hvp(f, (X,), (V,))\nans2 = jnp.tensordot(hessian(f)(X), V, 2)\n\nprint(jnp.allclose(ans1, ans2, 1e-4, 1e-4))',
         'True\n'),
        ('# Reverse-over-forward\ndef hvp_revfwd(f, primals, tangents):\n  g = lambda primals: jvp(f, primals, tangents)[1]\n  return grad(g)(primals)',
         ''),
        ('# Reverse-over-reverse, only works for single arguments\ndef hvp_revrev(f, primals, tangents):\n  x, = primals\n  v, = tangents\n  return grad(lambda x: jnp.vdot(grad(f)(x), v))(x)\n\n\nprint("Forward over reverse")\nprint("Reverse over forward")\nprint("Reverse over reverse")\n\nprint("Naive full Hessian materialization")',
         'Forward over reverse\nReverse over forward\nReverse over reverse\nNaive full Hessian materialization\n'),
        ("# Isolate the function from the weight matrix to the predictions\nf = lambda W: predict(W, b, inputs)\n\n# Pull back the covectors `m_i` along `f`, evaluated at `W`, for all `i`.\n# First, use a list comprehension to loop over rows in the matrix M.\ndef loop_mjp(f, x, M):\n    y, vjp_fun = vjp(f, x)\n    return jnp.vstack([vjp_fun(mi) for mi in M])\n\n# Now, use vmap to build a computation that does a single fast matrix-matrix\n# multiply, rather than an outer loop over vector-matrix multiplies.\ndef vmap_mjp(f, x, M):\n    y, vjp_fun = vjp(f, x)\n    outs, = vmap(vjp_fun)(M)\n    return outs\n\nkey = random.key(0)\nnum_covecs = 128\nU = random.normal(key, (num_covecs,) + y.shape)\n\nloop_vs = loop_mjp(f, W, M=U)\nprint('Non-vmapped Matrix-Jacobian product')\n\nprint('\\nVmapped Matrix-Jacobian product')\nvmap_vs = vmap_mjp(f, W, M=U)\n\nassert jnp.allclose(loop_vs, vmap_vs), 'Vmap and non-vmapped Matrix-Jacobian Products should be identical'",
         'Non-vmapped Matrix-Jacobian product\n\nVmapped Matrix-Jacobian product\n'),
        ("def loop_jmp(f, W, M):\n    # jvp immediately returns the primal and tangent values as a tuple,\n    # so we'll compute and select the tangents in a list comprehension\n    return jnp.vstack([jvp(f, (W,), (mi,))[1] for mi in M])\n\ndef vmap_jmp(f, W, M):\n    _jvp = lambda s: jvp(f, (W,), (s,))[1]\n    return vmap(_jvp)(M)\n\nnum_vecs = 128\nS = random.normal(key, (num_vecs,) + W.shape)\n\nloop_vs = loop_jmp(f, W, M=S)\nprint('Non-vmapped Jacobian-Matrix product')\nvmap_vs = vmap_jmp(f, W, M=S)\nprint('\\nVmapped Jacobian-Matrix product')\n\nassert jnp.allclose(loop_vs, vmap_vs), 'Vmap and non-vmapped Jacobian-Matrix products should be identical'",
         'Non-vmapped Jacobian-Matrix product\n\nVmapped Jacobian-Matrix product\n'),
        ("from jax import jacrev as builtin_jacrev\n\ndef our_jacrev(f):\n    def jacfun(x):\n        y, vjp_fun = vjp(f, x)\n        # Use vmap to do a matrix-Jacobian product.\n        # Here, the matrix is the Euclidean basis, so we get all\n        # entries in the Jacobian at once.\n        J, = vmap(vjp_fun, in_axes=0)(jnp.eye(len(y)))\n        return J\n    return jacfun\n\nassert jnp.allclose(builtin_jacrev(f)(W), our_jacrev(f)(W)), 'Incorrect reverse-mode Jacobian results!'",
         ''),
        ("from jax import jacfwd as builtin_jacfwd\n\ndef our_jacfwd(f):\n    def jacfun(x):\n        _jvp = lambda s: jvp(f, (x,), (s,))[1]\n        Jt = vmap(_jvp, in_axes=1)(jnp.eye(len(x)))\n        return jnp.transpose(Jt)\n    return jacfun\n\nassert jnp.allclose(builtin_jacfwd(f)(W), our_jacfwd(f)(W)), 'Incorrect forward-mode Jacobian results!'",
         ''),
    ]),
    # docs/notebooks/Custom_derivative_rules_for_Python_code.ipynb ("Custom derivative rules for JAX-transformable
    # Python functions", the custom_jvp/custom_vjp part advanced-autodiff.md links to): every code cell in order, with
    # the outputs the .ipynb stores (jax-ml/jax, docs/notebooks/). The matplotlib lines of its two plotting cells are
    # left out (those cells then show nothing).
    ('custom-derivative-rules', [
        ('import jax.numpy as jnp\nfrom jax import custom_jvp\n\n@custom_jvp\ndef f(x, y):\n  return jnp.sin(x) * y\n\n@f.defjvp\ndef f_jvp(primals, tangents):\n  x, y = primals\n  x_dot, y_dot = tangents\n  primal_out = f(x, y)\n  tangent_out = jnp.cos(x) * x_dot * y + jnp.sin(x) * y_dot\n  return primal_out, tangent_out',
         ''),
        ('from jax import jvp, grad\n\nprint(f(2., 3.))\ny, y_dot = jvp(f, (2., 3.), (1., 0.))\nprint(y)\nprint(y_dot)\nprint(grad(f)(2., 3.))',
         '2.7278922\n2.7278922\n-1.2484405\n-1.2484405\n'),
        ('# Equivalent alternative using the defjvps convenience wrapper\n\n@custom_jvp\ndef f(x, y):\n  return jnp.sin(x) * y\n\nf.defjvps(lambda x_dot, primal_out, x, y: jnp.cos(x) * x_dot * y,\n          lambda y_dot, primal_out, x, y: jnp.sin(x) * y_dot)',
         ''),
        ('print(f(2., 3.))\ny, y_dot = jvp(f, (2., 3.), (1., 0.))\nprint(y)\nprint(y_dot)\nprint(grad(f)(2., 3.))',
         '2.7278922\n2.7278922\n-1.2484405\n-1.2484405\n'),
        ('from jax import custom_vjp\n\n@custom_vjp\ndef f(x, y):\n  return jnp.sin(x) * y\n\ndef f_fwd(x, y):\n  # Returns primal output and residuals to be used in backward pass by f_bwd.\n  return f(x, y), (jnp.cos(x), jnp.sin(x), y)\n\ndef f_bwd(res, g):\n  cos_x, sin_x, y = res # Gets residuals computed in f_fwd\n  return (cos_x * g * y, sin_x * g)\n\nf.defvjp(f_fwd, f_bwd)',
         ''),
        ('print(grad(f)(2., 3.))',
         '-1.2484405\n'),
        ('def log1pexp(x):\n  return jnp.log(1. + jnp.exp(x))\n\nlog1pexp(3.)',
         'Array(3.0485873, dtype=float32)\n'),
        ('from jax import jit, grad, vmap\n\nprint(jit(log1pexp)(3.))\nprint(jit(grad(log1pexp))(3.))\nprint(vmap(jit(grad(log1pexp)))(jnp.arange(3.)))',
         '3.0485873\n0.95257413\n[0.5        0.7310586  0.88079715]\n'),
        ('print(grad(log1pexp)(100.))',
         'nan\n'),
        ('from jax import make_jaxpr\n\nmake_jaxpr(grad(log1pexp))(100.)',
         '{ lambda  ; a.\n  let b = exp a\n      c = add b 1.0\n      _ = log c\n      d = div 1.0 c\n      e = mul d b\n  in (e,) }\n'),
        ('from jax import custom_jvp\n\n@custom_jvp\ndef log1pexp(x):\n  return jnp.log(1. + jnp.exp(x))\n\n@log1pexp.defjvp\ndef log1pexp_jvp(primals, tangents):\n  x, = primals\n  x_dot, = tangents\n  ans = log1pexp(x)\n  ans_dot = (1 - 1/(1 + jnp.exp(x))) * x_dot\n  return ans, ans_dot',
         ''),
        ('print(grad(log1pexp)(100.))',
         '1.0\n'),
        ('print(jit(log1pexp)(3.))\nprint(jit(grad(log1pexp))(3.))\nprint(vmap(jit(grad(log1pexp)))(jnp.arange(3.)))',
         '3.0485873\n0.95257413\n[0.5       0.7310586 0.8807971]\n'),
        ('@custom_jvp\ndef log1pexp(x):\n  return jnp.log(1. + jnp.exp(x))\n\nlog1pexp.defjvps(lambda t, ans, x: (1 - 1/(1 + jnp.exp(x))) * t)',
         ''),
        ('print(grad(log1pexp)(100.))\nprint(jit(log1pexp)(3.))\nprint(jit(grad(log1pexp))(3.))\nprint(vmap(jit(grad(log1pexp)))(jnp.arange(3.)))',
         '1.0\n3.0485873\n0.95257413\n[0.5       0.7310586 0.8807971]\n'),
        ('def f(x):\n  return x / (1 + jnp.sqrt(x))',
         ''),
        ('print(grad(f)(0.))',
         'nan\n'),
        ('@custom_jvp\ndef f(x):\n  return x / (1 + jnp.sqrt(x))\n\n@f.defjvp\ndef f_jvp(primals, tangents):\n  x, = primals\n  x_dot, = tangents\n  ans = f(x)\n  ans_dot = ((jnp.sqrt(x) + 2) / (2 * (jnp.sqrt(x) + 1)**2)) * x_dot\n  return ans, ans_dot',
         ''),
        ('print(grad(f)(0.))',
         '1.0\n'),
        ('@custom_jvp\ndef f(x):\n  return x / (1 + jnp.sqrt(x))\n\nf.defjvps(lambda t, ans, x: ((jnp.sqrt(x) + 2) / (2 * (jnp.sqrt(x) + 1)**2)) * t)',
         ''),
        ('print(grad(f)(0.))',
         '1.0\n'),
        ('from functools import partial\nfrom jax import custom_vjp\n\n@custom_vjp\ndef clip_gradient(lo, hi, x):\n  return x  # identity function\n\ndef clip_gradient_fwd(lo, hi, x):\n  return x, (lo, hi)  # save bounds as residuals\n\ndef clip_gradient_bwd(res, g):\n  lo, hi = res\n  return (None, None, jnp.clip(g, lo, hi))  # use None to indicate zero cotangents for lo and hi\n\nclip_gradient.defvjp(clip_gradient_fwd, clip_gradient_bwd)',
         ''),
        ('from jax import vmap\n\nt = jnp.linspace(0, 10, 1000)',
         ''),
        ('def clip_sin(x):\n  x = clip_gradient(-0.75, 0.75, x)\n  return jnp.sin(x)',
         ''),
        ('from jax.lax import while_loop\n\ndef fixed_point(f, a, x_guess):\n  def cond_fun(carry):\n    x_prev, x = carry\n    return jnp.abs(x_prev - x) > 1e-6\n\n  def body_fun(carry):\n    _, x = carry\n    return x, f(a, x)\n\n  _, x_star = while_loop(cond_fun, body_fun, (x_guess, f(a, x_guess)))\n  return x_star',
         ''),
        ('def newton_sqrt(a):\n  update = lambda a, x: 0.5 * (x + a / x)\n  return fixed_point(update, a, a)',
         ''),
        ('print(newton_sqrt(2.))',
         '1.4142135\n'),
        ('print(jit(vmap(newton_sqrt))(jnp.array([1., 2., 3., 4.])))',
         '[1.        1.4142135 1.7320508 2.       ]\n'),
        ('from jax import vjp\n\n@partial(custom_vjp, nondiff_argnums=(0,))\ndef fixed_point(f, a, x_guess):\n  def cond_fun(carry):\n    x_prev, x = carry\n    return jnp.abs(x_prev - x) > 1e-6\n\n  def body_fun(carry):\n    _, x = carry\n    return x, f(a, x)\n\n  _, x_star = while_loop(cond_fun, body_fun, (x_guess, f(a, x_guess)))\n  return x_star\n\ndef fixed_point_fwd(f, a, x_init):\n  x_star = fixed_point(f, a, x_init)\n  return x_star, (a, x_star)\n\ndef fixed_point_rev(f, res, x_star_bar):\n  a, x_star = res\n  _, vjp_a = vjp(lambda a: f(a, x_star), a)\n  a_bar, = vjp_a(fixed_point(partial(rev_iter, f),\n                             (a, x_star, x_star_bar),\n                             x_star_bar))\n  return a_bar, jnp.zeros_like(x_star)\n\ndef rev_iter(f, packed, u):\n  a, x_star, x_star_bar = packed\n  _, vjp_x = vjp(lambda x: f(a, x), x_star)\n  return x_star_bar + vjp_x(u)[0]\n\nfixed_point.defvjp(fixed_point_fwd, fixed_point_rev)',
         ''),
        ('print(newton_sqrt(2.))',
         '1.4142135\n'),
        ('print(grad(newton_sqrt)(2.))\nprint(grad(grad(newton_sqrt))(2.))',
         '0.35355335\n-0.088388346\n'),
        ('print(grad(jnp.sqrt)(2.))\nprint(grad(grad(jnp.sqrt))(2.))',
         '0.35355338\n-0.08838835\n'),
        ('from jax import custom_jvp\nimport jax.numpy as jnp\n\n# f :: a -> b\n@custom_jvp\ndef f(x):\n  return jnp.sin(x)\n\n# f_jvp :: (a, T a) -> (b, T b)\ndef f_jvp(primals, tangents):\n  x, = primals\n  t, = tangents\n  return f(x), jnp.cos(x) * t\n\nf.defjvp(f_jvp)',
         ''),
        ('from jax import jvp\n\nprint(f(3.))\n\ny, y_dot = jvp(f, (3.,), (1.,))\nprint(y)\nprint(y_dot)',
         '0.14112\n0.14112\n-0.9899925\n'),
        ('from jax import grad\n\nprint(grad(f)(3.))\nprint(grad(grad(f))(3.))',
         '-0.9899925\n-0.14112\n'),
        ('@custom_jvp\ndef f(x, y):\n  return x ** 2 * y\n\n@f.defjvp\ndef f_jvp(primals, tangents):\n  x, y = primals\n  x_dot, y_dot = tangents\n  primal_out = f(x, y)\n  tangent_out = 2 * x * y * x_dot + x ** 2 * y_dot\n  return primal_out, tangent_out',
         ''),
        ('print(grad(f)(2., 3.))',
         '12.0\n'),
        ('@custom_jvp\ndef f(x):\n  return jnp.sin(x)\n\nf.defjvps(lambda t, ans, x: jnp.cos(x) * t)',
         ''),
        ('print(grad(f)(3.))',
         '-0.9899925\n'),
        ('@custom_jvp\ndef f(x, y):\n  return x ** 2 * y\n\nf.defjvps(lambda x_dot, primal_out, x, y: 2 * x * y * x_dot,\n          lambda y_dot, primal_out, x, y: x ** 2 * y_dot)',
         ''),
        ('print(grad(f)(2., 3.))\nprint(grad(f, 0)(2., 3.))  # same as above\nprint(grad(f, 1)(2., 3.))',
         '12.0\n12.0\n4.0\n'),
        ('@custom_jvp\ndef f(x, y):\n  return x ** 2 * y\n\nf.defjvps(lambda x_dot, primal_out, x, y: 2 * x * y * x_dot,\n          None)',
         ''),
        ('print(grad(f)(2., 3.))\nprint(grad(f, 0)(2., 3.))  # same as above\nprint(grad(f, 1)(2., 3.))',
         '12.0\n12.0\n0.0\n'),
        ("@custom_jvp\ndef f(x):\n  print('called f!')  # a harmless side-effect\n  return jnp.sin(x)\n\n@f.defjvp\ndef f_jvp(primals, tangents):\n  print('called f_jvp!')  # a harmless side-effect\n  x, = primals\n  t, = tangents\n  return f(x), jnp.cos(x) * t",
         ''),
        ('from jax import vmap, jit\n\nprint(f(3.))',
         'called f!\n0.14112\n'),
        ('print(vmap(f)(jnp.arange(3.)))\nprint(jit(f)(3.))',
         'called f!\n[0.        0.841471  0.9092974]\ncalled f!\n0.14112\n'),
        ('y, y_dot = jvp(f, (3.,), (1.,))\nprint(y_dot)',
         'called f_jvp!\ncalled f!\n-0.9899925\n'),
        ('print(grad(f)(3.))',
         'called f_jvp!\ncalled f!\n-0.9899925\n'),
        ('grad(grad(f))(3.)',
         'called f_jvp!\ncalled f_jvp!\ncalled f!\nArray(-0.14112, dtype=float32)\n'),
        ('@custom_jvp\ndef f(x):\n  if x > 0:\n    return jnp.sin(x)\n  else:\n    return jnp.cos(x)\n\n@f.defjvp\ndef f_jvp(primals, tangents):\n  x, = primals\n  x_dot, = tangents\n  ans = f(x)\n  if x > 0:\n    return ans, 2 * x_dot\n  else:\n    return ans, 3 * x_dot',
         ''),
        ('print(grad(f)(1.))\nprint(grad(f)(-1.))',
         '2.0\n3.0\n'),
        ('from jax import custom_vjp\nimport jax.numpy as jnp\n\n# f :: a -> b\n@custom_vjp\ndef f(x):\n  return jnp.sin(x)\n\n# f_fwd :: a -> (b, c)\ndef f_fwd(x):\n  return f(x), jnp.cos(x)\n\n# f_bwd :: (c, CT b) -> CT a\ndef f_bwd(cos_x, y_bar):\n  return (cos_x * y_bar,)\n\nf.defvjp(f_fwd, f_bwd)',
         ''),
        ('from jax import grad\n\nprint(f(3.))\nprint(grad(f)(3.))',
         '0.14112\n-0.9899925\n'),
        ('from jax import custom_vjp\n\n@custom_vjp\ndef f(x, y):\n  return jnp.sin(x) * y\n\ndef f_fwd(x, y):\n  return f(x, y), (jnp.cos(x), jnp.sin(x), y)\n\ndef f_bwd(res, g):\n  cos_x, sin_x, y = res\n  return (cos_x * g * y, sin_x * g)\n\nf.defvjp(f_fwd, f_bwd)',
         ''),
        ('print(grad(f)(2., 3.))',
         '-1.2484405\n'),
        ('@custom_vjp\ndef f(x):\n  print("called f!")\n  return jnp.sin(x)\n\ndef f_fwd(x):\n  print("called f_fwd!")\n  return f(x), jnp.cos(x)\n\ndef f_bwd(cos_x, y_bar):\n  print("called f_bwd!")\n  return (cos_x * y_bar,)\n\nf.defvjp(f_fwd, f_bwd)',
         ''),
        ('print(f(3.))',
         'called f!\n0.14112\n'),
        ('print(grad(f)(3.))',
         'called f_fwd!\ncalled f!\ncalled f_bwd!\n-0.9899925\n'),
        ('y, f_vjp = vjp(f, 3.)\nprint(y)',
         'called f_fwd!\ncalled f!\n0.14112\n'),
        ('print(f_vjp(1.))',
         'called f_bwd!\n(Array(-0.9899925, dtype=float32),)\n'),
        ("from jax import jvp\n\ntry:\n  jvp(f, (3.,), (1.,))\nexcept TypeError as e:\n  print('ERROR! {}'.format(e))",
         "called f_fwd!\ncalled f!\nERROR! can't apply forward-mode autodiff (jvp) to a custom_vjp function.\n"),
        ('import pdb\n\n@custom_vjp\ndef debug(x):\n  return x  # acts like identity\n\ndef debug_fwd(x):\n  return x, x\n\ndef debug_bwd(x, g):\n  pdb.set_trace()\n  return g\n\ndebug.defvjp(debug_fwd, debug_bwd)',
         ''),
        ('def foo(x):\n  y = x ** 2\n  y = debug(y)  # insert pdb in corresponding backward pass step\n  return jnp.sin(y)',
         ''),
        ('from collections import namedtuple\nPoint = namedtuple("Point", ["x", "y"])\n\n@custom_jvp\ndef f(pt):\n  x, y = pt.x, pt.y\n  return {\'a\': x ** 2,\n          \'b\': (jnp.sin(x), jnp.cos(y))}\n\n@f.defjvp\ndef f_jvp(primals, tangents):\n  pt, = primals\n  pt_dot, =  tangents\n  ans = f(pt)\n  ans_dot = {\'a\': 2 * pt.x * pt_dot.x,\n             \'b\': (jnp.cos(pt.x) * pt_dot.x, -jnp.sin(pt.y) * pt_dot.y)}\n  return ans, ans_dot\n\ndef fun(pt):\n  dct = f(pt)\n  return dct[\'a\'] + dct[\'b\'][0]',
         ''),
        ('pt = Point(1., 2.)\n\nprint(f(pt))',
         "{'a': 1.0, 'b': (Array(0.841471, dtype=float32), Array(-0.4161468, dtype=float32))}\n"),
        ('print(grad(fun)(pt))',
         'Point(x=Array(2.5403023, dtype=float32), y=array(0., dtype=float32))\n'),
        ("@custom_vjp\ndef f(pt):\n  x, y = pt.x, pt.y\n  return {'a': x ** 2,\n          'b': (jnp.sin(x), jnp.cos(y))}\n\ndef f_fwd(pt):\n  return f(pt), pt\n\ndef f_bwd(pt, g):\n  a_bar, (b0_bar, b1_bar) = g['a'], g['b']\n  x_bar = 2 * pt.x * a_bar + jnp.cos(pt.x) * b0_bar\n  y_bar = -jnp.sin(pt.y) * b1_bar\n  return (Point(x_bar, y_bar),)\n\nf.defvjp(f_fwd, f_bwd)\n\ndef fun(pt):\n  dct = f(pt)\n  return dct['a'] + dct['b'][0]",
         ''),
        ('pt = Point(1., 2.)\n\nprint(f(pt))',
         "{'a': 1.0, 'b': (Array(0.841471, dtype=float32), Array(-0.4161468, dtype=float32))}\n"),
        ('print(grad(fun)(pt))',
         'Point(x=Array(2.5403023, dtype=float32), y=Array(-0., dtype=float32))\n'),
        ('from functools import partial\n\n@partial(custom_jvp, nondiff_argnums=(0,))\ndef app(f, x):\n  return f(x)\n\n@app.defjvp\ndef app_jvp(f, primals, tangents):\n  x, = primals\n  x_dot, = tangents\n  return f(x), 2. * x_dot',
         ''),
        ('print(app(lambda x: x ** 3, 3.))',
         '27.0\n'),
        ('print(grad(app, 1)(lambda x: x ** 3, 3.))',
         '2.0\n'),
        ('@partial(custom_jvp, nondiff_argnums=(0, 2))\ndef app2(f, x, g):\n  return f(g((x)))\n\n@app2.defjvp\ndef app2_jvp(f, g, primals, tangents):\n  x, = primals\n  x_dot, = tangents\n  return f(g(x)), 3. * x_dot',
         ''),
        ('print(app2(lambda x: x ** 3, 3., lambda y: 5 * y))',
         '3375.0\n'),
        ('print(grad(app2, 1)(lambda x: x ** 3, 3., lambda y: 5 * y))',
         '3.0\n'),
        ('@partial(custom_vjp, nondiff_argnums=(0,))\ndef app(f, x):\n  return f(x)\n\ndef app_fwd(f, x):\n  return f(x), x\n\ndef app_bwd(f, x, g):\n  return (5 * g,)\n\napp.defvjp(app_fwd, app_bwd)',
         ''),
        ('print(app(lambda x: x ** 2, 4.))',
         '16.0\n'),
        ('print(grad(app, 1)(lambda x: x ** 2, 4.))',
         '5.0\n'),
    ]),
]

# The legacy "JAX 101" notebooks and the older notebooks' extra cells, with the outputs they store (jax-ml/jax at
# e70191bd9e, May 2024, the last commit before docs/jax-101/ was replaced by the pages above): 01-jax-basics,
# 02-jitting, 03-vectorization (its cells are automatic-vectorization's, so not repeated), 05-random-numbers,
# 05.1-pytrees and 07-state; 04-advanced-autodiff, 06-parallelism and 08-pjit are not here. thinking_in_jax.ipynb
# adds nothing the pages above lack but timings, plots and JAX 0.4 printing, quickstart.ipynb only its random draws.
# Where JAX 0.4 printed differently from today's JAX the expected text is today's form, taken from the current page
# that shows the same cell, and a comment says so; %timeit and matplotlib lines are left out as above.
LEGACY_PAGES = [
    ('jax101-basics', [
        # Cells of docs/jax-101/01-jax-basics.ipynb.
        ('import jax\nimport jax.numpy as jnp\n\nx = jnp.arange(10)\nprint(x)',
         '[0 1 2 3 4 5 6 7 8 9]\n'),
        ('x',
         'Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], dtype=int32)\n'),
        ('long_vector = jnp.arange(int(1e7))',
         ''),
        ('def sum_of_squares(x):\n  return jnp.sum(x**2)',
         ''),
        ('sum_of_squares_dx = jax.grad(sum_of_squares)\n\nx = jnp.asarray([1.0, 2.0, 3.0, 4.0])\n\nprint(sum_of_squares(x))\n\nprint(sum_of_squares_dx(x))',
         '30.0\n[2. 4. 6. 8.]\n'),
        ('def sum_squared_error(x, y):\n  return jnp.sum((x-y)**2)\n\nsum_squared_error_dx = jax.grad(sum_squared_error)\n\ny = jnp.asarray([1.1, 2.1, 3.1, 4.1])\n\nprint(sum_squared_error_dx(x, y))',
         '[-0.20000005 -0.19999981 -0.19999981 -0.19999981]\n'),
        ('jax.grad(sum_squared_error, argnums=(0, 1))(x, y)  # Find gradient wrt both x & y',
         '(Array([-0.20000005, -0.19999981, -0.19999981, -0.19999981], dtype=float32),\n Array([0.20000005, 0.19999981, 0.19999981, 0.19999981], dtype=float32))\n'),
        ('jax.value_and_grad(sum_squared_error)(x, y)',
         '(Array(0.03999995, dtype=float32),\n Array([-0.20000005, -0.19999981, -0.19999981, -0.19999981], dtype=float32))\n'),
        # The notebook stores this error's message in its traceback only (its 'evalue' is 'ignored'); today's JAX
        # words it the same.
        ('def squared_error_with_aux(x, y):\n  return sum_squared_error(x, y), x-y\n\njax.grad(squared_error_with_aux)(x, y)',
         'TypeError: Gradient only defined for scalar-output functions. Output was (Array(0.03999995, dtype=float32), Array([-0.10000002, -0.0999999 , -0.0999999 , -0.0999999 ], dtype=float32)).\n'),
        ('jax.grad(squared_error_with_aux, has_aux=True)(x, y)',
         '(Array([-0.20000005, -0.19999981, -0.19999981, -0.19999981], dtype=float32),\n Array([-0.10000002, -0.0999999 , -0.0999999 , -0.0999999 ], dtype=float32))\n'),
        ('import numpy as np\n\nx = np.array([1, 2, 3])\n\ndef in_place_modify(x):\n  x[0] = 123\n  return None\n\nin_place_modify(x)\nx',
         'array([123,   2,   3])\n'),
        # JAX 0.4 worded this TypeError differently; today's message is the one thinking_in_jax.md prints for the same
        # assignment.
        ('in_place_modify(jnp.array(x))  # Raises error if we cast input to jnp.ndarray',
         'TypeError: JAX arrays are immutable and do not support in-place item assignment. Instead of x[idx] = y, use x = x.at[idx].set(y) or another .at[] method: https://docs.jax.dev/en/latest/_autosummary/jax.numpy.ndarray.at.html\n'),
        ('def jax_in_place_modify(x):\n  return x.at[0].set(123)\n\ny = jnp.array([1, 2, 3])\njax_in_place_modify(y)',
         'Array([123,   2,   3], dtype=int32)\n'),
        ('y',
         'Array([1, 2, 3], dtype=int32)\n'),
        # Unseeded np.random data: the fitted 'w: 3.00, b: -1.00' the notebook prints holds for only about 1 draw in 8
        # (2-decimal rounding of a least-squares fit), so the print is left out; the cells still run the 1000 grad
        # steps.
        ('import numpy as np\n\nxs = np.random.normal(size=(100,))\nnoise = np.random.normal(scale=0.1, size=(100,))\nys = xs * 3 - 1 + noise',
         ''),
        ('def model(theta, x):\n  """Computes wx + b on a batch of input x."""\n  w, b = theta\n  return w * x + b',
         ''),
        ('def loss_fn(theta, x, y):\n  prediction = model(theta, x)\n  return jnp.mean((prediction-y)**2)',
         ''),
        ('def update(theta, x, y, lr=0.1):\n  return theta - lr * jax.grad(loss_fn)(theta, x, y)',
         ''),
        ('theta = jnp.array([1., 1.])\n\nfor _ in range(1000):\n  theta = update(theta, xs, ys)\n\n\nw, b = theta',
         ''),
    ]),
    ('jax101-jitting', [
        # Cells of docs/jax-101/02-jitting.ipynb. Its jaxprs and tracers print as JAX 0.4 did (literals without
        # ':f32[]', Traced<ShapedArray(...)>); today's forms are the ones jit-compilation.md (this notebook's
        # successor, same cells) shows.
        ('import jax\nimport jax.numpy as jnp\n\nglobal_list = []\n\ndef log2(x):\n  global_list.append(x)\n  ln_x = jnp.log(x)\n  ln_2 = jnp.log(2.0)\n  return ln_x / ln_2\n\nprint(jax.make_jaxpr(log2)(3.0))',
         '{ lambda ; a:f32[]. let\n    b:f32[] = log a\n    c:f32[] = log 2.0:f32[]\n    d:f32[] = div b c\n  in (d,) }\n'),
        ('def log2_with_print(x):\n  print("printed x:", x)\n  ln_x = jnp.log(x)\n  ln_2 = jnp.log(2.0)\n  return ln_x / ln_2\n\nprint(jax.make_jaxpr(log2_with_print)(3.))',
         'printed x: JaxprTracer(~float32[])\n{ lambda ; a:f32[]. let\n    b:f32[] = log a\n    c:f32[] = log 2.0:f32[]\n    d:f32[] = div b c\n  in (d,) }\n'),
        ('def log2_if_rank_2(x):\n  if x.ndim == 2:\n    ln_x = jnp.log(x)\n    ln_2 = jnp.log(2.0)\n    return ln_x / ln_2\n  else:\n    return x\n\nprint(jax.make_jaxpr(log2_if_rank_2)(jax.numpy.array([1, 2, 3])))',
         '{ lambda ; a:i32[3]. let  in (a,) }\n'),
        ('import jax\nimport jax.numpy as jnp\n\ndef selu(x, alpha=1.67, lambda_=1.05):\n  return lambda_ * jnp.where(x > 0, x, alpha * jnp.exp(x) - alpha)\n\nx = jnp.arange(1000000)',
         ''),
        # Without its %timeit line the warm-up call is the last expression: jit-compilation.md shows that same value.
        ('selu_jit = jax.jit(selu)\n\n# Warm up\nselu_jit(x).block_until_ready()',
         'Array([0.0000000e+00, 1.0500000e+00, 2.0999999e+00, ..., 1.0499968e+06,\n       1.0499979e+06, 1.0499989e+06], dtype=float32)\n'),
        # JAX 0.4 raised ConcretizationTypeError here; today's JAX raises its subclass TracerBoolConversionError, as
        # jit-compilation.md shows for the same functions.
        ('# Condition on value of x.\n\ndef f(x):\n  if x > 0:\n    return x\n  else:\n    return 2 * x\n\nf_jit = jax.jit(f)\nf_jit(10)  # Should raise an error.',
         'TracerBoolConversionError: Attempted boolean conversion of traced array with shape bool[].\n'),
        ('# While loop conditioned on x and n.\n\ndef g(x, n):\n  i = 0\n  while i < n:\n    i += 1\n  return x + i\n\ng_jit = jax.jit(g)\ng_jit(10, 20)  # Should raise an error.',
         'TracerBoolConversionError: Attempted boolean conversion of traced array with shape bool[].\n'),
        ('# While loop conditioned on x and n with a jitted body.\n\n@jax.jit\ndef loop_body(prev_i):\n  return prev_i + 1\n\ndef g_inner_jitted(x, n):\n  i = 0\n  while i < n:\n    i = loop_body(i)\n  return x + i\n\ng_inner_jitted(10, 20)',
         'Array(30, dtype=int32, weak_type=True)\n'),
        ('f_jit_correct = jax.jit(f, static_argnums=0)\nprint(f_jit_correct(10))',
         '10\n'),
        ("g_jit_correct = jax.jit(g, static_argnames=['n'])\nprint(g_jit_correct(10, 20))",
         '30\n'),
        ("from functools import partial\n\n@partial(jax.jit, static_argnames=['n'])\ndef g_jit_decorated(x, n):\n  i = 0\n  while i < n:\n    i += 1\n  return x + i\n\nprint(g_jit_decorated(10, 20))",
         '30\n'),
        ('print("g jitted:")\n\nprint("g:")',
         'g jitted:\ng:\n'),
        ('from functools import partial\n\ndef unjitted_loop_body(prev_i):\n  return prev_i + 1\n\ndef g_inner_jitted_partial(x, n):\n  i = 0\n  while i < n:\n    # Don\'t do this! each time the partial returns\n    # a function with different hash\n    i = jax.jit(partial(unjitted_loop_body))(i)\n  return x + i\n\ndef g_inner_jitted_lambda(x, n):\n  i = 0\n  while i < n:\n    # Don\'t do this!, lambda will also return\n    # a function with a different hash\n    i = jax.jit(lambda x: unjitted_loop_body(x))(i)\n  return x + i\n\ndef g_inner_jitted_normal(x, n):\n  i = 0\n  while i < n:\n    # this is OK, since JAX can find the\n    # cached, compiled function\n    i = jax.jit(unjitted_loop_body)(i)\n  return x + i\n\nprint("jit called in a loop with partials:")\n\nprint("jit called in a loop with lambdas:")\n\nprint("jit called in a loop with caching:")',
         'jit called in a loop with partials:\njit called in a loop with lambdas:\njit called in a loop with caching:\n'),
    ]),
    ('jax101-random-numbers', [
        # Cells of docs/jax-101/05-random-numbers.ipynb. Its outputs were recorded with JAX 0.4 (threefry not
        # partitionable, JAX's default before 0.5.0), so the page starts by selecting that mode; the keys printed as
        # raw uint32 pairs (PRNGKey) where today's typed key shows 'Array((), dtype=key<fry>) overlaying:' above the
        # same pair, as random-numbers.md prints it.
        ('import jax\njax.config.update("jax_threefry_partitionable", False)',
         ''),
        ('import numpy as np\nnp.random.seed(0)',
         None),
        ('def print_truncated_random_state():\n  """To avoid spamming the outputs, print only part of the state."""\n  full_random_state = np.random.get_state()\n  print(str(full_random_state)[:460], \'...\')\n\nprint_truncated_random_state()',
         None),
        ('np.random.seed(0)\n\nprint_truncated_random_state()\n\n_ = np.random.uniform()\n\nprint_truncated_random_state()',
         None),
        ('np.random.seed(0)\nprint(np.random.uniform(size=3))',
         None),
        ('np.random.seed(0)\nprint("individually:", np.stack([np.random.uniform() for _ in range(3)]))\n\nnp.random.seed(0)\nprint("all at once: ", np.random.uniform(size=3))',
         None),
        ('import numpy as np\n\nnp.random.seed(0)\n\ndef bar(): return np.random.uniform()\ndef baz(): return np.random.uniform()\n\ndef foo(): return bar() + 2 * baz()\n\nprint(foo())',
         None),
        ('from jax import random\n\nkey = random.key(42)\n\nprint(key)',
         'Array((), dtype=key<fry>) overlaying:\n[ 0 42]\n'),
        ('print(random.normal(key))\nprint(random.normal(key))',
         '-0.18471184\n-0.18471184\n'),
        ('print("old key", key)\nnew_key, subkey = random.split(key)\ndel key  # The old key is discarded -- we must never use it again.\nnormal_sample = random.normal(subkey)\nprint(r"    \\---SPLIT --> new key   ", new_key)\nprint(r"             \\--> new subkey", subkey, "--> normal", normal_sample)\ndel subkey  # The subkey is also discarded after use.\n\n# Note: you don\'t actually need to `del` keys -- that\'s just for emphasis.\n# Not reusing the same values is enough.\n\nkey = new_key  # If we wanted to do this again, we would use new_key as the key.',
         'old key Array((), dtype=key<fry>) overlaying:\n[ 0 42]\n    \\---SPLIT --> new key    Array((), dtype=key<fry>) overlaying:\n[2465931498 3679230171]\n             \\--> new subkey Array((), dtype=key<fry>) overlaying:\n[255383827 267815257] --> normal 1.3694694\n'),
        ('key, subkey = random.split(key)',
         ''),
        ('key, *forty_two_subkeys = random.split(key, num=43)',
         ''),
        ('key = random.key(42)\nsubkeys = random.split(key, 3)\nsequence = np.stack([random.normal(subkey) for subkey in subkeys])\nprint("individually:", sequence)\n\nkey = random.key(42)\nprint("all at once: ", random.normal(key, shape=(3,)))',
         'individually: [-0.04838839  0.10796146 -1.2226542 ]\nall at once:  [ 0.18693541 -1.2806507  -1.5593133 ]\n'),
    ]),
    ('jax101-pytrees', [
        # Cells of docs/jax-101/05.1-pytrees.ipynb. Left out: the first cell and the MyContainer leaves cell (they
        # print object addresses) - the first cell's imports stay. jax.tree_map, jax.tree_structure and
        # jax.tree_transpose, which the page uses, were deprecated in JAX 0.4.26 and removed in 0.6.0; the playground
        # keeps them as aliases of jax.tree_util's functions so that the 101 pages run as recorded.
        ('import jax\nimport jax.numpy as jnp',
         ''),
        ('list_of_lists = [\n    [1, 2, 3],\n    [1, 2],\n    [1, 2, 3, 4]\n]\n\njax.tree_map(lambda x: x*2, list_of_lists)',
         '[[2, 4, 6], [2, 4], [2, 4, 6, 8]]\n'),
        ('another_list_of_lists = list_of_lists\njax.tree_map(lambda x, y: x+y, list_of_lists, another_list_of_lists)',
         '[[2, 4, 6], [2, 4], [2, 4, 6, 8]]\n'),
        ('import numpy as np\n\ndef init_mlp_params(layer_widths):\n  params = []\n  for n_in, n_out in zip(layer_widths[:-1], layer_widths[1:]):\n    params.append(\n        dict(weights=np.random.normal(size=(n_in, n_out)) * np.sqrt(2/n_in),\n             biases=np.ones(shape=(n_out,))\n            )\n    )\n  return params\n\nparams = init_mlp_params([1, 128, 128, 1])',
         ''),
        ('jax.tree_map(lambda x: x.shape, params)',
         "[{'biases': (128,), 'weights': (1, 128)},\n {'biases': (128,), 'weights': (128, 128)},\n {'biases': (1,), 'weights': (128, 1)}]\n"),
        ("def forward(params, x):\n  *hidden, last = params\n  for layer in hidden:\n    x = jax.nn.relu(x @ layer['weights'] + layer['biases'])\n  return x @ last['weights'] + last['biases']\n\ndef loss_fn(params, x, y):\n  return jnp.mean((forward(params, x) - y) ** 2)\n\nLEARNING_RATE = 0.0001\n\n@jax.jit\ndef update(params, x, y):\n\n  grads = jax.grad(loss_fn)(params, x, y)\n  # Note that `grads` is a pytree with the same structure as `params`.\n  # `jax.grad` is one of the many JAX functions that has\n  # built-in support for pytrees.\n\n  # This is handy, because we can apply the SGD update using tree utils:\n  return jax.tree_map(\n      lambda p, g: p - LEARNING_RATE * g, params, grads\n  )",
         ''),
        ('\nxs = np.random.normal(size=(128, 1))\nys = xs ** 2\n\nfor _ in range(1000):\n  params = update(params, xs, ys)',
         ''),
        ('import collections\nATuple = collections.namedtuple("ATuple", (\'name\'))\n\ntree = [1, {\'k1\': 2, \'k2\': (3, 4)}, ATuple(\'foo\')]\nflattened, _ = jax.tree_util.tree_flatten_with_path(tree)\nfor key_path, value in flattened:\n    print(f\'Value of tree{jax.tree_util.keystr(key_path)}: {value}\')',
         "Value of tree[0]: 1\nValue of tree[1]['k1']: 2\nValue of tree[1]['k2'][0]: 3\nValue of tree[1]['k2'][1]: 4\nValue of tree[2].name: foo\n"),
        ("for key_path, _ in flattened:\n    print(f'Key path of tree{jax.tree_util.keystr(key_path)}: {repr(key_path)}')",
         "Key path of tree[0]: (SequenceKey(idx=0),)\nKey path of tree[1]['k1']: (SequenceKey(idx=1), DictKey(key='k1'))\nKey path of tree[1]['k2'][0]: (SequenceKey(idx=1), DictKey(key='k2'), SequenceKey(idx=0))\nKey path of tree[1]['k2'][1]: (SequenceKey(idx=1), DictKey(key='k2'), SequenceKey(idx=1))\nKey path of tree[2].name: (SequenceKey(idx=2), GetAttrKey(name='name'))\n"),
        ('class MyContainer:\n  """A named container."""\n\n  def __init__(self, name: str, a: int, b: int, c: int):\n    self.name = name\n    self.a = a\n    self.b = b\n    self.c = c',
         ''),
        ("try:\n    jax.tree_map(lambda x: x + 1, [\n        MyContainer('Alice', 1, 2, 3),\n        MyContainer('Bob', 4, 5, 6)\n    ])\nexcept TypeError as e:\n    print(f'TypeError: {e}')",
         "TypeError: unsupported operand type(s) for +: 'MyContainer' and 'int'\n"),
        ('from typing import Iterable\n\ndef flatten_MyContainer(container) -> tuple[Iterable[int], str]:\n  """Returns an iterable over container contents, and aux data."""\n  flat_contents = [container.a, container.b, container.c]\n\n  # we don\'t want the name to appear as a child, so it is auxiliary data.\n  # auxiliary data is usually a description of the structure of a node,\n  # e.g., the keys of a dict -- anything that isn\'t a node\'s children.\n  aux_data = container.name\n  return flat_contents, aux_data\n\ndef unflatten_MyContainer(\n    aux_data: str, flat_contents: Iterable[int]) -> MyContainer:\n  """Converts aux data and the flat contents into a MyContainer."""\n  return MyContainer(aux_data, *flat_contents)\n\njax.tree_util.register_pytree_node(\n    MyContainer, flatten_MyContainer, unflatten_MyContainer)\n\njax.tree_util.tree_leaves([\n    MyContainer(\'Alice\', 1, 2, 3),\n    MyContainer(\'Bob\', 4, 5, 6)\n])',
         '[1, 2, 3, 4, 5, 6]\n'),
        ('class MyKeyPathContainer(MyContainer):\n  pass\n\ndef flatten_with_keys_MyKeyPathContainer(container) -> tuple[Iterable[int], str]:\n  """Returns an iterable over container contents, and aux data."""\n\n  # GetAttrKey is a common way to express an attribute key. Users are free\n  # to pick any other expression that fits their use cases the best.\n  flat_contents = [(jax.tree_util.GetAttrKey(\'a\'), container.a),\n                   (jax.tree_util.GetAttrKey(\'b\'), container.b),\n                   (jax.tree_util.GetAttrKey(\'c\'), container.c)]\n\n  # we don\'t want the name to appear as a child, so it is auxiliary data.\n  # auxiliary data is usually a description of the structure of a node,\n  # e.g., the keys of a dict -- anything that isn\'t a node\'s children.\n  aux_data = container.name\n  return flat_contents, aux_data\n\ndef unflatten_MyKeyPathContainer(\n    aux_data: str, flat_contents: Iterable[int]) -> MyKeyPathContainer:\n  """Converts aux data and the flat contents into a MyContainer."""\n  return MyKeyPathContainer(aux_data, *flat_contents)\n\njax.tree_util.register_pytree_with_keys(\n    MyKeyPathContainer, flatten_with_keys_MyKeyPathContainer, unflatten_MyKeyPathContainer)\n\njax.tree_util.tree_leaves([\n    MyKeyPathContainer(\'Alice\', 1, 2, 3),\n    MyKeyPathContainer(\'Bob\', 4, 5, 6)\n])',
         '[1, 2, 3, 4, 5, 6]\n'),
        ("flattened, _ = jax.tree_util.tree_flatten_with_path(MyContainer('Alice', 1, 2, 3))\nfor key_path, value in flattened:\n    print(f'MyContainer container{jax.tree_util.keystr(key_path)}: {value}')\n\nflattened, _ = jax.tree_util.tree_flatten_with_path(MyKeyPathContainer('Alice', 1, 2, 3))\nfor key_path, value in flattened:\n    print(f'MyKeyPathContainer container{jax.tree_util.keystr(key_path)}: {value}')",
         'MyContainer container[<flat index 0>]: 1\nMyContainer container[<flat index 1>]: 2\nMyContainer container[<flat index 2>]: 3\nMyKeyPathContainer container.a: 1\nMyKeyPathContainer container.b: 2\nMyKeyPathContainer container.c: 3\n'),
        ("from typing import NamedTuple, Any\n\nclass MyOtherContainer(NamedTuple):\n  name: str\n  a: Any\n  b: Any\n  c: Any\n\n# NamedTuple subclasses are handled as pytree nodes, so\n# this will work out-of-the-box:\njax.tree_util.tree_leaves([\n    MyOtherContainer('Alice', 1, 2, 3),\n    MyOtherContainer('Bob', 4, 5, 6)\n])",
         "['Alice', 1, 2, 3, 'Bob', 4, 5, 6]\n"),
        ("from typing import NamedTuple, Any\n\n@jax.tree_util.register_static\nclass StaticStr(str):\n  pass\n\n\nclass YetAnotherContainer(NamedTuple):\n  name: StaticStr\n  a: Any\n  b: Any\n  c: Any\n\n\n# NamedTuple subclasses are handled as pytree nodes, so\n# this will work out-of-the-box:\njax.tree_util.tree_leaves([\n    YetAnotherContainer(StaticStr('Alice'), 1, 2, 3),\n    YetAnotherContainer(StaticStr('Bob'), 4, 5, 6)\n])",
         '[1, 2, 3, 4, 5, 6]\n'),
        ('a_tree = [jnp.zeros((2, 3)), jnp.zeros((3, 4))]\n\n# Try to make another tree with ones instead of zeros\nshapes = jax.tree_map(lambda x: x.shape, a_tree)\njax.tree_map(jnp.ones, shapes)',
         '[(Array([1., 1.], dtype=float32), Array([1., 1., 1.], dtype=float32)),\n (Array([1., 1., 1.], dtype=float32), Array([1., 1., 1., 1.], dtype=float32))]\n'),
        ('jax.tree_util.tree_leaves([None, None, None])',
         '[]\n'),
        ('def tree_transpose(list_of_trees):\n  """Convert a list of trees of identical structure into a single tree of lists."""\n  return jax.tree_map(lambda *xs: list(xs), *list_of_trees)\n\n\n# Convert a dataset from row-major to column-major:\nepisode_steps = [dict(t=1, obs=3), dict(t=2, obs=4)]\ntree_transpose(episode_steps)',
         "{'obs': [3, 4], 't': [1, 2]}\n"),
        ('jax.tree_transpose(\n  outer_treedef = jax.tree_structure([0 for e in episode_steps]),\n  inner_treedef = jax.tree_structure(episode_steps[0]),\n  pytree_to_transpose = episode_steps\n)',
         "{'obs': [3, 4], 't': [1, 2]}\n"),
    ]),
    ('jax101-state', [
        # Cells of docs/jax-101/07-state.ipynb (its plot lines left out).
        ('import jax\nimport jax.numpy as jnp\n\nclass Counter:\n  """A simple counter."""\n\n  def __init__(self):\n    self.n = 0\n\n  def count(self) -> int:\n    """Increments the counter and returns the new value."""\n    self.n += 1\n    return self.n\n\n  def reset(self):\n    """Resets the counter to zero."""\n    self.n = 0\n\n\ncounter = Counter()\n\nfor _ in range(3):\n  print(counter.count())',
         '1\n2\n3\n'),
        ('counter.reset()\nfast_count = jax.jit(counter.count)\n\nfor _ in range(3):\n  print(fast_count())',
         '1\n1\n1\n'),
        ('CounterState = int\n\nclass CounterV2:\n\n  def count(self, n: CounterState) -> tuple[int, CounterState]:\n    # You could just return n+1, but here we separate its role as \n    # the output and as the counter state for didactic purposes.\n    return n+1, n+1\n\n  def reset(self) -> CounterState:\n    return 0\n\ncounter = CounterV2()\nstate = counter.reset()\n\nfor _ in range(3):\n  value, state = counter.count(state)\n  print(value)',
         '1\n2\n3\n'),
        ('state = counter.reset()\nfast_count = jax.jit(counter.count)\n\nfor _ in range(3):\n  value, state = fast_count(state)\n  print(value)',
         '1\n2\n3\n'),
        ('from typing import NamedTuple\n\nclass Params(NamedTuple):\n  weight: jnp.ndarray\n  bias: jnp.ndarray\n\n\ndef init(rng) -> Params:\n  """Returns the initial model params."""\n  weights_key, bias_key = jax.random.split(rng)\n  weight = jax.random.normal(weights_key, ())\n  bias = jax.random.normal(bias_key, ())\n  return Params(weight, bias)\n\n\ndef loss(params: Params, x: jnp.ndarray, y: jnp.ndarray) -> jnp.ndarray:\n  """Computes the least squares error of the model\'s predictions on x against y."""\n  pred = params.weight * x + params.bias\n  return jnp.mean((pred - y) ** 2)\n\n\nLEARNING_RATE = 0.005\n\n@jax.jit\ndef update(params: Params, x: jnp.ndarray, y: jnp.ndarray) -> Params:\n  """Performs one SGD update step on params using the given data."""\n  grad = jax.grad(loss)(params, x, y)\n\n  # If we were using Adam or another stateful optimizer,\n  # we would also do something like\n  # ```\n  # updates, new_optimizer_state = optimizer(grad, optimizer_state)\n  # ```\n  # and then use `updates` instead of `grad` to actually update the params.\n  # (And we\'d include `new_optimizer_state` in the output, naturally.)\n\n  new_params = jax.tree_map(\n      lambda param, g: param - g * LEARNING_RATE, params, grad)\n\n  return new_params',
         ''),
        ('\nrng = jax.random.key(42)\n\n# Generate true data from y = w*x + b + noise\ntrue_w, true_b = 2, -1\nx_rng, noise_rng = jax.random.split(rng)\nxs = jax.random.normal(x_rng, (128, 1))\nnoise = jax.random.normal(noise_rng, (128, 1)) * 0.5\nys = xs * true_w + true_b + noise\n\n# Fit regression\nparams = init(rng)\nfor _ in range(1000):\n  params = update(params, xs, ys)',
         ''),
    ]),
    ('quickstart-legacy', [
        # The cells of notebooks/quickstart.ipynb (May 2024) that today's quickstart lacks: its draws come from
        # threefry not partitionable (selected first); left out are the timings and its grad outputs, printed by an
        # older XLA (0.19661194 where today's JAX prints 0.19661197, as the quickstart page above shows).
        ('import jax\njax.config.update("jax_threefry_partitionable", False)',
         ''),
        ('import jax.numpy as jnp\nfrom jax import grad, jit, vmap\nfrom jax import random',
         ''),
        ('key = random.key(0)\nx = random.normal(key, (10,))\nprint(x)',
         '[-0.3721109   0.26423115 -0.18252768 -0.7368197  -0.44030377 -0.1521442\n -0.67135346 -0.5908641   0.73168886  0.5673026 ]\n'),
        ('def selu(x, alpha=1.67, lmbda=1.05):\n  return lmbda * jnp.where(x > 0, x, alpha * jnp.exp(x) - alpha)\n\nx = random.normal(key, (1000000,))',
         ''),
        ('selu_jit = jit(selu)',
         ''),
        ('from jax import jacfwd, jacrev\ndef hessian(fun):\n  return jit(jacfwd(jacrev(fun)))',
         ''),
        ('mat = random.normal(key, (150, 100))\nbatched_x = random.normal(key, (10, 100))\n\ndef apply_matrix(v):\n  return jnp.dot(mat, v)',
         ''),
        ("def naively_batched_apply_matrix(v_batched):\n  return jnp.stack([apply_matrix(v) for v in v_batched])\n\nprint('Naively batched')",
         'Naively batched\n'),
        ("@jit\ndef batched_apply_matrix(v_batched):\n  return jnp.dot(v_batched, mat.T)\n\nprint('Manually batched')",
         'Manually batched\n'),
        ("@jit\ndef vmap_batched_apply_matrix(v_batched):\n  return vmap(apply_matrix)(v_batched)\n\nprint('Auto-vectorized with vmap')",
         'Auto-vectorized with vmap\n'),
    ]),
    ('common-gotchas-legacy', [
        # The cells of notebooks/Common_Gotchas_in_JAX.ipynb (May 2024) that today's page lacks. Recorded with JAX
        # 0.4: threefry not partitionable (selected first, as on jax101-random-numbers) and raw uint32 keys, shown
        # here as today's typed keys.
        ('import jax\njax.config.update("jax_threefry_partitionable", False)',
         ''),
        ('import numpy as np\nfrom jax import grad, jit\nfrom jax import lax\nfrom jax import random\nimport jax\nimport jax.numpy as jnp',
         ''),
        ('import jax.numpy as jnp\nimport jax.lax as lax\nfrom jax import make_jaxpr\n\n# lax.fori_loop\narray = jnp.arange(10)\nprint(lax.fori_loop(0, 10, lambda i,x: x+array[i], 0)) # expected result 45\niterator = iter(range(10))\nprint(lax.fori_loop(0, 10, lambda i,x: x+next(iterator), 0)) # unexpected result 0\n\n# lax.scan\ndef func11(arr, extra):\n    ones = jnp.ones(arr.shape)\n    def body(carry, aelems):\n        ae1, ae2 = aelems\n        return (carry + ae1 * ae2 + extra, carry)\n    return lax.scan(body, 0., (arr, ones))\nmake_jaxpr(func11)(jnp.arange(16), 5.)\n# make_jaxpr(func11)(iter(range(16)), 5.) # throws error\n\n# lax.cond\narray_operand = jnp.array([0.])\nlax.cond(True, lambda x: x+1, lambda x: x-1, array_operand)\niter_operand = iter(range(10))\n# lax.cond(True, lambda x: next(x)+1, lambda x: next(x)-1, iter_operand) # throws error',
         '45\n0\n'),
        ('from jax import random\nkey = random.key(0)\nkey',
         'Array((), dtype=key<fry>) overlaying:\n[0 0]\n'),
        ('print(random.normal(key, shape=(1,)))\nprint(key)\n# No no no!\nprint(random.normal(key, shape=(1,)))\nprint(key)',
         '[-0.20584226]\nArray((), dtype=key<fry>) overlaying:\n[0 0]\n[-0.20584226]\nArray((), dtype=key<fry>) overlaying:\n[0 0]\n'),
        ('print("old key", key)\nkey, subkey = random.split(key)\nnormal_pseudorandom = random.normal(subkey, shape=(1,))\nprint("    \\---SPLIT --> new key   ", key)\nprint("             \\--> new subkey", subkey, "--> normal", normal_pseudorandom)',
         'old key Array((), dtype=key<fry>) overlaying:\n[0 0]\n    \\---SPLIT --> new key    Array((), dtype=key<fry>) overlaying:\n[4146024105  967050713]\n             \\--> new subkey Array((), dtype=key<fry>) overlaying:\n[2718843009 1272950319] --> normal [-1.2515389]\n'),
        ('print("old key", key)\nkey, subkey = random.split(key)\nnormal_pseudorandom = random.normal(subkey, shape=(1,))\nprint("    \\---SPLIT --> new key   ", key)\nprint("             \\--> new subkey", subkey, "--> normal", normal_pseudorandom)',
         'old key Array((), dtype=key<fry>) overlaying:\n[4146024105  967050713]\n    \\---SPLIT --> new key    Array((), dtype=key<fry>) overlaying:\n[2384771982 3928867769]\n             \\--> new subkey Array((), dtype=key<fry>) overlaying:\n[1278412471 2182328957] --> normal [-0.58665055]\n'),
        ('key, *subkeys = random.split(key, 4)\nfor subkey in subkeys:\n  print(random.normal(subkey, shape=(1,)))',
         '[-0.37533438]\n[0.98645043]\n[0.14553197]\n'),
        ('def f(x):\n  if x < 3:\n    return 3. * x ** 2\n  else:\n    return -4 * x\n\nf = jit(f, static_argnums=(0,))\n\nprint(f(2.))',
         '12.0\n'),
        ('def f(x, n):\n  y = 0.\n  for i in range(n):\n    y = y + x[i]\n  return y\n\nf = jit(f, static_argnums=(1,))\n\nf(jnp.array([2., 3., 4.]), 2)',
         'Array(5., dtype=float32)\n'),
        ("def example_fun(length, val):\n  return jnp.ones((length,)) * val\n# un-jit'd works fine\nprint(example_fun(5, 4))",
         '[4. 4. 4. 4. 4.]\n'),
        ('# static_argnums tells JAX to recompile on changes at these argument positions:\ngood_example_jit = jit(example_fun, static_argnums=(0,))\n# first compile\nprint(good_example_jit(10, 4))\n# recompiles\nprint(good_example_jit(5, 4))',
         '[4. 4. 4. 4. 4. 4. 4. 4. 4. 4.]\n[4. 4. 4. 4. 4.]\n'),
        ('init_val = 0\ncond_fun = lambda x: x<10\nbody_fun = lambda x: x+1\nlax.while_loop(cond_fun, body_fun, init_val)\n# --> array(10, dtype=int32)',
         'Array(10, dtype=int32, weak_type=True)\n'),
        ("import jax.numpy as jnp\nfrom jax import random\nx = random.uniform(random.key(0), (1000,), dtype=jnp.float64)\nx.dtype # --> dtype('float64')",
         "dtype('float32')\n"),
    ]),
    ('common-gotchas-2020', [
        # Cells of notebooks/Common_Gotchas_in_JAX.ipynb as of July 2020 (c485a5b04a), where `np` is jax.numpy and
        # `onp` NumPy, and of February 2021 (24e920e3f5), whose lax.cond cells use the old per-branch operands that
        # JAX still accepts. The first cell's matplotlib lines are left out; DeviceArray is today's Array.
        ('import numpy as onp\nfrom jax import grad, jit\nfrom jax import lax\nfrom jax import random\nimport jax\nimport jax.numpy as np',
         ''),
        ('def impure_print_side_effect(x):\n  print("Executing function")  # This is a side-effect\n  return x\n\n# The side-effects appear during the first run\nprint ("First call: ", jit(impure_print_side_effect)(4.))\n\n# Subsequent runs with parameters of same type and shape may not show the side-effect\n# This is because JAX now invokes a cached compilation of the function\nprint ("Second call: ", jit(impure_print_side_effect)(5.))\n\n# JAX re-runs the Python function when the type or shape of the argument changes\nprint ("Third call, different type: ", jit(impure_print_side_effect)(np.array([5.])))',
         'Executing function\nFirst call:  4.0\nSecond call:  5.0\nExecuting function\nThird call, different type:  [5.]\n'),
        ('g = 0.\ndef impure_uses_globals(x):\n  return x + g\n\n# JAX captures the value of the global during the first run\nprint ("First call: ", jit(impure_uses_globals)(4.))\ng = 10.  # Update the global\n\n# Subsequent runs may silently use the cached value of the globals\nprint ("Second call: ", jit(impure_uses_globals)(5.))\n\n# JAX re-runs the Python function when the type or shape of the argument changes\n# This will end up reading the latest value of the global\nprint ("Third call, different type: ", jit(impure_uses_globals)(np.array([4.])))',
         'First call:  4.0\nSecond call:  5.0\nThird call, different type:  [14.]\n'),
        ('numpy_array = onp.zeros((3,3), dtype=np.float32)\nprint("original array:")\nprint(numpy_array)\n\n# In place, mutating update\nnumpy_array[1, :] = 1.0\nprint("updated array:")\nprint(numpy_array)',
         'original array:\n[[0. 0. 0.]\n [0. 0. 0.]\n [0. 0. 0.]]\nupdated array:\n[[0. 0. 0.]\n [1. 1. 1.]\n [0. 0. 0.]]\n'),
        ('try:\n  onp.arange(10)[11]\nexcept Exception as e:\n  print("Exception {}".format(e))',
         'Exception index 11 is out of bounds for axis 0 with size 10\n'),
        ('@jit\ndef g(x):\n  y = 0.\n  for i in range(x.shape[0]):\n    y = y + x[i]\n  return y\n\nprint(g(np.array([1., 2., 3.])))',
         '6.0\n'),
        ('import jax.numpy as jnp\nimport jax.lax as lax\nfrom jax import make_jaxpr\n\n# lax.fori_loop\narray = jnp.arange(10)\nprint(lax.fori_loop(0, 10, lambda i,x: x+array[i], 0)) # expected result 45\niterator = iter(range(10))\nprint(lax.fori_loop(0, 10, lambda i,x: x+next(iterator), 0)) # unexpected result 0\n\n# lax.scan\ndef func11(arr, extra):\n    ones = jnp.ones(arr.shape)\n    def body(carry, aelems):\n        ae1, ae2 = aelems\n        return (carry + ae1 * ae2 + extra, carry)\n    return lax.scan(body, 0., (arr, ones))\nmake_jaxpr(func11)(jnp.arange(16), 5.)\n# make_jaxpr(func11)(iter(range(16)), 5.) # throws error\n\n# lax.cond\narray_operand = jnp.array([0.])\nlax.cond(True, array_operand, lambda x: x+1, array_operand, lambda x: x-1)\niter_operand = iter(range(10))\n# lax.cond(True, iter_operand, lambda x: next(x)+1, iter_operand, lambda x: next(x)-1) # throws error',
         '45\n0\n'),
        ('from jax import lax\n\noperand = jnp.array([0.])\nlax.cond(True, operand, lambda x: x+1, operand, lambda x: x-1)\n# --> array([1.], dtype=float32)\nlax.cond(False, operand, lambda x: x+1, operand, lambda x: x-1)\n# --> array([-1.], dtype=float32)',
         'Array([-1.], dtype=float32)\n'),
    ]),
    ('common-gotchas-2021-convolutions', [
        # The convolution section of notebooks/Common_Gotchas_in_JAX.ipynb as of February 2021 (d85d204897; the
        # section later moved to its own notebook). Its matplotlib lines (imshow, figure, plot and the 3-D density
        # plots) are left out; what stays prints the documented shapes and dimension numbers.
        ('import numpy as np\nfrom jax import grad, jit\nfrom jax import lax\nfrom jax import random\nimport jax\nimport jax.numpy as jnp',
         ''),
        ('# 2D kernel - HWIO layout\nkernel = np.zeros((3, 3, 3, 3), dtype=jnp.float32)\nkernel += np.array([[1, 1, 0],\n                [1, 0,-1],\n                [0,-1,-1]])[:, :, np.newaxis, np.newaxis]\n\nprint("Edge Conv kernel:")',
         'Edge Conv kernel:\n'),
        ('# NHWC layout\nimg = np.zeros((1, 200, 198, 3), dtype=jnp.float32)\nfor k in range(3):\n    x = 30 + 60*k\n    y = 20 + 60*k\n    img[0, x:x+10, y:y+10, k] = 1.0\n\nprint("Original Image:")',
         'Original Image:\n'),
        ('out = lax.conv(jnp.transpose(img,[0,3,1,2]),    # lhs = NCHW image tensor\n               jnp.transpose(kernel,[3,2,0,1]), # rhs = OIHW conv kernel tensor\n               (1, 1),  # window strides\n               \'SAME\') # padding mode\nprint("out shape: ", out.shape)\nprint("First output channel:")',
         'out shape:  (1, 3, 200, 198)\nFirst output channel:\n'),
        ('out = lax.conv_with_general_padding(\n  jnp.transpose(img,[0,3,1,2]),    # lhs = NCHW image tensor\n  jnp.transpose(kernel,[2,3,0,1]), # rhs = IOHW conv kernel tensor\n  (1, 1),  # window strides\n  ((2,2),(2,2)), # general padding 2x2\n  (1,1),  # lhs/image dilation\n  (1,1))  # rhs/kernel dilation\nprint("out shape: ", out.shape)\nprint("First output channel:")',
         'out shape:  (1, 3, 202, 200)\nFirst output channel:\n'),
        ("dn = lax.conv_dimension_numbers(img.shape,     # only ndim matters, not shape\n                                kernel.shape,  # only ndim matters, not shape\n                                ('NHWC', 'HWIO', 'NHWC'))  # the important bit\nprint(dn)",
         'ConvDimensionNumbers(lhs_spec=(0, 3, 1, 2), rhs_spec=(3, 2, 0, 1), out_spec=(0, 3, 1, 2))\n'),
        ('out = lax.conv_general_dilated(img,    # lhs = image tensor\n                               kernel, # rhs = conv kernel tensor\n                               (1,1),  # window strides\n                               \'SAME\', # padding mode\n                               (1,1),  # lhs/image dilation\n                               (1,1),  # rhs/kernel dilation\n                               dn)     # dimension_numbers = lhs, rhs, out dimension permutation\nprint("out shape: ", out.shape)\nprint("First output channel:")',
         'out shape:  (1, 200, 198, 3)\nFirst output channel:\n'),
        ('out = lax.conv_general_dilated(img,     # lhs = image tensor\n                               kernel,  # rhs = conv kernel tensor\n                               (1,1),   # window strides\n                               \'VALID\', # padding mode\n                               (1,1),   # lhs/image dilation\n                               (1,1),   # rhs/kernel dilation\n                               dn)      # dimension_numbers = lhs, rhs, out dimension permutation\nprint("out shape: ", out.shape, "DIFFERENT from above!")\nprint("First output channel:")',
         'out shape:  (1, 198, 196, 3) DIFFERENT from above!\nFirst output channel:\n'),
        ('out = lax.conv_general_dilated(img,    # lhs = image tensor\n                               kernel, # rhs = conv kernel tensor\n                               (2,2),  # window strides\n                               \'SAME\', # padding mode\n                               (1,1),  # lhs/image dilation\n                               (1,1),  # rhs/kernel dilation\n                               dn)     # dimension_numbers = lhs, rhs, out dimension permutation\nprint("out shape: ", out.shape, " <-- half the size of above")\nprint("First output channel:")',
         'out shape:  (1, 100, 99, 3)  <-- half the size of above\nFirst output channel:\n'),
        ('out = lax.conv_general_dilated(img,     # lhs = image tensor\n                               kernel,  # rhs = conv kernel tensor\n                               (1,1),   # window strides\n                               \'VALID\', # padding mode\n                               (1,1),   # lhs/image dilation\n                               (12,12), # rhs/kernel dilation\n                               dn)      # dimension_numbers = lhs, rhs, out dimension permutation\nprint("out shape: ", out.shape)\nprint("First output channel:")',
         'out shape:  (1, 176, 174, 3)\nFirst output channel:\n'),
        ('out = lax.conv_general_dilated(img,               # lhs = image tensor\n                               kernel,            # rhs = conv kernel tensor\n                               (1,1),             # window strides\n                               ((0, 0), (0, 0)),  # padding mode\n                               (2,2),             # lhs/image dilation\n                               (1,1),             # rhs/kernel dilation\n                               dn)                # dimension_numbers = lhs, rhs, out dimension permutation\nprint("out shape: ", out.shape, "<-- larger than original!")\nprint("First output channel:")',
         'out shape:  (1, 397, 393, 3) <-- larger than original!\nFirst output channel:\n'),
        ('# The following is equivalent to tensorflow:\n# N,H,W,C = img.shape\n# out = tf.nn.conv2d_transpose(img, kernel, (N,2*H,2*W,C), (1,2,2,1))\n\n# transposed conv = 180deg kernel roation plus LHS dilation\n# rotate kernel 180deg:\nkernel_rot = jnp.rot90(jnp.rot90(kernel, axes=(0,1)), axes=(0,1))\n# need a custom output padding:\npadding = ((2, 1), (2, 1))\nout = lax.conv_general_dilated(img,     # lhs = image tensor\n                               kernel_rot,  # rhs = conv kernel tensor\n                               (1,1),   # window strides\n                               padding, # padding mode\n                               (2,2),   # lhs/image dilation\n                               (1,1),   # rhs/kernel dilation\n                               dn)      # dimension_numbers = lhs, rhs, out dimension permutation\nprint("out shape: ", out.shape, "<-- transposed_conv")\nprint("First output channel:")',
         'out shape:  (1, 400, 396, 3) <-- transposed_conv\nFirst output channel:\n'),
        ('# 1D kernel - WIO layout\nkernel = np.array([[[1, 0, -1], [-1,  0,  1]],\n                    [[1, 1,  1], [-1, -1, -1]]],\n                    dtype=jnp.float32).transpose([2,1,0])\n# 1D data - NWC layout\ndata = np.zeros((1, 200, 2), dtype=jnp.float32)\nfor i in range(2):\n  for k in range(2):\n      x = 35*i + 30 + 60*k\n      data[0, x:x+30, k] = 1.0\n\nprint("in shapes:", data.shape, kernel.shape)\n\ndn = lax.conv_dimension_numbers(data.shape, kernel.shape,\n                                (\'NWC\', \'WIO\', \'NWC\'))\nprint(dn)\n\nout = lax.conv_general_dilated(data,   # lhs = image tensor\n                               kernel, # rhs = conv kernel tensor\n                               (1,),   # window strides\n                               \'SAME\', # padding mode\n                               (1,),   # lhs/image dilation\n                               (1,),   # rhs/kernel dilation\n                               dn)     # dimension_numbers = lhs, rhs, out dimension permutation\nprint("out shape: ", out.shape)',
         'in shapes: (1, 200, 2) (3, 2, 2)\nConvDimensionNumbers(lhs_spec=(0, 2, 1), rhs_spec=(2, 1, 0), out_spec=(0, 2, 1))\nout shape:  (1, 200, 2)\n'),
        ('# Random 3D kernel - HWDIO layout\nkernel = np.array([\n  [[0, 0,  0], [0,  1,  0], [0,  0,   0]],\n  [[0, -1, 0], [-1, 0, -1], [0,  -1,  0]],\n  [[0, 0,  0], [0,  1,  0], [0,  0,   0]]],\n  dtype=jnp.float32)[:, :, :, np.newaxis, np.newaxis]\n\n# 3D data - NHWDC layout\ndata = np.zeros((1, 30, 30, 30, 1), dtype=jnp.float32)\nx, y, z = np.mgrid[0:1:30j, 0:1:30j, 0:1:30j]\ndata += (np.sin(2*x*jnp.pi)*np.cos(2*y*jnp.pi)*np.cos(2*z*jnp.pi))[None,:,:,:,None]\n\nprint("in shapes:", data.shape, kernel.shape)\ndn = lax.conv_dimension_numbers(data.shape, kernel.shape,\n                                (\'NHWDC\', \'HWDIO\', \'NHWDC\'))\nprint(dn)\n\nout = lax.conv_general_dilated(data,    # lhs = image tensor\n                               kernel,  # rhs = conv kernel tensor\n                               (1,1,1), # window strides\n                               \'SAME\',  # padding mode\n                               (1,1,1), # lhs/image dilation\n                               (1,1,1), # rhs/kernel dilation\n                               dn)      # dimension_numbers\nprint("out shape: ", out.shape)\n\n',
         'in shapes: (1, 30, 30, 30, 1) (3, 3, 3, 1, 1)\nConvDimensionNumbers(lhs_spec=(0, 4, 1, 2, 3), rhs_spec=(4, 3, 0, 1, 2), out_spec=(0, 4, 1, 2, 3))\nout shape:  (1, 30, 30, 30, 1)\n'),
    ]),
]


# Cells that do not match JAX's documented output yet: "page#index" -> why.
KNOWN_FAILURES = {
    'quickstart#8':
        'H[1,1] prints -0.09085777, JAX -0.09085776 (1 ulp). jacfwd runs JAX\'s JVP rules now; the ulp comes from the '
        'reverse rule of division under it: with JAX\'s transposed order (neg((g * integer_pow(y, -2)) * x)) this '
        'cell prints JAX\'s value but quickstart#6 (grad of jit of grad of jit of grad) moves 1 ulp off, very likely '
        'XLA\'s algebraic simplification inside jit, which the playground does not mimic; the rule kept matches #6',
    'thinking-in-jax#18':
        'the same Hessian as quickstart#8: H[1,1] prints -0.09085777, JAX -0.09085776 (1 ulp), see there',
    'debugging#2':
        'jax.vmap calls the function once per slice here, so the two jax.debug.print lines alternate per element; '
        'JAX batches each print and shows all x lines before the y lines',
    'debugging#3':
        'lax.map runs the body in program order here (x then y per step); the documented order (y before x) is XLA '
        'scheduling the two unordered print effects of the compiled loop body',
    'debugging#6':
        'jax.debug.breakpoint (an interactive debugger) is not provided; the cell uses it in a branch it never takes',
    'advanced-autodiff#17':
        'the Hessian (jacfwd of jacrev) of the sigmoid model whose Jacobians (advanced-autodiff#15) print as JAX\'s '
        'with XLA\'s tanh: 2 of its 36 float32 entries are 1 ulp off (H[0,1,0] 0.04434624 against 0.04434623, '
        'H[0,2,0] 0.03048804 against 0.03048803). Not the dot (each of its sums has one nonzero product): a NumPy '
        'float32 emulation of JAX\'s rules prints all 36 when the forward tanh rule\'s g + g * t is one fma(g, t, g), '
        'as XLA contracts it when that rule is compiled as one computation, and 34 without; eager first-order jvp '
        '(advanced-autodiff#15) is the same either way. When JAX fuses it is not modelled here',
    'automatic-differentiation#9':
        'finite differences of the loss: b_grad_numerical prints -0.6842613, JAX -0.6890297 (a difference of two '
        'float32 losses near 2.97 over eps = 1e-4, so one ulp of a loss moves it by 0.0024), and the directional '
        'derivative 1.3006746 against 1.3006744 (the vdot of the printed gradient and unit vector gives 1.3006746 '
        'with any summation order, so some gradient element differs below the printed digits); the gradients, the '
        'loss and W_dirderiv_numerical print as JAX\'s',
    'jax101-random-numbers#8':
        'the notebook\'s normal draws come from a JAX older than the 2024 outputs of common-gotchas-legacy: with the '
        'same keys (they print equal) its normal(key(42)) is -0.18471184 where the playground, like the 2024 '
        'notebook\'s draws in the same mode, gives -0.18471177 (5 float32 ulps)',
    'jax101-random-numbers#12':
        'the same older JAX\'s normal draws: 4 of its 6 values differ from the playground\'s in the last 1-2 printed '
        'digits (-0.04838839 against -0.04838832); the keys and -1.2226542 agree',
    'custom-derivative-rules#6':
        'the notebook\'s outputs come from a 2020 JAX whose Array repr did not show weak_type: log1pexp(3.) of a Python '
        'float is weakly typed, and the playground, like today\'s JAX, prints weak_type=True',
    'custom-derivative-rules#7':
        'the last value: the 2020 JAX of the notebook had float32 exp(2) = 7.3890557 (NumPy\'s) and got 0.88079715; '
        'the playground\'s exp(2) is 7.389056, as today\'s XLA (the quickstart page\'s jacobian(jnp.exp) prints it), '
        'and gives 0.8807971, the value the notebook\'s own cell #12 shows for the same derivative',
    'custom-derivative-rules#9':
        'the stored jaxpr is in the 2020 syntax (no types, `let` on its own line); the playground prints today\'s '
        'syntax, and names the unused log output where JAX writes `_`',
    'custom-derivative-rules#27':
        'lax.while_loop under jax.jit with a condition on traced values is not supported by the playground '
        '(TracerBoolConversionError); the loop runs eagerly and under grad at a point only',
    'custom-derivative-rules#30':
        'grad(newton_sqrt)(2.) prints 0.35355338, JAX 0.35355335 (1 ulp; the second derivative matches). The '
        'backward fixed point iterates vjps of 0.5 * (x + a / x), whose reverse rule of division rounds unlike JAX\'s '
        'transposed one (see quickstart#8); not traced to the bit',
    'custom-derivative-rules#32':
        'the notebook ran a JAX whose defjvp returned None; today\'s returns the rule (so @f.defjvp keeps f_jvp a '
        'function), and the cell\'s last expression shows the function\'s repr, with its address',
    'custom-derivative-rules#45':
        'jax.vmap calls the function once per slice here, so "called f!" prints three times; and sin(1.0) prints '
        '0.84147096 (correctly rounded float32) where XLA and NumPy give 0.841471 (1 ulp)',
    'custom-derivative-rules#48':
        'weak_type (see #6): grad of a Python float is weakly typed here and in today\'s JAX; the printed calls match',
    'custom-derivative-rules#59':
        'weak_type (see #6): the cotangent of a Python float primal is weakly typed; the printed calls match',
    'custom-derivative-rules#61':
        'the playground has no pdb module (an interactive debugger)',
    'custom-derivative-rules#64':
        'weak_type (see #6), and sin(1.0)/cos(2.0) print 0.84147096/-0.41614684 (correctly rounded float32) where '
        'XLA and NumPy give 0.841471/-0.4161468 (1 ulp)',
    'custom-derivative-rules#65':
        'weak_type (see #6); the 2020 JAX also showed the zero cotangent of y as a NumPy array(0.)',
    'custom-derivative-rules#67':
        'the same as #64',
    'custom-derivative-rules#68':
        'weak_type (see #6): the values, -0. included, match',
}


def notebook_output(source, namespace):
    """Runs a NumPy-only cell as a notebook does and returns its output: stdout, then the last expression's repr."""
    import ast
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(tree, "<cell>", "exec"), namespace)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)
            if value is not None:
                print(as_jax_repr(value))
    return out.getvalue()


def as_jax_repr(value):
    """A NumPy float32 array's repr as JAX writes it (Array instead of array; same layout)."""
    if isinstance(value, np.ndarray) and value.dtype == np.float32:
        return "A" + repr(value)[1:]
    return repr(value)


def build():
    pages = []
    for page, cells in PAGES + LEGACY_PAGES:
        namespace = {}
        built = []
        for source, expected in cells:
            if expected is None or expected.startswith(NUMPY_AFTER):
                # NumPy-only cells (legacy np.random): the oracle is NumPy itself; `jnp.array` of float64 data is
                # JAX's float32 array.
                namespace.setdefault("np", np)
                namespace["jnp"] = _Float32Numpy()
                if expected is not None:
                    exec(expected[len(NUMPY_AFTER):], namespace)
                expected = notebook_output(source, namespace)
            built.append({"source": source, "expected": expected})
        pages.append({"page": page, "cells": built})
    return {"known_failures": KNOWN_FAILURES, "pages": pages}


class _Float32Numpy:
    """Just enough of jax.numpy for the NumPy-oracle cells: arrays are float32, as JAX's default."""

    @staticmethod
    def array(data):
        return np.asarray(data, dtype=np.float32)


def main():
    corpus = build()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    path = os.path.join(root, "src", "test", "resources", "playground", "jax_docs_corpus.json")
    with open(path, "w") as file:
        json.dump(corpus, file, indent=1)
        file.write("\n")
    cells = sum(len(p["cells"]) for p in corpus["pages"])
    print(f"{path}: {len(corpus['pages'])} pages, {cells} cells, {len(KNOWN_FAILURES)} known failures")


if __name__ == "__main__":
    main()
