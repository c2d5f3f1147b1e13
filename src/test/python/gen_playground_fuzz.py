"""Fuzzed playground statements with NumPy 2's results, for PlaygroundFuzzFixtureTest (issue 20, "Done when").

Groups of statements over random arrays: each group defines `a` and `b` (random dtypes, shapes that broadcast
or, now and then, don't, values with edge cases such as NaN, infinities and each dtype's extremes) and a Python
scalar `s`, then runs statements from the families the playground supports: indexing, slicing (huge bounds
too), broadcasting arithmetic and comparisons, unary functions, reductions, dtype casts and constructors,
shape functions, and assignments into a copy `c = a.copy()` (the case then checks `c`). NumPy runs each
statement and records its result as `tastelab play --json` would print it, or the type of the error it raised.

Run: python3 src/test/python/gen_playground_fuzz.py | gzip -9n > src/test/resources/playground/fuzz_statements.json.gz
"""
import json
import math
import random
import sys
import warnings

import numpy as np

sys.path.insert(0, __file__.rsplit('/', 1)[0])
from play_json import number  # noqa: E402

SEED = 20
GROUPS = 560
CASES_PER_GROUP = 20

INT_TYPES = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']
FLOAT_TYPES = ['float32', 'float64']
ARRAY_TYPES = ['bool'] + INT_TYPES + FLOAT_TYPES
CAST_TYPES = ARRAY_TYPES + ['float16']
BINARY = ['+', '-', '*', '/', '//', '%', '**', '&', '|', '^', '<<', '>>', '<', '<=', '==', '!=', '>', '>=']
UNARY = ['-{}', '+{}', '~{}', 'abs({})', 'np.abs({})', 'np.negative({})', 'np.sign({})', 'np.sqrt({})',
         'np.exp({})', 'np.log({})', 'np.isnan({})', 'np.logical_not({})']
REDUCTIONS = ['sum', 'mean', 'max', 'min', 'prod', 'argmax', 'argmin', 'any', 'all']


def dtype_expr(name):
    return 'np.bool_' if name == 'bool' else 'np.' + name


def literal(v):
    if isinstance(v, bool):
        return repr(v)
    if isinstance(v, float):
        if math.isnan(v):
            return 'np.nan'
        if math.isinf(v):
            return 'np.inf' if v > 0 else '-np.inf'
        return repr(v)
    return repr(v)


def nested(values, shape):
    if not shape:
        return literal(values[0])
    step = len(values) // shape[0] if shape[0] else 0
    parts = [nested(values[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])]
    return '[' + ', '.join(parts) + ']'


def element(rng, dtype):
    if dtype == 'bool':
        return rng.random() < 0.5
    if dtype in INT_TYPES:
        info = np.iinfo(dtype)
        r = rng.random()
        if r < 0.08:
            # The playground takes Python ints up to 2**63 - 1 (a larger literal is an OverflowError there).
            return min(int(info.max), 2**63 - 1)
        if r < 0.12:
            return int(info.min)
        return rng.randint(max(int(info.min), -6), 9)
    r = rng.random()
    if r < 0.06:
        return float('nan')
    if r < 0.1:
        return rng.choice([float('inf'), float('-inf')])
    if r < 0.14:
        return rng.choice([0.0, -0.0, 1e10, -3e9, 300.5])
    return round(rng.uniform(-6, 9), rng.choice([0, 1, 2]))


def random_shape(rng):
    ndim = rng.choices([0, 1, 2, 3], [1, 5, 6, 3])[0]
    return [rng.choices([0, 1, 2, 3, 4], [1, 3, 5, 5, 3])[0] for _ in range(ndim)]


def partner_shape(rng, shape):
    if rng.random() < 0.15:
        return random_shape(rng)
    keep = rng.randint(0, len(shape))
    tail = shape[len(shape) - keep:]
    return [1 if rng.random() < 0.3 else d for d in tail]


def array_setup(rng, name, shape, dtype):
    size = int(np.prod(shape)) if shape else 1
    values = [element(rng, dtype) for _ in range(size)]
    if not shape:
        text = literal(values[0])
    elif size == 0:
        text = None
    else:
        text = nested(values, shape)
    if text is None:
        return f'{name} = np.zeros({tuple(shape)!r}, dtype={dtype_expr(dtype)})'
    return f'{name} = np.array({text}, dtype={dtype_expr(dtype)})'


def python_scalar(rng):
    return rng.choice(['3', '-2', '0', '300', '2.5', '-0.5', 'True', 'False', 'np.nan', 'np.inf', '7', '1',
                       '2**40', '70000'])


def index_component(rng, n):
    r = rng.random()
    if r < 0.45:
        return str(rng.randint(-n - 1, n))
    if r < 0.85:
        parts = [rng.choice(['', str(rng.randint(-n - 2, n + 2))]) for _ in range(2)]
        step = rng.choice(['', '', '1', '2', '-1', '-2', '3'])
        return ':'.join(parts) + (':' + step if step else '')
    return rng.choice(['2:10**20', '-10**20:', '::10**19', '1:2**63', ':-2**63'])


def index_expr(rng, shape):
    if not shape:
        return rng.choice(['()', '...', 'None', '0'])
    r = rng.random()
    if r < 0.08:
        return '...'
    if r < 0.16:
        return '..., ' + index_component(rng, shape[-1])
    if r < 0.22:
        return 'None, ' + index_component(rng, shape[0])
    if r < 0.3:
        k = rng.randint(1, 3)
        return '[' + ', '.join(str(rng.randint(-shape[0] - 1, shape[0])) for _ in range(k)) + ']'
    if r < 0.36:
        return 'a > 0'
    count = rng.randint(1, min(len(shape) + (1 if rng.random() < 0.1 else 0), 3))
    return ', '.join(index_component(rng, shape[i] if i < len(shape) else 1) for i in range(count))


def axis(rng, ndim):
    return rng.choice([None] + list(range(-ndim - 1, ndim + 1)) if ndim else [None, 0, -1])


def statement(rng, shape_a, shape_b):
    """One case: (statement, check expression or None)."""
    family = rng.choices(['index', 'slice', 'binary', 'scalar', 'unary', 'reduce', 'cast', 'build', 'shape',
                          'assign', 'attr'], [12, 8, 20, 12, 8, 12, 8, 5, 5, 14, 2])[0]
    if family == 'index':
        return f'a[{index_expr(rng, shape_a)}]', None
    if family == 'slice':
        n = shape_a[0] if shape_a else 1
        return f'a[{index_component(rng, n)}]', None
    if family == 'binary':
        op = rng.choice(BINARY)
        left, right = rng.choice([('a', 'b'), ('b', 'a'), ('a', 'a')])
        return f'{left} {op} {right}', None
    if family == 'scalar':
        op = rng.choice(BINARY)
        if rng.random() < 0.5:
            return f'a {op} {python_scalar(rng)}', None
        return f'{python_scalar(rng)} {op} a', None
    if family == 'unary':
        return rng.choice(UNARY).format(rng.choice(['a', 'b'])), None
    if family == 'reduce':
        name = rng.choice(REDUCTIONS)
        ax = axis(rng, len(shape_a))
        args = []
        if ax is not None:
            args.append(f'axis={ax}')
        if rng.random() < 0.3:
            args.append('keepdims=True')
        if rng.random() < 0.5:
            return f'a.{name}({", ".join(args)})', None
        return f'np.{name}(a{"".join(", " + x for x in args)})', None
    if family == 'cast':
        target = dtype_expr(rng.choice(CAST_TYPES))
        r = rng.random()
        if r < 0.6:
            return f'a.astype({target})', None
        if r < 0.8:
            return f'np.array(a, dtype={target})', None
        return f'{target}({python_scalar(rng)})', None
    if family == 'build':
        target = dtype_expr(rng.choice(ARRAY_TYPES))
        fill = python_scalar(rng)
        if rng.random() < 0.5:
            return f'np.full((2,), {fill}, dtype={target})', None
        return f'np.array([{fill}, 1], dtype={target})', None
    if family == 'shape':
        size = int(np.prod(shape_a)) if shape_a else 1
        options = ['a.T', 'a.ravel()', f'a.reshape({size})', f'a.reshape(-1, {rng.randint(1, 3)})',
                   f'np.expand_dims(a, {axis(rng, len(shape_a)) or 0})', 'np.squeeze(a)',
                   f'np.concatenate([a, b], axis={axis(rng, len(shape_a)) or 0})', 'np.where(a > 0, a, b)',
                   'np.maximum(a, b)', 'np.minimum(a, b)', 'np.transpose(a)', 'np.stack([a, a])']
        return rng.choice(options), None
    if family == 'assign':
        value = rng.choice([python_scalar(rng), 'b', '-1', '1.5', 'np.nan', '[1, 2]'])
        return f'c[{index_expr(rng, shape_a)}] = {value}', 'c'
    return rng.choice(['a.shape', 'a.ndim', 'a.size', 'a.dtype', 'b.T.shape']), None


def expected(value):
    if value is None:
        return {'type': 'none'}
    if isinstance(value, np.generic):
        return {'type': 'array', 'scalar': True, 'dtype': str(value.dtype), 'shape': [],
                'data': [number(value)]}
    if isinstance(value, np.ndarray):
        return {'type': 'array', 'scalar': False, 'dtype': str(value.dtype), 'shape': list(value.shape),
                'data': [number(v) for v in value.ravel().tolist()]}
    return {'type': 'value', 'repr': repr(value)}


def run_case(namespace, stmt, check):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        result = evaluate(namespace, stmt, check)
    # NaN, infinities and out-of-range floats cast to an integer type are undefined in C: NumPy warns, and its
    # answer depends on the CPU and the code path (uint32 of NaN is 2**31 in a SIMD loop, 0 in the scalar one).
    if any('invalid value encountered in cast' in str(w.message) for w in caught):
        result['undefined_cast'] = True
    return result


def evaluate(namespace, stmt, check):
    try:
        if check is not None:
            exec('c = a.copy()', namespace)
            exec(stmt, namespace)
            return expected(eval(check, namespace))
        return expected(eval(stmt, namespace))
    except Exception as error:  # noqa: BLE001 - every NumPy error is a result here
        # NumPy's own classes (AxisError, UFuncTypeError) with the Python types they extend, any of which matches.
        names = [k.__name__ for k in type(error).__mro__ if issubclass(k, Exception) and k is not Exception]
        return {'type': 'error', 'error': type(error).__name__, 'accepts': names}


def main():
    rng = random.Random(SEED)
    warnings.simplefilter('ignore')
    groups = []
    for _ in range(GROUPS):
        shape_a = random_shape(rng)
        dtype_a = rng.choice(ARRAY_TYPES)
        dtype_b = dtype_a if rng.random() < 0.3 else rng.choice(ARRAY_TYPES)
        setup = [array_setup(rng, 'a', shape_a, dtype_a),
                 array_setup(rng, 'b', partner_shape(rng, shape_a), dtype_b)]
        namespace = {'np': np}
        for line in setup:
            exec(line, namespace)
        cases = []
        for _ in range(CASES_PER_GROUP):
            stmt, check = statement(rng, shape_a, list(namespace['b'].shape))
            result = run_case(namespace, stmt, check)
            cases.append({'s': stmt, 'check': check, 'expect': result})
        groups.append({'setup': setup, 'cases': cases})
    json.dump({'numpy': np.__version__, 'seed': SEED, 'groups': groups}, sys.stdout, separators=(',', ':'))


if __name__ == '__main__':
    main()
