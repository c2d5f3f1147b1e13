"""Expected highlighted cells for the playground pane's slicing picture.

For each shape and index, NumPy indexes arange(size).reshape(shape): the result's values, in C order, are the
flat positions of x that x[index] selects, in result order. Writes
src/test/resources/playground/slice_selection_cases.json.

Run from the repository root: python3 src/test/python/slice_selection_cases.py
"""
import json
import numpy as np

CASES = [
    ((5,), "2"), ((5,), "-1"), ((5,), "1:4"), ((5,), "::2"), ((5,), "::-1"), ((5,), "-2:"),
    ((5,), "10:"), ((5,), "-100:2"), ((5,), "4:0:-2"), ((5,), "[3, 0, 3]"), ((5,), "[True, False, True, False, True]"),
    ((3, 3), "0"), ((3, 3), "-1"), ((3, 3), ":, 1"), ((3, 3), "::2, ::2"), ((3, 3), "1:, :2"), ((3, 3), "::-1, 0"),
    ((3, 3), "..., 2"), ((3, 3), "None, 1"), ((3, 3), "[0, 2]"), ((3, 3), "[2, 0], [1, 1]"), ((3, 3), ":, [2, 0]"),
    ((3, 4), "[[0, 1], [2, 2]], [[3, 0], [1, 2]]"), ((3, 4), "1, -3:"), ((4, 5), "-1:0:-2, 5:-6:-2"),
    ((2, 3, 4), "1"), ((2, 3, 4), ":, 1"), ((2, 3, 4), "..., ::3"), ((2, 3, 4), "0, ..., 1"), ((2, 3, 4), ":, [0, 2], 1:3"),
    ((2, 3, 4), "[1, 0], :, [3, 1]"), ((2, 3, 4), "1, None, ::-1, 2"),
    ((2, 2, 3, 3), "1, :, ::2, 0"), ((2, 2, 3, 3), "..., 1, :"), ((2, 2, 3, 3), ":, [1, 0], :, [2, 2]"),
    ((6,), "[-1, -6, 2]"), ((3, 3), "2:10, -10:1"),
]
MASK_CASES = [((3, 3), "x > 4"), ((2, 3, 4), "x % 3 == 0"), ((3, 4), "1, (x % 2 == 0)[0]")]

def main():
    out = []
    for shape, index in CASES + MASK_CASES:
        x = np.arange(int(np.prod(shape))).reshape(shape)
        result = eval("x[" + index + "]", {"x": x, "np": np})
        out.append({"shape": list(shape), "index": index, "selected": np.asarray(result).ravel().tolist(),
                    "result_shape": list(np.shape(result))})
    with open("src/test/resources/playground/slice_selection_cases.json", "w") as f:
        json.dump({"numpy": np.__version__, "cases": out}, f, indent=1)

if __name__ == "__main__":
    main()
