"""JAX's float32 exp and log of the inputs of numpy_exp_log_sqrt.json, for Float32MathTest.

Needs JAX (not installed on the build machines; the fixture in src/test/resources/float32math/jax_exp_log.json was
made with JAX 0.11.2 on CPU, JAX_PLATFORMS=cpu). Also prints how often JAX agrees with NumPy and with the correctly
rounded result. Run: JAX_PLATFORMS=cpu python3 src/test/python/make_jax_exp_log_fixture.py
"""
import base64
import json
import os

import numpy as np

os.environ.setdefault("JAX_PLATFORMS", "cpu")
import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402

FIXTURES = "src/test/resources/float32math/"


def decode(text):
    return np.frombuffer(base64.b64decode(text), dtype="<f4")


def same(a, b):
    return (a.view(np.int32) == b.view(np.int32)) | (np.isnan(a) & np.isnan(b))


inputs = decode(json.load(open(FIXTURES + "numpy_exp_log_sqrt.json"))["inputs"])
fixture = {"jax": jax.__version__, "platform": jax.devices()[0].platform,
           "note": "jnp.exp and jnp.log (float32) of the inputs of numpy_exp_log_sqrt.json; base64 of "
                   "little-endian float32"}
for name in ("exp", "log"):
    result = np.asarray(getattr(jnp, name)(jnp.asarray(inputs)))
    with np.errstate(all="ignore"):
        numpy_result = getattr(np, name)(inputs)
        rounded = getattr(np, name)(inputs.astype(np.float64)).astype(np.float32)
    print(f"{name}: jax == numpy {same(result, numpy_result).mean():.4f}, "
          f"jax == correctly rounded {same(result, rounded).mean():.4f}")
    fixture[name] = base64.b64encode(result.astype("<f4").tobytes()).decode()
with open(FIXTURES + "jax_exp_log.json", "w") as f:
    json.dump(fixture, f)
