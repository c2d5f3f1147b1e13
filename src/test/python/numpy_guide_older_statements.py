"""Statements for the corpus page "older-versions" (gen_numpy_guide_corpus.py): the doctest statements of earlier
versions of the guide's pages (numpy/numpy doc/source/user/*.rst, every revision since 2019) that the current pages
no longer have, so that tutorials typed from an older rendering of the guide are covered too. Each block is one
page version, in page order: its statements missing from the current pages, each preceded by the statements of
that version that bind or change the names it uses. Left out: lines that only were statements by a slip of the
page's markup (a call split over two `>>>` lines, IPython's `?`, prose after a prompt: SyntaxError in Python too),
statements that raise NameError on their own page, plotting imports, and as context the quickstart's
`a = np.arange(int(1e8))` (800 MB, and a copy of it per version). Run in order in one session.

Found and sliced by a one-off script over the git history; regenerate the corpus with gen_numpy_guide_corpus.py."""

STATEMENTS = []

# quickstart.rst as of fc0043dea5 (2019-07-09)
STATEMENTS += [
    'np.set_printoptions(threshold=np.nan)',
]

# quickstart.rst as of 185efe1bb7 (2019-10-13)
STATEMENTS += [
    'A = np.array( [[1,1],\n            [0,1]] )',
    'B = np.array( [[2,0],\n            [3,4]] )',
]

# quickstart.rst as of c3441dfb3f (2020-01-21)
STATEMENTS += [
    'import numpy as np',  # context
    'a = np.arange(15).reshape(3, 5)',  # context
    'a.shape',  # context
    'b = np.array([6, 7, 8])',  # context
    'import numpy as np',  # context
    'a = np.array([2,3,4])',  # context
    'b = np.array([1.2, 3.5, 5.1])',  # context
    'a = np.array(1,2,3,4)    # WRONG',  # context
    'a = np.array([1,2,3,4])  # RIGHT',  # context
    'b = np.array([(1.5,2,3), (4,5,6)])',  # context
    'from numpy import pi',  # context
    'x = np.linspace( 0, 2*pi, 100 )        # useful to evaluate function at lots of points',  # context
    'f = np.sin(x)',  # context
    'a = np.arange(6)                         # 1d array',  # context
    'b = np.arange(12).reshape(4,3)           # 2d array',  # context
    'a = np.array( [20,30,40,50] )',  # context
    'b = np.arange( 4 )',  # context
    'a = np.ones((2,3), dtype=int)',  # context
    'b = np.random.random((2,3))',
    'a *= 3',  # context
    'b += a',  # context
    'a += b                  # b is not automatically converted to integer type',  # context
    'a = np.ones(3, dtype=np.int32)',  # context
    'b = np.linspace(0,pi,3)',  # context
    'a = np.random.random((2,3))',
    'b = np.arange(12).reshape(3,4)',  # context
    'a = np.arange(10)**3',  # context
    'a[:6:2] = -1000    # equivalent to a[0:6:2] = -1000; from start to position 6, exclusive, set every 2nd element to -1000',
    'for i in a:\n    print(i**(1/3.))',  # context
    'def f(x,y):\n    return 10*x+y',  # context
    'b = np.fromfunction(f,(5,4),dtype=int)',  # context
    'a = np.floor(10*np.random.random((3,4)))',
    'a.shape',  # context
    'a.shape',  # context
    'a.resize((2,6))',  # context
    'a = np.floor(10*np.random.random((2,2)))',
    'b = np.floor(10*np.random.random((2,2)))',
    'a = np.array([4.,2.])',  # context
    'a = np.floor(10*np.random.random((2,12)))',
    'a = np.arange(12)',  # context
    'a.shape',  # context
    'a.shape',  # context
    's = a[ : , 1:3]     # spaces added for clarity; could also be written "s = a[:,1:3]"',  # context
    's[:] = 10           # s[:] is a view of s. Note the difference between s=10 and s[:]=10',  # context
    'a = np.arange(12)**2                       # the first 12 square numbers',  # context
    'i = np.array( [ 1,1,3,8,5 ] )              # an array of indices',  # context
    'j = np.array( [ [ 3, 4], [ 9, 7 ] ] )      # a bidimensional array of indices',  # context
    'a = np.arange(12).reshape(3,4)',  # context
    'i = np.array( [ [0,1],                        # indices for the first dim of a\n                [1,2] ] )',  # context
    'j = np.array( [ [2,1],                        # indices for the second dim\n                [3,3] ] )',  # context
    'l = [i,j]',
    'a[l]                                       # equivalent to a[i,j]',
    's = np.array( [i,j] )',  # context
    'a[s]                                       # not what we want',
    'a[tuple(s)]                                # same as a[i,j]',
    'time = np.linspace(20, 145, 5)                 # time scale',  # context
    'data = np.sin(np.arange(20)).reshape(5,4)      # 4 time-dependent series',  # context
    'ind = data.argmax(axis=0)                  # index of the maxima for each series',
    'time_max = time[ind]                       # times corresponding to the maxima',
    'def ufunc_reduce(ufct, *vectors):\n   vs = np.ix_(*vectors)\n   r = ufct.identity\n   for v in vs:\n       r = ufct(r,v)\n   return r',  # context
    'mu, sigma = 2, 0.5',  # context
    'v = np.random.normal(mu,sigma,10000)',
]

# quickstart.rst as of 8493ea5655 (2020-01-29)
STATEMENTS += [
    'import numpy as np',  # context
    'rg = np.random.default_rng(1)',  # context
    'import numpy as np',  # context
    'a = np.arange(15).reshape(3, 5)',  # context
    'a.shape',  # context
    'b = np.array([6, 7, 8])',  # context
    'import numpy as np',  # context
    'a = np.array([2,3,4])',  # context
    'b = np.array([1.2, 3.5, 5.1])',  # context
    'a = np.array(1,2,3,4)    # WRONG',  # context
    'a = np.array([1,2,3,4])  # RIGHT',  # context
    'b = np.array([(1.5,2,3), (4,5,6)])',  # context
    'c = np.array( [ [1,2], [3,4] ], dtype=complex )',  # context
    'from numpy import pi',  # context
    'x = np.linspace( 0, 2*pi, 100 )        # useful to evaluate function at lots of points',  # context
    'f = np.sin(x)',  # context
    'a = np.arange(6)                         # 1d array',  # context
    'b = np.arange(12).reshape(4,3)           # 2d array',  # context
    'c = np.arange(24).reshape(2,3,4)         # 3d array',  # context
    'a = np.array( [20,30,40,50] )',  # context
    'b = np.arange( 4 )',  # context
    'c = a-b',  # context
    'a = np.ones((2,3), dtype=int)',  # context
    'b = rg.random((2,3))',  # context
    'a *= 3',  # context
    'b += a',  # context
    'a += b                  # b is not automatically converted to integer type',  # context
    'a = np.ones(3, dtype=np.int32)',  # context
    'b = np.linspace(0,pi,3)',  # context
    'c = a+b',  # context
    'a = rg.random((2,3))',  # context
    'b = np.arange(12).reshape(3,4)',  # context
    'a = np.arange(10)**3',  # context
    'a[:6:2] = 1000',  # context
    'for i in a:\n    print(i**(1/3.))',  # context
    'def f(x,y):\n    return 10*x+y',  # context
    'b = np.fromfunction(f,(5,4),dtype=int)',  # context
    'c = np.array( [[[  0,  1,  2],               # a 3D array (two stacked 2D arrays)\n                [ 10, 12, 13]],\n               [[100,101,102],\n                [110,112,113]]])',  # context
    'c.shape',  # context
    'a = np.floor(10*rg.random((3,4)))',  # context
    'a.shape',  # context
    'a.shape',  # context
    'a.resize((2,6))',  # context
    'a = np.floor(10*rg.random((2,2)))',  # context
    'b = np.floor(10*rg.random((2,2)))',  # context
    'a = np.array([4.,2.])',  # context
    'b = np.array([3.,8.])',  # context
    'a = np.floor(10*rg.random((2,12)))',  # context
    'a = np.arange(12)',  # context
    'b = a            # no new object is created',  # context
    'b.shape = 3,4    # changes the shape of a',
    'a.shape',  # context
    'c = a.view()',  # context
    "c.shape = 2,6                      # a's shape doesn't change",
    'a.shape',  # context
    "c[0,4] = 1234                      # a's data changes",
    's = a[ : , 1:3]     # spaces added for clarity; could also be written "s = a[:,1:3]"',
    's[:] = 10           # s[:] is a view of s. Note the difference between s=10 and s[:]=10',
    'a = np.arange(12)**2                       # the first 12 square numbers',  # context
    'i = np.array( [ 1,1,3,8,5 ] )              # an array of indices',
    'j = np.array( [ [ 3, 4], [ 9, 7 ] ] )      # a bidimensional array of indices',
    'palette = np.array( [ [0,0,0],                # black\n                      [255,0,0],              # red\n                      [0,255,0],              # green\n                      [0,0,255],              # blue\n                      [255,255,255] ] )       # white',
    'image = np.array( [ [ 0, 1, 2, 0 ],           # each value corresponds to a color in the palette\n                    [ 0, 3, 4, 0 ]  ] )',
    'palette[image]                            # the (2,4,3) color image',
    'a = np.arange(12).reshape(3,4)',  # context
    'i = np.array( [ [0,1],                        # indices for the first dim of a\n                [1,2] ] )',
    'j = np.array( [ [2,1],                        # indices for the second dim\n                [3,3] ] )',
    'a[i,j]                                     # i and j must have equal shape',
    'a[i,2]',
    'a[:,j]                                     # i.e., a[ : , j]',
    's = np.array( [i,j] )',
    'a = np.arange(5)',  # context
    'a[[1,3,4]] = 0',  # context
    'a = np.arange(5)',  # context
    'a[[0,0,2]]=[1,2,3]',  # context
    'a = np.arange(5)',  # context
    'a[[0,0,2]]+=1',  # context
    'a = np.arange(12).reshape(3,4)',  # context
    'b = a > 4',  # context
    "a[b] = 0                                   # All elements of 'a' higher than 4 become 0",  # context
    'a = np.arange(12).reshape(3,4)',  # context
    'a = np.array([2,3,4,5])',  # context
    'a = np.array([[1.0, 2.0], [3.0, 4.0]])',  # context
    'a = np.arange(30)',  # context
    'a.shape = 2,-1,3  # -1 means "whatever is needed"',
]

# quickstart.rst as of 12cfafba1b (2020-02-13)
STATEMENTS += [
    'import numpy as np',  # context
    'rg = np.random.default_rng(1)',  # context
    'import numpy as np',  # context
    'a = np.arange(15).reshape(3, 5)',  # context
    'a.shape',  # context
    'b = np.array([6, 7, 8])',  # context
    'import numpy as np',  # context
    'a = np.array([2,3,4])',  # context
    'b = np.array([1.2, 3.5, 5.1])',  # context
    'a = np.array(1,2,3,4)    # WRONG',  # context
    'a = np.array([1,2,3,4])  # RIGHT',  # context
    'b = np.array([(1.5,2,3), (4,5,6)])',  # context
    'from numpy import pi',  # context
    'x = np.linspace( 0, 2*pi, 100 )        # useful to evaluate function at lots of points',  # context
    'f = np.sin(x)',  # context
    'a = np.arange(6)                         # 1d array',  # context
    'b = np.arange(12).reshape(4,3)           # 2d array',  # context
    'a = np.array( [20,30,40,50] )',  # context
    'b = np.arange( 4 )',  # context
    'a = np.ones((2,3), dtype=int)',  # context
    'b = rg.random((2,3))',  # context
    'a *= 3',  # context
    'b += a',  # context
    'a += b                  # b is not automatically converted to integer type',  # context
    'a = np.ones(3, dtype=np.int32)',  # context
    'b = np.linspace(0,pi,3)',  # context
    'a = rg.random((2,3))',  # context
    'b = np.arange(12).reshape(3,4)',  # context
    'a = np.arange(10)**3',  # context
    'a[:6:2] = 1000',  # context
    'def f(x,y):\n    return 10*x+y',  # context
    'b = np.fromfunction(f,(5,4),dtype=int)',  # context
    'a = np.floor(10*rg.random((3,4)))',  # context
    'a.shape',  # context
    'a.shape',  # context
    'a.resize((2,6))',  # context
    'a = np.floor(10*rg.random((2,2)))',  # context
    'b = np.floor(10*rg.random((2,2)))',  # context
    'a = np.array([4.,2.])',  # context
    'b = np.array([3.,8.])',  # context
    'a = np.floor(10*rg.random((2,12)))',  # context
    'a = np.arange(12)',  # context
    'b = a            # no new object is created',  # context
    'a.shape',  # context
    'a = np.arange(12)**2                       # the first 12 square numbers',  # context
    'a = np.arange(12).reshape(3,4)',  # context
    'a = np.arange(5)',  # context
    'a[[1,3,4]] = 0',  # context
    'a = np.arange(5)',  # context
    'a[[0,0,2]]=[1,2,3]',  # context
    'a = np.arange(5)',  # context
    'a[[0,0,2]]+=1',  # context
    'a = np.arange(12).reshape(3,4)',  # context
    'b = a > 4',  # context
    "a[b] = 0                                   # All elements of 'a' higher than 4 become 0",  # context
    'a = np.arange(12).reshape(3,4)',  # context
    'a = np.array([2,3,4,5])',  # context
    'a = np.array([[1.0, 2.0], [3.0, 4.0]])',  # context
    'a = np.arange(30)',  # context
    'a = a.reshape((2, -1, 3))  # -1 means "whatever is needed"',
]

# quickstart.rst as of 8e5a5d839b (2020-02-14)
STATEMENTS += [
    'import numpy as np',  # context
    'rg = np.random.default_rng(1)',  # context
    'import numpy as np',  # context
    'a = np.arange(15).reshape(3, 5)',  # context
    'a.shape',  # context
    'b = np.array([6, 7, 8])',  # context
    'import numpy as np',  # context
    'a = np.array([2,3,4])',  # context
    'b = np.array([1.2, 3.5, 5.1])',  # context
    'a = np.array(1,2,3,4)    # WRONG',  # context
    'a = np.array([1,2,3,4])  # RIGHT',  # context
    'b = np.array([(1.5,2,3), (4,5,6)])',  # context
    'np.zeros( (3,4) )',
    'from numpy import pi',  # context
    'x = np.linspace( 0, 2*pi, 100 )        # useful to evaluate function at lots of points',  # context
    'f = np.sin(x)',  # context
    'a = np.arange(6)                         # 1d array',  # context
    'b = np.arange(12).reshape(4,3)           # 2d array',  # context
    'a = np.array( [20,30,40,50] )',  # context
    'b = np.arange( 4 )',  # context
    'a = np.ones((2,3), dtype=int)',  # context
    'b = rg.random((2,3))',  # context
    'a *= 3',  # context
    'b += a',  # context
    'a += b                  # b is not automatically converted to integer type',  # context
    'a = np.ones(3, dtype=np.int32)',  # context
    'b = np.linspace(0,pi,3)',  # context
    'a = rg.random((2,3))',  # context
    'b = np.arange(12).reshape(3,4)',  # context
    'a = np.arange(10)**3',  # context
    'a[:6:2] = 1000',  # context
    'def f(x,y):\n    return 10*x+y',  # context
    'b = np.fromfunction(f,(5,4),dtype=int)',  # context
    'a = np.floor(10*rg.random((3,4)))',  # context
    'a.shape',  # context
    'a.shape',  # context
    'a.resize((2,6))',  # context
    'a = np.floor(10*rg.random((2,2)))',  # context
    'b = np.floor(10*rg.random((2,2)))',  # context
    'a = np.array([4.,2.])',  # context
    'a = np.floor(10*rg.random((2,12)))',  # context
    'a = np.arange(12)',
]

# quickstart.rst as of 078ac01a85 (2020-03-29)
STATEMENTS += [
    'rg = np.random.default_rng(1)',  # context
    'a = np.arange(15).reshape(3, 5)',  # context
    'a.shape',  # context
    'b = np.array([6, 7, 8])',  # context
    'a = np.array([2,3,4])',  # context
    'b = np.array([1.2, 3.5, 5.1])',  # context
    'a = np.array(1,2,3,4)    # WRONG',  # context
    'a = np.array([1,2,3,4])  # RIGHT',  # context
    'b = np.array([(1.5,2,3), (4,5,6)])',  # context
    'a = np.arange(6)                         # 1d array',  # context
    'b = np.arange(12).reshape(4,3)           # 2d array',  # context
    'a = np.array( [20,30,40,50] )',  # context
    'b = np.arange( 4 )',  # context
    'a = np.ones((2,3), dtype=int)',  # context
    'b = rg.random((2,3))',  # context
    'a *= 3',  # context
    'b += a',  # context
    'a += b                  # b is not automatically converted to integer type',
]

# quickstart.rst as of 630f094b99 (2020-04-22)
STATEMENTS += [
    'import numpy as np',  # context
    'import numpy as np',  # context
    'a = np.arange(15).reshape(3, 5)',  # context
    'a.shape',  # context
    'b = np.array([6, 7, 8])',  # context
    'import numpy as np',  # context
    'a = np.array([2,3,4])',  # context
    'b = np.array([1.2, 3.5, 5.1])',  # context
    'a = np.array(1,2,3,4)    # WRONG',  # context
    'a = np.array([1,2,3,4])  # RIGHT',  # context
    'b = np.array([(1.5,2,3), (4,5,6)])',  # context
    'a = np.arange(6)                         # 1d array',  # context
    'b = np.arange(12).reshape(4,3)           # 2d array',  # context
    'a = np.array( [20,30,40,50] )',  # context
    'b = np.arange( 4 )',  # context
    'rg = np.random.default_rng(1)     # create instance of default random number generator',  # context
    'a = np.ones((2,3), dtype=int)',  # context
    'b = rg.random((2,3))',  # context
    'a *= 3',  # context
    'b += a',  # context
    'a += b                            # b is not automatically converted to integer type',  # context
    'a = np.ones(3, dtype=np.int32)',  # context
    'a = rg.random((2,3))',  # context
    'a = np.arange(10)**3',  # context
    'a[:6:2] = 1000',  # context
    'a = np.floor(10*rg.random((3,4)))',  # context
    'a.shape',  # context
    'a.shape',  # context
    'a.resize((2,6))',  # context
    'a = np.floor(10*rg.random((2,2)))',  # context
    'from numpy import newaxis',  # context
    'a = np.array([4.,2.])',  # context
    'a[:,newaxis]               # this allows to have a 2D columns vector',
]

# quickstart.rst as of 8fee756d8c (2020-11-18)
STATEMENTS += [
    'import numpy as np',  # context
    'import sys',  # context
    'import numpy as np',  # context
    'a = np.arange(15).reshape(3, 5)',  # context
    'a.shape',  # context
    'b = np.array([6, 7, 8])',  # context
    'import numpy as np',  # context
    'a = np.array([2,3,4])',
    'b = np.array([1.2, 3.5, 5.1])',  # context
    'a = np.array(1,2,3,4)    # WRONG',
    'a = np.array([1,2,3,4])  # RIGHT',
    'b = np.array([(1.5,2,3), (4,5,6)])',
    'c = np.array( [ [1,2], [3,4] ], dtype=complex )',
    'np.ones( (2,3,4), dtype=np.int16 )                # dtype can also be specified',
    'np.arange( 10, 30, 5 )',
    'np.arange( 0, 2, 0.3 )                 # it accepts float arguments',
    'from numpy import pi',  # context
    'np.linspace( 0, 2, 9 )                 # 9 numbers from 0 to 2',
    'x = np.linspace( 0, 2*pi, 100 )        # useful to evaluate function at lots of points',
    'f = np.sin(x)',  # context
    'a = np.arange(6)                         # 1d array',
    'b = np.arange(12).reshape(4,3)           # 2d array',
    'c = np.arange(24).reshape(2,3,4)         # 3d array',
    'print(np.arange(10000).reshape(100,100))',
    'np.set_printoptions(threshold=sys.maxsize)       # sys module should be imported',
    'a = np.array( [20,30,40,50] )',
    'b = np.arange( 4 )',
    'c = a-b',
    '10*np.sin(a)',
    'a<35',
    'A = np.array( [[1,1],\n               [0,1]] )',
    'B = np.array( [[2,0],\n               [3,4]] )',
    'A * B                       # elementwise product',
    'A @ B                       # matrix product',
    'A.dot(B)                    # another matrix product',
    'rg = np.random.default_rng(1)     # create instance of default random number generator',
    'a = np.ones((2,3), dtype=int)',
    'b = rg.random((2,3))',
    'a *= 3',  # context
    'b += a',  # context
    'a += b                            # b is not automatically converted to integer type',
    'a = np.ones(3, dtype=np.int32)',  # context
    'b = np.linspace(0,pi,3)',
    'c = a+b',
    'd = np.exp(c*1j)',
    'a = rg.random((2,3))',
    'b = np.arange(12).reshape(3,4)',
    'b.sum(axis=0)                            # sum of each column',
    'b.min(axis=1)                            # min of each row',
    'b.cumsum(axis=1)                         # cumulative sum along each row',
    'a = np.arange(10)**3',  # context
    'a[:6:2] = 1000',  # context
    'a[ : :-1]                                 # reversed a',
    'for i in a:\n    print(i**(1/3.))',
    'def f(x,y):\n    return 10*x+y',
    'b = np.fromfunction(f,(5,4),dtype=int)',
    'b[2,3]',
    'b[0:5, 1]                       # each row in the second column of b',
    'b[ : ,1]                        # equivalent to the previous example',
    'b[1:3, : ]                      # each column in the second and third row of b',
    'b[-1]                                  # the last row. Equivalent to b[-1,:]',
    'c = np.array( [[[  0,  1,  2],               # a 3D array (two stacked 2D arrays)\n                [ 10, 12, 13]],\n               [[100,101,102],\n                [110,112,113]]])',
    'c.shape',  # context
    'c[1,...]                                   # same as c[1,:,:] or c[1]',
    'c[...,2]                                   # same as c[:,:,2]',
    'a = np.floor(10*rg.random((3,4)))',
    'a.shape',  # context
    'a.reshape(6,2)  # returns the array with a modified shape',
    'a.shape',  # context
    'a.resize((2,6))',
    'a.reshape(3,-1)',
    'a = np.floor(10*rg.random((2,2)))',
    'b = np.floor(10*rg.random((2,2)))',
    'np.vstack((a,b))',
    'np.hstack((a,b))',
    'from numpy import newaxis',  # context
    'np.column_stack((a,b))     # with 2D arrays',
    'a = np.array([4.,2.])',
    'b = np.array([3.,8.])',
    'np.column_stack((a,b))     # returns a 2D array',
    'np.hstack((a,b))           # the result is different',
    'a[:,newaxis]               # view `a` as a 2D column vector',
    'np.column_stack((a[:,newaxis],b[:,newaxis]))',
    'np.hstack((a[:,newaxis],b[:,newaxis]))   # the result is the same',
    'np.r_[1:4,0,4]',
    'a = np.floor(10*rg.random((2,12)))',
    'np.hsplit(a,3)',
    'np.hsplit(a,(3,4))',
    'a = np.array([[ 0,  1,  2,  3],\n              [ 4,  5,  6,  7],\n              [ 8,  9, 10, 11]])',  # context
    'b = a            # no new object is created',  # context
    'c = a.view()',  # context
    'c.base is a                        # c is a view of the data owned by a',
    "c = c.reshape((2, 6))                      # a's shape doesn't change",
    'a.shape',  # context
    "c[0, 4] = 1234                      # a's data changes",
    's = a[ : , 1:3]     # spaces added for clarity; could also be written "s = a[:, 1:3]"',
    's[:] = 10           # s[:] is a view of s. Note the difference between s = 10 and s[:] = 10',
    'd = a.copy()                          # a new array object with new data is created',
    "d.base is a                           # d doesn't share anything with a",
    'd[0,0] = 9999',
    'a = np.arange(12)**2                       # the first 12 square numbers',
    'i = np.array([1, 1, 3, 8, 5])              # an array of indices',
    'a[i]                                       # the elements of a at the positions i',
    'j = np.array([[3, 4], [9, 7]])      # a bidimensional array of indices',
    'a[j]                                       # the same shape as j',
    'palette = np.array([[0, 0, 0],         # black\n                    [255, 0, 0],       # red\n                    [0, 255, 0],       # green\n                    [0, 0, 255],       # blue\n                    [255, 255, 255]])  # white',  # context
    'image = np.array([[0, 1, 2, 0],        # each value corresponds to a color in the palette\n                  [0, 3, 4, 0]])',
    'palette[image]                         # the (2, 4, 3) color image',
    'a = np.arange(12).reshape(3,4)',
    'i = np.array([[0, 1],                     # indices for the first dim of a\n              [1, 2]])',
    'j = np.array([[2, 1],                     # indices for the second dim\n              [3, 3]])',
    'a[i, j]                                   # i and j must have equal shape',
    'a[:, j]                                     # i.e., a[ : , j]',
    'time = np.linspace(20, 145, 5)                 # time scale',
    'data = np.sin(np.arange(20)).reshape(5,4)      # 4 time-dependent series',
    'ind = data.argmax(axis=0)',  # context
    'data_max = data[ind, range(data.shape[1])] # => data[ind[0],0], data[ind[1],1]...',
    'a = np.arange(5)',  # context
    'a[[1,3,4]] = 0',
    'a = np.arange(5)',  # context
    'a[[0,0,2]]=[1,2,3]',
    'a = np.arange(5)',  # context
    'a[[0,0,2]]+=1',
    'a = np.arange(12).reshape(3,4)',  # context
    'b = a > 4',  # context
    "b                                          # b is a boolean with a's shape",
    'a[b]                                       # 1d array with the selected elements',
    "a[b] = 0                                   # All elements of 'a' higher than 4 become 0",
    'def mandelbrot( h,w, maxit=20 ):\n    """Returns an image of the Mandelbrot fractal of size (h,w)."""\n    y,x = np.ogrid[ -1.4:1.4:h*1j, -2:0.8:w*1j ]\n    c = x+y*1j\n    z = c\n    divtime = maxit + np.zeros(z.shape, dtype=int)\n\n    for i in range(maxit):\n        z = z**2 + c\n        diverge = z*np.conj(z) > 2**2            # who is diverging\n        div_now = diverge & (divtime==maxit)  # who is diverging now\n        divtime[div_now] = i                  # note when\n        z[diverge] = 2                        # avoid diverging too much\n\n    return divtime',
    'a = np.arange(12).reshape(3,4)',  # context
    'b1 = np.array([False,True,True])             # first dim selection',
    'b2 = np.array([True,False,True,False])       # second dim selection',
    'a[b1,:]                                   # selecting rows',
    'a[b1]                                     # same thing',
    'a[:,b2]                                   # selecting columns',
    'a[b1,b2]                                  # a weird thing to do',
    'a = np.array([2,3,4,5])',
    'b = np.array([8,5,4])',
    'c = np.array([5,4,6,8,3])',
    'ax,bx,cx = np.ix_(a,b,c)',
    'ax.shape, bx.shape, cx.shape',  # context
    'result = ax+bx*cx',
    'result[3,2,4]',
    'a[3]+b[2]*c[4]',
    'def ufunc_reduce(ufct, *vectors):\n   vs = np.ix_(*vectors)\n   r = ufct.identity\n   for v in vs:\n       r = ufct(r,v)\n   return r',
    'ufunc_reduce(np.add,a,b,c)',
    'u = np.eye(2) # unit 2x2 matrix; "eye" represents "I"',
    'j = np.array([[0.0, -1.0], [1.0, 0.0]])',  # context
    'j @ j        # matrix product',
    'y = np.array([[5.], [7.]])',  # context
    'x = np.arange(0,10,2)',
    'y = np.arange(5)',  # context
    'm = np.vstack([x,y])',
    'xy = np.hstack([x,y])',
    'rg = np.random.default_rng(1)',  # context
    'mu, sigma = 2, 0.5',  # context
    'v = rg.normal(mu,sigma,10000)',
]

# quickstart.rst as of c6a5c9aaf5 (2020-12-11)
STATEMENTS += [
    'import numpy as np',  # context
    'import numpy as np',  # context
    'a = np.arange(15).reshape(3, 5)',  # context
    'a.shape',  # context
    'b = np.array([6, 7, 8])',  # context
    'import numpy as np',  # context
    'a = np.array([2, 3, 4])',  # context
    'b = np.array([1.2, 3.5, 5.1])',  # context
    'a = np.array(1, 2, 3, 4)    # WRONG',  # context
    'a = np.array([1, 2, 3, 4])  # RIGHT',  # context
    'b = np.array([(1.5, 2, 3), (4, 5, 6)])',  # context
    'c = np.array([[1, 2], [3, 4]], dtype=complex)',  # context
    'from numpy import pi',  # context
    'x = np.linspace(0, 2 * pi, 100)        # useful to evaluate function at lots of points',  # context
    'f = np.sin(x)',  # context
    'a = np.arange(6)                    # 1d array',  # context
    'b = np.arange(12).reshape(4, 3)     # 2d array',  # context
    'c = np.arange(24).reshape(2, 3, 4)  # 3d array',  # context
    'a = np.array([20, 30, 40, 50])',  # context
    'b = np.arange(4)',  # context
    'c = a - b',  # context
    'b ** 2',
    'rg = np.random.default_rng(1)  # create instance of default random number generator',  # context
    'a = np.ones((2, 3), dtype=int)',  # context
    'b = rg.random((2, 3))',  # context
    'a *= 3',  # context
    'b += a',  # context
    'a += b  # b is not automatically converted to integer type',  # context
    'a = np.ones(3, dtype=np.int32)',  # context
    'b = np.linspace(0, pi, 3)',  # context
    'c = a + b',  # context
    'a = rg.random((2, 3))',  # context
    'b = np.arange(12).reshape(3, 4)',  # context
    'a = np.arange(10) ** 3',
    'a[:6:2] = 1000',  # context
    'for i in a:\n    print(i ** (1 / 3.))',
    'def f(x, y):\n    return 10 * x + y',  # context
    'b = np.fromfunction(f, (5, 4), dtype=int)',  # context
    'c = np.array([[[  0,  1,  2],  # a 3D array (two stacked 2D arrays)\n               [ 10, 12, 13]],\n              [[100, 101, 102],\n               [110, 112, 113]]])',  # context
    'c.shape',  # context
    'a = np.floor(10 * rg.random((3, 4)))',  # context
    'a.shape',  # context
    'a.shape',  # context
    'a.resize((2, 6))',  # context
    'a = np.floor(10 * rg.random((2, 2)))',  # context
    'b = np.floor(10 * rg.random((2, 2)))',  # context
    'a = np.array([4., 2.])',  # context
    'a = np.floor(10 * rg.random((2, 12)))',  # context
    'a = np.array([[ 0,  1,  2,  3],\n              [ 4,  5,  6,  7],\n              [ 8,  9, 10, 11]])',  # context
    'c = a.view()',  # context
    "c = c.reshape((2, 6))  # a's shape doesn't change",  # context
    'a.shape',  # context
    "c[0, 4] = 1234         # a's data changes",  # context
    'a = np.arange(12) ** 2  # the first 12 square numbers',
    'i = np.array([1, 1, 3, 8, 5])  # an array of indices',  # context
    'j = np.array([[3, 4], [9, 7]])  # a bidimensional array of indices',  # context
    'i = np.array([[0, 1],  # indices for the first dim of `a`\n              [1, 2]])',  # context
    'j = np.array([[2, 1],  # indices for the second dim\n              [3, 3]])',  # context
    'def mandelbrot(h, w, maxit=20):\n    """Returns an image of the Mandelbrot fractal of size (h,w)."""\n    y, x = np.ogrid[-1.4:1.4:h*1j, -2:0.8:w*1j]\n    c = x + y * 1j\n    z = c\n    divtime = maxit + np.zeros(z.shape, dtype=int)\n\n    for i in range(maxit):\n        z = z ** 2 + c\n        diverge = z * np.conj(z) > 2 ** 2       # who is diverging\n        div_now = diverge & (divtime == maxit)  # who is diverging now\n        divtime[div_now] = i                    # note when\n        z[diverge] = 2                          # avoid diverging too much\n\n    return divtime',
]

# quickstart.rst as of 768e9e0a3c (2020-12-16)
STATEMENTS += [
    'import numpy as np',  # context
    'import numpy as np',  # context
    'a = np.arange(15).reshape(3, 5)',  # context
    'a.shape',  # context
    'b = np.array([6, 7, 8])',  # context
    'import numpy as np',  # context
    'a = np.array([2, 3, 4])',  # context
    'b = np.array([1.2, 3.5, 5.1])',  # context
    'a = np.array(1, 2, 3, 4)    # WRONG',  # context
    'a = np.array([1, 2, 3, 4])  # RIGHT',  # context
    'b = np.array([(1.5, 2, 3), (4, 5, 6)])',  # context
    'c = np.array([[1, 2], [3, 4]], dtype=complex)',  # context
    'from numpy import pi',  # context
    'x = np.linspace(0, 2 * pi, 100)        # useful to evaluate function at lots of points',  # context
    'f = np.sin(x)',  # context
    'a = np.arange(6)                    # 1d array',  # context
    'b = np.arange(12).reshape(4, 3)     # 2d array',  # context
    'c = np.arange(24).reshape(2, 3, 4)  # 3d array',  # context
    'a = np.array([20, 30, 40, 50])',  # context
    'b = np.arange(4)',  # context
    'c = a - b',  # context
    'rg = np.random.default_rng(1)  # create instance of default random number generator',  # context
    'a = np.ones((2, 3), dtype=int)',  # context
    'b = rg.random((2, 3))',  # context
    'a *= 3',  # context
    'b += a',  # context
    'a += b  # b is not automatically converted to integer type',  # context
    'a = np.ones(3, dtype=np.int32)',  # context
    'b = np.linspace(0, pi, 3)',  # context
    'c = a + b',  # context
    'a = rg.random((2, 3))',  # context
    'b = np.arange(12).reshape(3, 4)',  # context
    'a = np.arange(10)**3',  # context
    'a[:6:2] = 1000',  # context
    'for i in a:\n    print(i**(1 / 3.))',  # context
    'def f(x, y):\n    return 10 * x + y',  # context
    'b = np.fromfunction(f, (5, 4), dtype=int)',  # context
    'c = np.array([[[  0,  1,  2],  # a 3D array (two stacked 2D arrays)\n               [ 10, 12, 13]],\n              [[100, 101, 102],\n               [110, 112, 113]]])',  # context
    'c.shape',  # context
    'a = np.floor(10 * rg.random((3, 4)))',  # context
    'a.shape',  # context
    'a.shape',  # context
    'a.resize((2, 6))',  # context
    'a = np.floor(10 * rg.random((2, 2)))',  # context
    'b = np.floor(10 * rg.random((2, 2)))',  # context
    'a = np.array([4., 2.])',  # context
    'b = np.array([3., 8.])',  # context
    'a = np.floor(10 * rg.random((2, 12)))',  # context
    'a = np.array([[ 0,  1,  2,  3],\n              [ 4,  5,  6,  7],\n              [ 8,  9, 10, 11]])',  # context
    'b = a            # no new object is created',  # context
    'c = a.view()',  # context
    "c = c.reshape((2, 6))  # a's shape doesn't change",  # context
    'a.shape',  # context
    "c[0, 4] = 1234         # a's data changes",  # context
    'a = np.arange(12)**2  # the first 12 square numbers',  # context
    'i = np.array([1, 1, 3, 8, 5])  # an array of indices',  # context
    'j = np.array([[3, 4], [9, 7]])  # a bidimensional array of indices',  # context
    'a = np.arange(12).reshape(3, 4)',  # context
    'i = np.array([[0, 1],  # indices for the first dim of `a`\n              [1, 2]])',  # context
    'j = np.array([[2, 1],  # indices for the second dim\n              [3, 3]])',  # context
    'a = np.arange(5)',  # context
    'a[[1, 3, 4]] = 0',  # context
    'a = np.arange(5)',  # context
    'a[[0, 0, 2]] = [1, 2, 3]',  # context
    'a = np.arange(5)',  # context
    'a[[0, 0, 2]] += 1',  # context
    'a = np.arange(12).reshape(3, 4)',  # context
    'b = a > 4',  # context
    'a[b] = 0  # All elements of `a` higher than 4 become 0',  # context
    'def mandelbrot(h, w, maxit=20):\n    """Returns an image of the Mandelbrot fractal of size (h,w)."""\n    y, x = np.ogrid[-1.4:1.4:h*1j, -2:0.8:w*1j]\n    c = x + y * 1j\n    z = c\n    divtime = maxit + np.zeros(z.shape, dtype=int)\n\n    for i in range(maxit):\n        z = z**2 + c\n        diverge = z * np.conj(z) > 2**2       # who is diverging\n        div_now = diverge & (divtime == maxit)  # who is diverging now\n        divtime[div_now] = i                    # note when\n        z[diverge] = 2                          # avoid diverging too much\n\n    return divtime',  # context
    'a = np.arange(12).reshape(3, 4)',  # context
    'a = np.array([2, 3, 4, 5])',  # context
    'a = np.array([[1.0, 2.0], [3.0, 4.0]])',
    'a.transpose()',
    'np.linalg.inv(a)',
    'u = np.eye(2)  # unit 2x2 matrix; "eye" represents "I"',
    'u',
    'j = np.array([[0.0, -1.0], [1.0, 0.0]])',
    'j @ j  # matrix product',
    'np.trace(u)  # trace',
    'y = np.array([[5.], [7.]])',
    'np.linalg.solve(a, y)',
    'np.linalg.eig(j)',
]

# quickstart.rst as of 13da291b95 (2020-12-16)
STATEMENTS += [
    'np.ones((2, 3, 4), dtype=np.int16)  # dtype can also be specified',
]

# quickstart.rst as of bfb5e9f345 (2021-03-21)
STATEMENTS += [
    'import numpy as np',  # context
    'import numpy as np',  # context
    'a = np.arange(15).reshape(3, 5)',  # context
    'a.shape',  # context
    'b = np.array([6, 7, 8])',  # context
    'import numpy as np',  # context
    'a = np.array([2, 3, 4])',  # context
    'b = np.array([1.2, 3.5, 5.1])',  # context
    'a = np.array(1, 2, 3, 4)    # WRONG',  # context
    'a = np.array([1, 2, 3, 4])  # RIGHT',  # context
    'b = np.array([(1.5, 2, 3), (4, 5, 6)])',  # context
    'c = np.array([[1, 2], [3, 4]], dtype=complex)',  # context
    'from numpy import pi',  # context
    'x = np.linspace(0, 2 * pi, 100)        # useful to evaluate function at lots of points',  # context
    'f = np.sin(x)',  # context
    'a = np.arange(6)                    # 1d array',  # context
    'b = np.arange(12).reshape(4, 3)     # 2d array',  # context
    'c = np.arange(24).reshape(2, 3, 4)  # 3d array',  # context
    'a = np.array([20, 30, 40, 50])',  # context
    'b = np.arange(4)',  # context
    'c = a - b',  # context
    'rg = np.random.default_rng(1)  # create instance of default random number generator',  # context
    'a = np.ones((2, 3), dtype=int)',  # context
    'b = rg.random((2, 3))',  # context
    'a *= 3',  # context
    'b += a',  # context
    'a += b  # b is not automatically converted to integer type',  # context
    'a = np.ones(3, dtype=np.int32)',  # context
    'b = np.linspace(0, pi, 3)',  # context
    'c = a + b',  # context
    'a = rg.random((2, 3))',  # context
    'b = np.arange(12).reshape(3, 4)',  # context
    'a = np.arange(10)**3',  # context
    'a[:6:2] = 1000',  # context
    'for i in a:\n    print(i**(1 / 3.))',  # context
    'def f(x, y):\n    return 10 * x + y',  # context
    'b = np.fromfunction(f, (5, 4), dtype=int)',  # context
    'c = np.array([[[  0,  1,  2],  # a 3D array (two stacked 2D arrays)\n               [ 10, 12, 13]],\n              [[100, 101, 102],\n               [110, 112, 113]]])',  # context
    'c.shape',  # context
    'a = np.floor(10 * rg.random((3, 4)))',  # context
    'a.shape',  # context
    'a.shape',  # context
    'a.resize((2, 6))',  # context
    'a = np.floor(10 * rg.random((2, 2)))',  # context
    'b = np.floor(10 * rg.random((2, 2)))',  # context
    'a = np.array([4., 2.])',  # context
    'a = np.floor(10 * rg.random((2, 12)))',  # context
    'a = np.array([[ 0,  1,  2,  3],\n              [ 4,  5,  6,  7],\n              [ 8,  9, 10, 11]])',  # context
    'c = a.view()',  # context
    "c = c.reshape((2, 6))  # a's shape doesn't change",  # context
    "c[0, 4] = 1234         # a's data changes",  # context
    'i = np.array([1, 1, 3, 8, 5])  # an array of indices',  # context
    'j = np.array([[3, 4], [9, 7]])  # a bidimensional array of indices',  # context
    'i = np.array([[0, 1],  # indices for the first dim of `a`\n              [1, 2]])',  # context
    'j = np.array([[2, 1],  # indices for the second dim\n              [3, 3]])',  # context
    'def mandelbrot(h, w, maxit=20):\n    """Returns an image of the Mandelbrot fractal of size (h,w)."""\n    y, x = np.ogrid[-1.4:1.4:h*1j, -2:0.8:w*1j]\n    c = x + y * 1j\n    z = c\n    divtime = maxit + np.zeros(z.shape, dtype=int)\n\n    for i in range(maxit):\n        z = z**2 + c\n        diverge = z * np.conj(z) > 2**2       # who is diverging\n        div_now = diverge & (divtime == maxit)  # who is diverging now\n        divtime[div_now] = i                    # note when\n        z[diverge] = 2                          # avoid diverging too much\n\n    return divtime',
]

# quickstart.rst as of 4ec0182597 (2023-08-11)
STATEMENTS += [
    'np.column_stack is np.hstack',
    'np.row_stack is np.vstack',
]

# quickstart.rst as of a7f7138b9b (2023-11-02)
STATEMENTS += [
    'import numpy as np',  # context
    'import numpy as np',  # context
    'a = np.arange(15).reshape(3, 5)',  # context
    'a.shape',  # context
    'b = np.array([6, 7, 8])',  # context
    'import numpy as np',  # context
    'a = np.array([2, 3, 4])',  # context
    'b = np.array([1.2, 3.5, 5.1])',  # context
    'a = np.array(1, 2, 3, 4)    # WRONG',  # context
    'a = np.array([1, 2, 3, 4])  # RIGHT',  # context
    'b = np.array([(1.5, 2, 3), (4, 5, 6)])',  # context
    'c = np.array([[1, 2], [3, 4]], dtype=complex)',  # context
    'from numpy import pi',  # context
    'x = np.linspace(0, 2 * pi, 100)        # useful to evaluate function at lots of points',  # context
    'f = np.sin(x)',  # context
    'a = np.arange(6)                    # 1d array',  # context
    'b = np.arange(12).reshape(4, 3)     # 2d array',  # context
    'c = np.arange(24).reshape(2, 3, 4)  # 3d array',  # context
    'a = np.array([20, 30, 40, 50])',  # context
    'b = np.arange(4)',  # context
    'c = a - b',  # context
    'rg = np.random.default_rng(1)  # create instance of default random number generator',  # context
    'a = np.ones((2, 3), dtype=int)',  # context
    'b = rg.random((2, 3))',  # context
    'a *= 3',  # context
    'b += a',  # context
    'a += b  # b is not automatically converted to integer type',  # context
    'a = np.ones(3, dtype=np.int32)',  # context
    'b = np.linspace(0, pi, 3)',  # context
    'c = a + b',  # context
    'a = rg.random((2, 3))',  # context
    'b = np.arange(12).reshape(3, 4)',  # context
    'a = np.arange(10)**3',  # context
    'a[:6:2] = 1000',  # context
    'def f(x, y):\n    return 10 * x + y',  # context
    'b = np.fromfunction(f, (5, 4), dtype=int)',  # context
    'c = np.array([[[  0,  1,  2],  # a 3D array (two stacked 2D arrays)\n               [ 10, 12, 13]],\n              [[100, 101, 102],\n               [110, 112, 113]]])',  # context
    'c.shape',  # context
    'a = np.floor(10 * rg.random((3, 4)))',  # context
    'a.shape',  # context
    'a.shape',  # context
    'a.resize((2, 6))',  # context
    'a = np.floor(10 * rg.random((2, 2)))',  # context
    'b = np.floor(10 * rg.random((2, 2)))',  # context
    'a = np.array([4., 2.])',  # context
    'a = np.floor(10 * rg.random((2, 12)))',  # context
    'a = np.array([[ 0,  1,  2,  3],\n              [ 4,  5,  6,  7],\n              [ 8,  9, 10, 11]])',  # context
    'c = a.view()',  # context
    "c = c.reshape((2, 6))  # a's shape doesn't change",
]

# quickstart.rst as of 96fc947fde (2025-11-14)
STATEMENTS += [
    'import numpy as np',  # context
    'import numpy as np',  # context
    'a = np.arange(15).reshape(3, 5)',  # context
    'a.shape',  # context
    'b = np.array([6, 7, 8])',  # context
    'import numpy as np',  # context
    'a = np.array([2, 3, 4])',  # context
    'b = np.array([1.2, 3.5, 5.1])',  # context
    'a = np.array(1, 2, 3, 4)    # WRONG',  # context
    'a = np.array([1, 2, 3, 4])  # RIGHT',  # context
    'b = np.array([(1.5, 2, 3), (4, 5, 6)])',  # context
    'c = np.array([[1, 2], [3, 4]], dtype=complex)',
    'from numpy import pi',  # context
    'x = np.linspace(0, 2 * pi, 100)        # useful to evaluate function at lots of points',  # context
    'f = np.sin(x)',  # context
    'a = np.arange(6)                    # 1d array',  # context
    'b = np.arange(12).reshape(4, 3)     # 2d array',  # context
    'a = np.array([20, 30, 40, 50])',  # context
    'b = np.arange(4)',  # context
    'A = np.array([[1, 1],\n              [0, 1]])',  # context
    'B = np.array([[2, 0],\n              [3, 4]])',  # context
    'rg = np.random.default_rng(1)  # create instance of default random number generator',  # context
    'a = np.ones((2, 3), dtype=int)',
    'b = rg.random((2, 3))',  # context
    'a *= 3',  # context
    'b += a',  # context
    'a += b  # b is not automatically converted to integer type',  # context
    'a = np.ones(3, dtype=np.int32)',  # context
    'b = np.linspace(0, pi, 3)',  # context
    'a = rg.random((2, 3))',  # context
    'b = np.arange(12).reshape(3, 4)',  # context
    'B = np.arange(3)',  # context
    'C = np.array([2., -1., 4.])',  # context
    'a = np.arange(10)**3',  # context
    'a[:6:2] = 1000',  # context
    'for i in a:\n    print(i**(1 / 3.))',  # context
    'def f(x, y):\n    return 10 * x + y',  # context
    'b = np.fromfunction(f, (5, 4), dtype=int)',
    'i = np.array([1, 1, 3, 8, 5])  # an array of indices',  # context
    'j = np.array([[3, 4], [9, 7]])  # a bidimensional array of indices',  # context
    'i = np.array([[0, 1],  # indices for the first dim of `a`\n              [1, 2]])',  # context
    'j = np.array([[2, 1],  # indices for the second dim\n              [3, 3]])',  # context
    'def mandelbrot(h, w, maxit=20, r=2):\n    """Returns an image of the Mandelbrot fractal of size (h,w)."""\n    x = np.linspace(-2.5, 1.5, 4*h+1)\n    y = np.linspace(-1.5, 1.5, 3*w+1)\n    A, B = np.meshgrid(x, y)\n    C = A + B*1j\n    z = np.zeros_like(C)\n    divtime = maxit + np.zeros(z.shape, dtype=int)\n\n    for i in range(maxit):\n        z = z**2 + C\n        diverge = abs(z) > r                    # who is diverging\n        div_now = diverge & (divtime == maxit)  # who is diverging now\n        divtime[div_now] = i                    # note when\n        z[diverge] = r                          # avoid diverging too much\n\n    return divtime',
]

# absolute_beginners.rst as of d2129869c1 (2020-01-26)
STATEMENTS += [
    'a = np.array([1, 2, 3, 4, 5, 6])',  # context
    'a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])',  # context
    'a = np.array([1, 2, 3])',  # context
    'a = np.array([1, 2, 3, 4])',  # context
    'a = np.arange(6)',  # context
    'a = np.array([1, 2, 3, 4, 5, 6])',  # context
    'a.shape',  # context
    'a = np.array([1, 2, 3, 4, 5, 6])',  # context
    'a.shape',  # context
    'data = np.array([1, 2, 3])',  # context
    'a = np.array([[1 , 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])',  # context
    'a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])',  # context
    'arr1 = np.array[3:8]',
    'a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])',  # context
    'a = np.array([1, 2, 3, 4])',  # context
    'a = np.array([[0.45053314, 0.17296777, 0.34376245, 0.5510652],\n              [0.54627315, 0.05093587, 0.40067661, 0.55645993],\n              [0.12697628, 0.82485143, 0.26590556, 0.56917101]])',  # context
    'np.array([[1, 2], [3, 4]])',
    'data[1 : 3]',
    'data[0 : 2, 0]',
    'np.random.random(3)  # the simplest way to generate random numbers',  # context
    'rng = np.random.default_rng()  # the better way to generate random numbers',
    'a = np.array([11, 11, 12, 13, 14, 15, 16, 17, 12, 13, 11, 14, 18, 19, 20])',  # context
    'indices_list = np.unique(a, return_index=True)',
    'a_2d = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [1, 2, 3, 4]])',  # context
    'unique_rows = np.unique(a_2d, axis=0)',  # context
    "print('Unique Rows: ', '\\n', unique_rows)",
    "print('Reversed Array: ')",
    "print('Reversed Array columns: ')",
]

# absolute_beginners.rst as of c276dfb6fb (2021-10-31)
STATEMENTS += [
    'rng = np.random.default_rng(0)',
]

# absolute_beginners.rst as of ed32022869 (2021-12-08)
STATEMENTS += [
    'rng = np.random.default_rng(0) # the simplest way to generate random numbers',
]

# absolute_beginners.rst as of 2525741592 (2021-12-08)
STATEMENTS += [
    'import numpy',
]

# absolute_beginners.rst as of 57fbc869cb (2023-09-22)
STATEMENTS += [
    'a = np.arange(6)',  # context
    'a = np.array([1, 2, 3, 4, 5, 6])',  # context
    'a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])',  # context
    'print(a[0])',
]

# absolute_beginners.rst as of 24094e497b (2023-10-21)
STATEMENTS += [
    'a = np.arange(6)',  # context
    'a = np.array([1, 2, 3, 4, 5, 6])',  # context
    'a[0] = 10',  # context
    'a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])',  # context
    'a.shape',  # context
    'import numpy as np',
    'a = np.array([1, 2, 3])',
]

# absolute_beginners.rst as of 1c8b03bf2c (2024-03-31)
STATEMENTS += [
    'a = np.array([[1, 2, 3],\n              [4, 5, 6]])',  # context
    'a.shape',  # context
    'a = np.array([1, 2, 3, 4, 5, 6])',  # context
    'a[0] = 10',  # context
    'a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])',  # context
    'a.shape',  # context
    'a = np.array([1, 2, 3, 4])',  # context
    'a = np.arange(6)',  # context
    "np.reshape(a, newshape=(1, 6), order='C')",
]

# absolute_beginners.rst as of 62b43b99e4 (2025-01-28)
STATEMENTS += [
    'a = np.array([[1, 2, 3],\n              [4, 5, 6]])',  # context
    'a.shape',  # context
    'a = np.array([1, 2, 3, 4, 5, 6])',  # context
    'a[0] = 10',  # context
    'a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])',  # context
    'a.shape',  # context
    'x = np.ones(2, dtype=np.int64)',  # context
    'a = np.array([1, 2, 3, 4])',  # context
    'x = np.array([[1, 2], [3, 4]])',  # context
    'a = np.arange(6)',  # context
    'a = np.array([1, 2, 3, 4, 5, 6])',  # context
    'a.shape',  # context
    'a = np.array([1, 2, 3, 4, 5, 6])',  # context
    'a.shape',  # context
    'a = np.array([[1 , 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])',
    'x = np.arange(1, 25).reshape(2, 12)',  # context
    'x = np.array([[1 , 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])',
]

# absolute_beginners.rst as of d0a14ac3c6 (2025-12-02)
STATEMENTS += [
    'ones = np.ones(2, dtype=int)',
]

# basics.indexing.rst as of a527b5a324 (2021-05-15)
STATEMENTS += [
    'x = np.arange(10)',  # context
    'x.shape = (2,5) # now x is 2-dimensional',  # context
    'x = np.arange(10)',  # context
    'x[2:5]',
    'x[:-7]',
    'y = np.arange(35).reshape(5,7)',  # context
    'y[1:5:2,::3]',
    'x = np.arange(10,1,-1)',
    'x[np.array([3,3,-3,8])]',
    'x[np.array([3, 3, 20, 8])]',
    'x[np.array([[1,1],[2,3]])]',
    'y[np.array([0,2,4]), np.array([0,1,2])]',
    'y[np.array([0,2,4]), np.array([0,1])]',
    'y[np.array([0,2,4]), 1]',
    'y[np.array([0,2,4])]',
    'b = y>20',
    'y[b]',
    'b[:,5] # use a 1-D boolean whose first dim agrees with the first dim of y',
    'y[b[:,5]]',
    'b = np.array([[True, True, False], [False, True, True]])',  # context
    'b = y > 20',
    'y[b[:,5],1:3]',
    'y.shape',
    'y[:,np.newaxis,:].shape',
    'z = np.arange(81).reshape(3,3,3,3)',
    'z[1,...,2]',
    'z[1,:,:,2]',
]

# basics.indexing.rst as of a3c72d6158 (2021-08-18)
STATEMENTS += [
    'x = np.arange(10)',  # context
    'x.shape = (2,5) # now x is 2-dimensional',
    'x[1,3]',
    'x[1,-1]',
    'x = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])',  # context
    'x = np.array([[[1],[2],[3]], [[4],[5],[6]]])',  # context
    'x.shape',  # context
    'x[...,0]',
    'x[:,:,0]',
    'x[:,np.newaxis,:,:].shape',
    'x[:,None,:,:].shape',
    'x = np.arange(5)',  # context
    'x[:,np.newaxis] + x[np.newaxis,:]',
    'x = np.array([[1, 2], [3, 4], [5, 6]])',  # context
    'x = np.array([[1, 2], [3, 4], [5, 6]])',  # context
    'x = np.array([[ 0,  1,  2],\n              [ 3,  4,  5],\n              [ 6,  7,  8],\n              [ 9, 10, 11]])',  # context
    'x = np.arange(35).reshape(5,7)',
    'x[np.array([0,2,4]), 1]',
    'x = np.array([[1., 2.], [np.nan, 3.], [np.nan, np.nan]])',  # context
    'x = np.array([1., -1., -2., 3])',  # context
    'x[x < 0] += 20',  # context
    'x = np.array([[0, 1], [1, 1], [2, 2]])',  # context
    'x = np.array([[ 0,  1,  2],\n              [ 3,  4,  5],\n              [ 6,  7,  8],\n              [ 9, 10, 11]])',  # context
    'x = np.arange(35).reshape(5,7)',  # context
    'b = x>20',
    'b[:,5]',
    'x[b[:,5]]',
    'x = np.arange(30).reshape(2,3,5)',
    'b = np.array([[True, True, False], [False, True, True]])',  # context
    'x = np.array([[ 0,  1,  2],\n              [ 3,  4,  5],\n              [ 6,  7,  8],\n              [ 9, 10, 11]])',  # context
    'x = np.arange(35).reshape(5,7)',  # context
    'b = x > 20',  # context
    'x[b[:,5],1:3]',
    "x = np.zeros((2,2), dtype=[('a', np.int32), ('b', np.float64, (3,3))])",
    'indices = (1,1,1,1)',
    'indices = (1,1,1,slice(0,2)) # same as [1,1,1,0:2]',
    'indices = (1, Ellipsis, 1) # same as [1,...,1]',
]

# basics.indexing.rst as of 2f3a99907c (2021-08-20)
STATEMENTS += [
    'x = np.arange(10)',  # context
    'x.shape = (2, 5)  # now x is 2-dimensional',  # context
    'x = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])',  # context
    'x = np.array([[[1],[2],[3]], [[4],[5],[6]]])',  # context
    'x.shape',  # context
    'x = np.arange(5)',  # context
    'x = np.array([[1, 2], [3, 4], [5, 6]])',  # context
    'x = np.array([[1, 2], [3, 4], [5, 6]])',  # context
    'x = np.array([[ 0,  1,  2],\n              [ 3,  4,  5],\n              [ 6,  7,  8],\n              [ 9, 10, 11]])',  # context
    'x = np.arange(35).reshape(5, 7)',  # context
    'x[np.array([0, 2, 4]), 1]',
]

# basics.indexing.rst as of 785d863b55 (2024-05-05)
STATEMENTS += [
    'x = np.arange(10)',  # context
    'x.shape = (2, 5)  # now x is 2-dimensional',
]

# basics.broadcasting.rst as of 5c25061d44 (2021-07-01)
STATEMENTS += [
    'x = np.arange(4)',
    'xx = x.reshape(4,1)',
    'y = np.ones(5)',
    'z = np.ones((3,4))',
    'x.shape',
    'y.shape',
    'x + y',
    'xx.shape',
    'y.shape',  # context
    '(xx + y).shape',
    'xx + y',
    'x.shape',  # context
    'z.shape',
    '(x + z).shape',
    'x + z',
]

# basics.creation.rst as of 1f8ce63411 (2020-09-02)
STATEMENTS += [
    'x = np.array([2,3,1,0])',
    'x = np.array([2, 3, 1, 0])',
    'x = np.array([[1,2.0],[0,0],(1+1j,3.)]) # note mix of tuple and lists,',
    'x = np.array([[ 1.+0.j, 2.+0.j], [ 0.+0.j, 0.+0.j], [ 1.+1.j, 3.+0.j]])',
]

# basics.creation.rst as of d06fe8c6a9 (2021-12-02)
STATEMENTS += [
    'import numpy.random.default_rng',
    'B = np.eye((2, 2))',
]

# basics.creation.rst as of 7131db4b4b (2023-03-31)
STATEMENTS += [
    'a = np.array([127, 128, 129], dtype=np.int8)',
]

# basics.creation.rst as of df8f9d6d9c (2023-10-19)
STATEMENTS += [
    'np.array([127, np.int64(128), np.int64(129)], dtype=np.int8)',
]

# basics.creation.rst as of 21886d2239 (2024-09-04)
STATEMENTS += [
    'np.arange(2, 10, dtype=float)',
]

# basics.types.rst as of 71052afe5c (2021-12-16)
STATEMENTS += [
    'import numpy as np',
]

# basics.types.rst as of b6328e9793 (2023-11-15)
STATEMENTS += [
    'np.power(100, 8, dtype=np.int64)',
    'np.power(100, 8, dtype=np.int32)',
]

# basics.types.rst as of 1c0b2c4e59 (2023-12-28)
STATEMENTS += [
    'x = np.float32(1.0)',
    'x',
    'y = np.int_([1,2,4])',
    'y',
    'z = np.arange(3, dtype=np.uint8)',  # context
    'z.astype(float)',
    'np.int8(z)',
    'd = np.dtype(int)',
]

# basics.ufuncs.rst as of 2525741592 (2021-12-08)
STATEMENTS += [
    'import numpy as np',
]

# basics.ufuncs.rst as of 72e1458a44 (2025-04-02)
STATEMENTS += [
    'x = np.arange(9).reshape(3,3)',  # context
    'np.multiply.reduce(x, dtype=float)',
    'y = np.zeros(3, dtype=int)',
    'np.multiply.reduce(x, dtype=float, out=y)',
]

# basics.copies.rst as of 959d38fdf1 (2025-10-29)
STATEMENTS += [
    'x = np.arange(10)',  # context
    'y = x[1:3]  # creates a view',  # context
    'x[1:3] = [10, 11]',  # context
    'x = np.arange(9).reshape(3, 3)',  # context
    'y = x[[1, 2]]',  # context
    'x[[1, 2]] = [[10, 11, 12], [13, 14, 15]]',  # context
    'x = np.ones((2, 3))',
    'y = x.T  # makes the array non-contiguous',
    'z = y.view()',
    'z.shape = 6',
]
