import jax
import jax.numpy as jnp
import numpy as np
'__case__ div'
x = jnp.arange(1.0, 200.0)
x / 3
x / 3.0
x / 7
x / 2.5
x / 10
x / jnp.array(3.0)
x / jnp.float32(3)
jnp.divide(x, 3)
3 / x
x.mean()
jnp.arange(1.0, 8.0).mean()
jnp.arange(14.0).reshape(7, 2).mean(axis=0)
jnp.arange(12.0).reshape(3, 4).mean(axis=1)
jnp.arange(7).mean()
jnp.arange(1.0, 200.0, dtype=jnp.float16) / 3
jnp.arange(1.0, 20.0, dtype=jnp.float16).mean()
x // 3.0
x % 3.0
x * (1 / 3)
'__case__ floordiv'
a = jnp.array([7.0, -7.0, 0.0, -0.0, 7.5, -7.5, float('inf'), -float('inf'), float('nan')])
b = jnp.array([0.0, -0.0, 2.0, -2.0, float('inf'), -float('inf'), 7.25, -7.25])
a[:, None] // b[None, :]
a[:, None] % b[None, :]
jnp.floor_divide(a[:, None], b[None, :])
jnp.remainder(a[:, None], b[None, :])
jnp.fmod(a[:, None], b[None, :])
a // 2
a % 2
'__case__ boolmul'
jnp.array([float('nan'), float('inf'), -1.0, 2.0, -0.0]) * jnp.array([False, False, True, False, True])
jnp.array([False, True]) * jnp.array([-0.0, -3.0])
jnp.array([-1.0, float('nan')]) * False
jnp.array([-1.0, float('nan')]) * True
jnp.array([-1, 5]) * jnp.array([False, True])
jnp.array([-1.0, float('nan')]) + jnp.array([False, True])
jnp.array([-1.0, float('nan')]) / jnp.array([False, True])
'__case__ pow'
p = jnp.array([3, -3, 2, -1, 0, 1], dtype=jnp.int32)
p ** jnp.array(100)
p ** 100
p ** 63
p ** 64
jnp.power(p, 100)
p ** jnp.array(-2)
jnp.array([0, 1, -1, 2], dtype=jnp.int32) ** jnp.array([-1, -1, -1, -1], dtype=jnp.int32)
jnp.array([2], dtype=jnp.uint8) ** jnp.array([7], dtype=jnp.uint8)
jnp.array([3], dtype=jnp.int8) ** jnp.array([70], dtype=jnp.int8)
2 ** jnp.array([10, 40, 70])
jnp.array(2) ** 3
jnp.array(2) ** jnp.array(3)
jnp.array([2.0, -2.0, 0.0]) ** jnp.array([0.5, 2, -1])
jnp.array([2.0, -2.0]) ** 3
jnp.array([True, False]) ** 2
'__case__ weak'
print(repr(jnp.array([1, 2], dtype=jnp.int8) < 2))
print(repr(jnp.array([1, 2], dtype=jnp.int8) < 2.5))
print(repr(jnp.array(2) < jnp.array(2.5)))
print(repr(jnp.array([True]) < 2))
print(repr(2 < jnp.array([1.5])))
print(repr(jnp.array([1.0], dtype=jnp.float16) == 2.5))
print(repr((jnp.array([1, 2], dtype=jnp.int8) + 2.5) + jnp.array([1.0], dtype=jnp.float16)))
print(repr(jnp.array([True]) + 2))
print(repr(jnp.array([True]) + 2.5))
print(repr(jnp.array([True]) + True))
print(repr(jnp.array(2) + jnp.array(2.5)))
print(repr(jnp.array(2) + jnp.array([1], dtype=jnp.int8)))
print(repr(jnp.array(2.5) + jnp.array([1], dtype=jnp.int8)))
print(repr(jnp.exp(jnp.array(2))))
print(repr(jnp.exp(jnp.array(2.0))))
print(repr(jnp.sqrt(2.0)))
print(repr(jnp.exp(2)))
print(repr(-jnp.array(2)))
print(repr(abs(jnp.array(-2.5))))
print(repr(jnp.array(2).astype(jnp.float32)))
print(repr(jnp.maximum(jnp.array([1], dtype=jnp.int8), 2.5)))
print(repr(jnp.maximum(jnp.array(1), 2)))
print(repr(jnp.where(True, jnp.array(1), 2.5)))
print(repr(jnp.where(jnp.array([True, False]), 1, 2.5)))
print(repr(jnp.where(jnp.array([True, False]), jnp.array([1, 2], dtype=jnp.int8), 2)))
print(repr(jnp.sum(jnp.array(2.5))))
print(repr(jnp.array(2.5).sum()))
print(repr(jnp.array([1.5, 2.5]) * 1.0))
print(repr(jnp.array(2.5).mean()))
print(repr(jnp.array(2).max()))
print(repr(jnp.array(2.5)[None]))
print(repr(jnp.array(2.5).reshape(1)))
print(repr(jnp.array([2.5, 1.0])[0]))
print(repr(jnp.array(2.5) @ jnp.array(2.0)))
print(repr(jnp.dot(jnp.array(2.5), 2.0)))
print(repr(jnp.array(3) // 2))
print(repr(jnp.array(3) / 2))
print(repr(jnp.array(3) ** 2))
print(repr(jnp.array(3.0) ** 2))
print(repr(jnp.zeros(3) + jnp.array(1)))
print(repr(jnp.full((2,), 2.5)))
print(repr(jnp.full((2,), 2)))
print(repr(jnp.asarray(2.5)))
print(repr(jnp.array(2.5, dtype=jnp.float32)))
print(repr(jnp.concatenate([jnp.array([1.5]), jnp.array([2])])))
print(repr(jnp.stack([jnp.array(1.5), jnp.array(2.0)])))
print(repr(jnp.array(2.5).at[()].set(1)))
'__case__ errors'
jnp.arange(3) + jnp.arange(4)
jnp.arange(3) - jnp.arange(4)
jnp.arange(3) * jnp.arange(4)
jnp.arange(3) / jnp.arange(4)
jnp.arange(3) // jnp.arange(4)
jnp.arange(3) % jnp.arange(4)
jnp.arange(3) ** jnp.arange(4)
jnp.arange(3) < jnp.arange(4)
jnp.arange(3) == jnp.arange(4)
jnp.arange(3.0) // jnp.arange(4.0)
jnp.arange(3.0) % jnp.arange(4.0)
jnp.arange(3.0) ** jnp.arange(4.0)
jnp.maximum(jnp.arange(3), jnp.arange(4))
jnp.minimum(jnp.arange(3), jnp.arange(4))
jnp.where(jnp.arange(3) > 0, jnp.arange(4), 0)
jnp.zeros((2, 2)) @ jnp.zeros((3, 3))
jnp.dot(jnp.zeros((2, 2)), jnp.zeros((3, 3)))
jnp.matmul(jnp.zeros(2), jnp.zeros(3))
jnp.stack([jnp.zeros(2), jnp.zeros(3)])
jnp.concatenate([jnp.zeros(2), jnp.zeros((3, 3))])
jnp.arange(6).reshape(4, 2)
jnp.zeros((2, 3)).reshape(-1, 4)
jnp.zeros((2, 3)).reshape(-1, -1)
jnp.squeeze(jnp.zeros((2, 1)), axis=0)
jnp.arange(5)[1.5]
jnp.arange(5)[[0, 1]]
jnp.arange(5)[jnp.array([True, False])]
jnp.arange(5)[0, 0]
jnp.arange(5)[5]
jnp.zeros((2, 3))[2]
jnp.zeros((2, 3))[:, 3]
jnp.transpose(jnp.zeros((2, 3)), (0,))
jnp.expand_dims(jnp.zeros(2), 3)
jnp.arange(6).sum(axis=-3)
jnp.arange(6).sum(axis=1)
jnp.arange(6).mean(axis=1)
jnp.arange(6).argmax(axis=1)
jnp.arange(6).max(axis=1)
jnp.array([1, 2]).astype('foo')
jnp.zeros(-1)
jnp.arange(0, 10, 0)
jnp.argmax(jnp.zeros(0))
jnp.zeros(0).max()
jnp.zeros(0).sum()
jnp.zeros(0).mean()
jnp.arange(5).at[jnp.array([1.5])].set(0)
jnp.arange(5).at[0].set(jnp.array([1, 2]))
jnp.arange(5).at[1].set(2.7)
jnp.arange(5).at[1].add(2.7)
jnp.array([1, 2], dtype=jnp.int8) + 300
jnp.array([1, 2], dtype=jnp.uint8) + (-1)
jnp.array([1, 2], dtype=jnp.int8) < 300
jnp.array([1, 2], dtype=jnp.int8) == 3.5
jnp.array([1, 2]) @ jnp.array([1.5, 2.0])
jnp.array(2 ** 31)
jnp.array([2 ** 31])
jnp.int32(2 ** 31)
jnp.array([1, 2]) + 2 ** 31
jnp.array([1, 2]) + 2 ** 40
x = jnp.arange(5)
x[0] = 5
x.at
x.at[0]
x.shape = (5, 1)
y = x.T
y
x.ndim
x.size
x.dtype
jnp.float32
jnp.float32(2.5)
jnp.int32
x.dtype == jnp.int32
