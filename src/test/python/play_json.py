"""How `tastelab play --json` writes one array element: bools and ints as they are, floats as the exact double,
NaN and infinities as the strings "nan", "inf", "-inf". Shared by the fixture generators and the JAX oracle."""
import math

import numpy as np


def number(v):
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    f = float(v)
    if math.isnan(f):
        return "nan"
    if math.isinf(f):
        return "inf" if f > 0 else "-inf"
    return f
