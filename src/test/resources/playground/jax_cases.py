import jax
import jax.numpy as jnp
import numpy as np
'__case__ 1'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) + (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 2'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) - (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 3'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) * (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 4'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) / (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 5'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) // (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 6'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) % (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 7'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) ** (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 8'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) < (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 9'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) == (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 10'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) + (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 11'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) - (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 12'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) * (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 13'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) / (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 14'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) // (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 15'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) % (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 16'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) ** (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 17'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) < (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 18'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) == (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 19'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) + (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 20'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) - (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 21'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) * (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 22'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) / (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 23'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) // (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 24'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) % (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 25'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) ** (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 26'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) < (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 27'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) == (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 28'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) + (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 29'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) - (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 30'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) * (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 31'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 32'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) // (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 33'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) % (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 34'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) ** (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 35'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) < (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 36'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) == (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 37'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) + (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 38'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) - (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 39'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) * (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 40'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) / (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 41'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) // (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 42'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) % (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 43'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) ** (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 44'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) < (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 45'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) == (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 46'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 47'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 48'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 49'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 50'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 51'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 52'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 53'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 54'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 55'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 56'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 57'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 58'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 59'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 60'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 61'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 62'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 63'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 64'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) + (jnp.array([True, False, True]))))
'__case__ 65'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) - (jnp.array([True, False, True]))))
'__case__ 66'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) * (jnp.array([True, False, True]))))
'__case__ 67'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) / (jnp.array([True, False, True]))))
'__case__ 68'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) // (jnp.array([True, False, True]))))
'__case__ 69'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) % (jnp.array([True, False, True]))))
'__case__ 70'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) ** (jnp.array([True, False, True]))))
'__case__ 71'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) < (jnp.array([True, False, True]))))
'__case__ 72'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) == (jnp.array([True, False, True]))))
'__case__ 73'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) + (jnp.array(2))))
'__case__ 74'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) - (jnp.array(2))))
'__case__ 75'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) * (jnp.array(2))))
'__case__ 76'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) / (jnp.array(2))))
'__case__ 77'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) // (jnp.array(2))))
'__case__ 78'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) % (jnp.array(2))))
'__case__ 79'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) ** (jnp.array(2))))
'__case__ 80'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) < (jnp.array(2))))
'__case__ 81'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) == (jnp.array(2))))
'__case__ 82'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) + (jnp.array(2.5))))
'__case__ 83'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) - (jnp.array(2.5))))
'__case__ 84'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) * (jnp.array(2.5))))
'__case__ 85'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) / (jnp.array(2.5))))
'__case__ 86'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) // (jnp.array(2.5))))
'__case__ 87'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) % (jnp.array(2.5))))
'__case__ 88'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) ** (jnp.array(2.5))))
'__case__ 89'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) < (jnp.array(2.5))))
'__case__ 90'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) == (jnp.array(2.5))))
'__case__ 91'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) + (2)))
'__case__ 92'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) - (2)))
'__case__ 93'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) * (2)))
'__case__ 94'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) / (2)))
'__case__ 95'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) // (2)))
'__case__ 96'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) % (2)))
'__case__ 97'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) ** (2)))
'__case__ 98'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) < (2)))
'__case__ 99'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) == (2)))
'__case__ 100'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) + (2.5)))
'__case__ 101'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) - (2.5)))
'__case__ 102'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) * (2.5)))
'__case__ 103'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) / (2.5)))
'__case__ 104'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) // (2.5)))
'__case__ 105'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) % (2.5)))
'__case__ 106'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) ** (2.5)))
'__case__ 107'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) < (2.5)))
'__case__ 108'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) == (2.5)))
'__case__ 109'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) + (True)))
'__case__ 110'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) - (True)))
'__case__ 111'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) * (True)))
'__case__ 112'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) / (True)))
'__case__ 113'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) // (True)))
'__case__ 114'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) % (True)))
'__case__ 115'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) ** (True)))
'__case__ 116'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) < (True)))
'__case__ 117'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) == (True)))
'__case__ 118'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) + (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 119'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) - (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 120'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) * (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 121'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) / (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 122'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) // (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 123'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) % (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 124'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) ** (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 125'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) < (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 126'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) == (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 127'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) + (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 128'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) - (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 129'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) * (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 130'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) / (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 131'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) // (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 132'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) % (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 133'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) ** (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 134'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) < (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 135'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) == (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 136'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) + (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 137'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) - (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 138'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) * (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 139'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) / (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 140'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) // (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 141'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) % (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 142'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) ** (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 143'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) < (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 144'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) == (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 145'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) + (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 146'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) - (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 147'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) * (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 148'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 149'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) // (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 150'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) % (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 151'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) ** (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 152'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) < (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 153'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) == (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 154'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) + (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 155'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) - (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 156'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) * (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 157'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) / (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 158'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) // (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 159'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) % (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 160'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) ** (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 161'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) < (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 162'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) == (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 163'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 164'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 165'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 166'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 167'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 168'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 169'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 170'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 171'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 172'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 173'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 174'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 175'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 176'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 177'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 178'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 179'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 180'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 181'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) + (jnp.array([True, False, True]))))
'__case__ 182'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) - (jnp.array([True, False, True]))))
'__case__ 183'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) * (jnp.array([True, False, True]))))
'__case__ 184'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) / (jnp.array([True, False, True]))))
'__case__ 185'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) // (jnp.array([True, False, True]))))
'__case__ 186'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) % (jnp.array([True, False, True]))))
'__case__ 187'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) ** (jnp.array([True, False, True]))))
'__case__ 188'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) < (jnp.array([True, False, True]))))
'__case__ 189'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) == (jnp.array([True, False, True]))))
'__case__ 190'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) + (jnp.array(2))))
'__case__ 191'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) - (jnp.array(2))))
'__case__ 192'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) * (jnp.array(2))))
'__case__ 193'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) / (jnp.array(2))))
'__case__ 194'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) // (jnp.array(2))))
'__case__ 195'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) % (jnp.array(2))))
'__case__ 196'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) ** (jnp.array(2))))
'__case__ 197'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) < (jnp.array(2))))
'__case__ 198'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) == (jnp.array(2))))
'__case__ 199'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) + (jnp.array(2.5))))
'__case__ 200'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) - (jnp.array(2.5))))
'__case__ 201'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) * (jnp.array(2.5))))
'__case__ 202'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) / (jnp.array(2.5))))
'__case__ 203'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) // (jnp.array(2.5))))
'__case__ 204'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) % (jnp.array(2.5))))
'__case__ 205'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) ** (jnp.array(2.5))))
'__case__ 206'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) < (jnp.array(2.5))))
'__case__ 207'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) == (jnp.array(2.5))))
'__case__ 208'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) + (2)))
'__case__ 209'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) - (2)))
'__case__ 210'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) * (2)))
'__case__ 211'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) / (2)))
'__case__ 212'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) // (2)))
'__case__ 213'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) % (2)))
'__case__ 214'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) ** (2)))
'__case__ 215'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) < (2)))
'__case__ 216'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) == (2)))
'__case__ 217'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) + (2.5)))
'__case__ 218'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) - (2.5)))
'__case__ 219'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) * (2.5)))
'__case__ 220'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) / (2.5)))
'__case__ 221'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) // (2.5)))
'__case__ 222'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) % (2.5)))
'__case__ 223'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) ** (2.5)))
'__case__ 224'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) < (2.5)))
'__case__ 225'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) == (2.5)))
'__case__ 226'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) + (True)))
'__case__ 227'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) - (True)))
'__case__ 228'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) * (True)))
'__case__ 229'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) / (True)))
'__case__ 230'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) // (True)))
'__case__ 231'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) % (True)))
'__case__ 232'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) ** (True)))
'__case__ 233'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) < (True)))
'__case__ 234'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) == (True)))
'__case__ 235'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) + (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 236'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) - (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 237'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) * (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 238'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) / (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 239'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) // (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 240'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) % (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 241'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) ** (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 242'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) < (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 243'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) == (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 244'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) + (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 245'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) - (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 246'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) * (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 247'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) / (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 248'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) // (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 249'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) % (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 250'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) ** (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 251'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) < (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 252'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) == (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 253'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) + (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 254'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) - (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 255'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) * (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 256'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) / (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 257'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) // (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 258'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) % (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 259'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) ** (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 260'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) < (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 261'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) == (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 262'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) + (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 263'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) - (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 264'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) * (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 265'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 266'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) // (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 267'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) % (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 268'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) ** (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 269'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) < (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 270'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) == (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 271'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) + (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 272'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) - (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 273'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) * (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 274'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) / (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 275'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) // (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 276'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) % (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 277'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) ** (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 278'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) < (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 279'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) == (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 280'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 281'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 282'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 283'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 284'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 285'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 286'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 287'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 288'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 289'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 290'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 291'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 292'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 293'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 294'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 295'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 296'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 297'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 298'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) + (jnp.array([True, False, True]))))
'__case__ 299'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) - (jnp.array([True, False, True]))))
'__case__ 300'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) * (jnp.array([True, False, True]))))
'__case__ 301'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) / (jnp.array([True, False, True]))))
'__case__ 302'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) // (jnp.array([True, False, True]))))
'__case__ 303'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) % (jnp.array([True, False, True]))))
'__case__ 304'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) ** (jnp.array([True, False, True]))))
'__case__ 305'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) < (jnp.array([True, False, True]))))
'__case__ 306'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) == (jnp.array([True, False, True]))))
'__case__ 307'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) + (jnp.array(2))))
'__case__ 308'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) - (jnp.array(2))))
'__case__ 309'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) * (jnp.array(2))))
'__case__ 310'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) / (jnp.array(2))))
'__case__ 311'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) // (jnp.array(2))))
'__case__ 312'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) % (jnp.array(2))))
'__case__ 313'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) ** (jnp.array(2))))
'__case__ 314'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) < (jnp.array(2))))
'__case__ 315'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) == (jnp.array(2))))
'__case__ 316'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) + (jnp.array(2.5))))
'__case__ 317'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) - (jnp.array(2.5))))
'__case__ 318'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) * (jnp.array(2.5))))
'__case__ 319'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) / (jnp.array(2.5))))
'__case__ 320'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) // (jnp.array(2.5))))
'__case__ 321'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) % (jnp.array(2.5))))
'__case__ 322'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) ** (jnp.array(2.5))))
'__case__ 323'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) < (jnp.array(2.5))))
'__case__ 324'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) == (jnp.array(2.5))))
'__case__ 325'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) + (2)))
'__case__ 326'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) - (2)))
'__case__ 327'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) * (2)))
'__case__ 328'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) / (2)))
'__case__ 329'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) // (2)))
'__case__ 330'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) % (2)))
'__case__ 331'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) ** (2)))
'__case__ 332'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) < (2)))
'__case__ 333'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) == (2)))
'__case__ 334'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) + (2.5)))
'__case__ 335'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) - (2.5)))
'__case__ 336'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) * (2.5)))
'__case__ 337'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) / (2.5)))
'__case__ 338'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) // (2.5)))
'__case__ 339'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) % (2.5)))
'__case__ 340'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) ** (2.5)))
'__case__ 341'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) < (2.5)))
'__case__ 342'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) == (2.5)))
'__case__ 343'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) + (True)))
'__case__ 344'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) - (True)))
'__case__ 345'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) * (True)))
'__case__ 346'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) / (True)))
'__case__ 347'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) // (True)))
'__case__ 348'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) % (True)))
'__case__ 349'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) ** (True)))
'__case__ 350'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) < (True)))
'__case__ 351'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) == (True)))
'__case__ 352'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) + (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 353'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) - (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 354'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) * (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 355'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) / (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 356'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) // (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 357'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) % (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 358'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) ** (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 359'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) < (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 360'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) == (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 361'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) + (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 362'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) - (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 363'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) * (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 364'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) / (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 365'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) // (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 366'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) % (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 367'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) ** (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 368'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) < (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 369'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) == (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 370'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) + (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 371'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) - (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 372'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) * (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 373'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) / (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 374'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) // (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 375'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) % (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 376'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) ** (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 377'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) < (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 378'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) == (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 379'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) + (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 380'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) - (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 381'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) * (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 382'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 383'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) // (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 384'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) % (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 385'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) ** (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 386'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) < (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 387'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) == (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 388'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) + (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 389'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) - (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 390'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) * (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 391'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) / (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 392'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) // (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 393'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) % (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 394'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) ** (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 395'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) < (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 396'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) == (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 397'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 398'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 399'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 400'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 401'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 402'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 403'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 404'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 405'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 406'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 407'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 408'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 409'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 410'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 411'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 412'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 413'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 414'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 415'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) + (jnp.array([True, False, True]))))
'__case__ 416'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) - (jnp.array([True, False, True]))))
'__case__ 417'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) * (jnp.array([True, False, True]))))
'__case__ 418'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) / (jnp.array([True, False, True]))))
'__case__ 419'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) // (jnp.array([True, False, True]))))
'__case__ 420'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) % (jnp.array([True, False, True]))))
'__case__ 421'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) ** (jnp.array([True, False, True]))))
'__case__ 422'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) < (jnp.array([True, False, True]))))
'__case__ 423'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) == (jnp.array([True, False, True]))))
'__case__ 424'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) + (jnp.array(2))))
'__case__ 425'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) - (jnp.array(2))))
'__case__ 426'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) * (jnp.array(2))))
'__case__ 427'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) / (jnp.array(2))))
'__case__ 428'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) // (jnp.array(2))))
'__case__ 429'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) % (jnp.array(2))))
'__case__ 430'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) ** (jnp.array(2))))
'__case__ 431'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) < (jnp.array(2))))
'__case__ 432'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) == (jnp.array(2))))
'__case__ 433'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) + (jnp.array(2.5))))
'__case__ 434'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) - (jnp.array(2.5))))
'__case__ 435'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) * (jnp.array(2.5))))
'__case__ 436'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) / (jnp.array(2.5))))
'__case__ 437'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) // (jnp.array(2.5))))
'__case__ 438'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) % (jnp.array(2.5))))
'__case__ 439'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) ** (jnp.array(2.5))))
'__case__ 440'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) < (jnp.array(2.5))))
'__case__ 441'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) == (jnp.array(2.5))))
'__case__ 442'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) + (2)))
'__case__ 443'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) - (2)))
'__case__ 444'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) * (2)))
'__case__ 445'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) / (2)))
'__case__ 446'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) // (2)))
'__case__ 447'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) % (2)))
'__case__ 448'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) ** (2)))
'__case__ 449'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) < (2)))
'__case__ 450'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) == (2)))
'__case__ 451'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) + (2.5)))
'__case__ 452'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) - (2.5)))
'__case__ 453'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) * (2.5)))
'__case__ 454'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) / (2.5)))
'__case__ 455'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) // (2.5)))
'__case__ 456'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) % (2.5)))
'__case__ 457'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) ** (2.5)))
'__case__ 458'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) < (2.5)))
'__case__ 459'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) == (2.5)))
'__case__ 460'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) + (True)))
'__case__ 461'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) - (True)))
'__case__ 462'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) * (True)))
'__case__ 463'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) / (True)))
'__case__ 464'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) // (True)))
'__case__ 465'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) % (True)))
'__case__ 466'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) ** (True)))
'__case__ 467'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) < (True)))
'__case__ 468'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) == (True)))
'__case__ 469'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) + (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 470'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) - (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 471'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) * (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 472'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) / (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 473'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) // (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 474'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) % (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 475'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) ** (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 476'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) < (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 477'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) == (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 478'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) + (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 479'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) - (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 480'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) * (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 481'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) / (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 482'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) // (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 483'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) % (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 484'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) ** (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 485'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) < (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 486'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) == (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 487'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) + (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 488'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) - (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 489'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) * (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 490'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) / (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 491'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) // (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 492'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) % (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 493'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) ** (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 494'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) < (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 495'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) == (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 496'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) + (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 497'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) - (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 498'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) * (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 499'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 500'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) // (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 501'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) % (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 502'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) ** (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 503'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) < (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 504'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) == (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 505'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) + (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 506'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) - (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 507'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) * (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 508'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) / (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 509'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) // (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 510'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) % (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 511'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) ** (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 512'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) < (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 513'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) == (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 514'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 515'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 516'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 517'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 518'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 519'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 520'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 521'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 522'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 523'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 524'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 525'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 526'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 527'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 528'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 529'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 530'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 531'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 532'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) + (jnp.array([True, False, True]))))
'__case__ 533'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) - (jnp.array([True, False, True]))))
'__case__ 534'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) * (jnp.array([True, False, True]))))
'__case__ 535'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) / (jnp.array([True, False, True]))))
'__case__ 536'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) // (jnp.array([True, False, True]))))
'__case__ 537'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) % (jnp.array([True, False, True]))))
'__case__ 538'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) ** (jnp.array([True, False, True]))))
'__case__ 539'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) < (jnp.array([True, False, True]))))
'__case__ 540'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) == (jnp.array([True, False, True]))))
'__case__ 541'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) + (jnp.array(2))))
'__case__ 542'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) - (jnp.array(2))))
'__case__ 543'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) * (jnp.array(2))))
'__case__ 544'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) / (jnp.array(2))))
'__case__ 545'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) // (jnp.array(2))))
'__case__ 546'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) % (jnp.array(2))))
'__case__ 547'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) ** (jnp.array(2))))
'__case__ 548'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) < (jnp.array(2))))
'__case__ 549'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) == (jnp.array(2))))
'__case__ 550'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) + (jnp.array(2.5))))
'__case__ 551'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) - (jnp.array(2.5))))
'__case__ 552'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) * (jnp.array(2.5))))
'__case__ 553'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) / (jnp.array(2.5))))
'__case__ 554'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) // (jnp.array(2.5))))
'__case__ 555'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) % (jnp.array(2.5))))
'__case__ 556'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) ** (jnp.array(2.5))))
'__case__ 557'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) < (jnp.array(2.5))))
'__case__ 558'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) == (jnp.array(2.5))))
'__case__ 559'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) + (2)))
'__case__ 560'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) - (2)))
'__case__ 561'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) * (2)))
'__case__ 562'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) / (2)))
'__case__ 563'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) // (2)))
'__case__ 564'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) % (2)))
'__case__ 565'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) ** (2)))
'__case__ 566'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) < (2)))
'__case__ 567'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) == (2)))
'__case__ 568'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) + (2.5)))
'__case__ 569'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) - (2.5)))
'__case__ 570'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) * (2.5)))
'__case__ 571'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) / (2.5)))
'__case__ 572'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) // (2.5)))
'__case__ 573'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) % (2.5)))
'__case__ 574'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) ** (2.5)))
'__case__ 575'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) < (2.5)))
'__case__ 576'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) == (2.5)))
'__case__ 577'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) + (True)))
'__case__ 578'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) - (True)))
'__case__ 579'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) * (True)))
'__case__ 580'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) / (True)))
'__case__ 581'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) // (True)))
'__case__ 582'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) % (True)))
'__case__ 583'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) ** (True)))
'__case__ 584'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) < (True)))
'__case__ 585'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) == (True)))
'__case__ 586'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) + (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 587'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) - (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 588'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) * (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 589'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) / (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 590'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) // (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 591'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) % (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 592'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) ** (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 593'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) < (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 594'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) == (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 595'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) + (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 596'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) - (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 597'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) * (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 598'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) / (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 599'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) // (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 600'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) % (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 601'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) ** (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 602'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) < (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 603'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) == (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 604'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) + (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 605'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) - (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 606'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) * (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 607'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) / (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 608'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) // (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 609'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) % (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 610'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) ** (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 611'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) < (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 612'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) == (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 613'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) + (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 614'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) - (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 615'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) * (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 616'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 617'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) // (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 618'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) % (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 619'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) ** (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 620'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) < (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 621'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) == (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 622'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) + (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 623'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) - (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 624'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) * (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 625'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) / (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 626'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) // (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 627'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) % (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 628'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) ** (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 629'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) < (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 630'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) == (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 631'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 632'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 633'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 634'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 635'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 636'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 637'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 638'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 639'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 640'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 641'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 642'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 643'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 644'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 645'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 646'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 647'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 648'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 649'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) + (jnp.array([True, False, True]))))
'__case__ 650'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) - (jnp.array([True, False, True]))))
'__case__ 651'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) * (jnp.array([True, False, True]))))
'__case__ 652'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) / (jnp.array([True, False, True]))))
'__case__ 653'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) // (jnp.array([True, False, True]))))
'__case__ 654'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) % (jnp.array([True, False, True]))))
'__case__ 655'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) ** (jnp.array([True, False, True]))))
'__case__ 656'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) < (jnp.array([True, False, True]))))
'__case__ 657'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) == (jnp.array([True, False, True]))))
'__case__ 658'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) + (jnp.array(2))))
'__case__ 659'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) - (jnp.array(2))))
'__case__ 660'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) * (jnp.array(2))))
'__case__ 661'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) / (jnp.array(2))))
'__case__ 662'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) // (jnp.array(2))))
'__case__ 663'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) % (jnp.array(2))))
'__case__ 664'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) ** (jnp.array(2))))
'__case__ 665'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) < (jnp.array(2))))
'__case__ 666'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) == (jnp.array(2))))
'__case__ 667'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) + (jnp.array(2.5))))
'__case__ 668'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) - (jnp.array(2.5))))
'__case__ 669'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) * (jnp.array(2.5))))
'__case__ 670'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) / (jnp.array(2.5))))
'__case__ 671'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) // (jnp.array(2.5))))
'__case__ 672'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) % (jnp.array(2.5))))
'__case__ 673'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) ** (jnp.array(2.5))))
'__case__ 674'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) < (jnp.array(2.5))))
'__case__ 675'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) == (jnp.array(2.5))))
'__case__ 676'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) + (2)))
'__case__ 677'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) - (2)))
'__case__ 678'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) * (2)))
'__case__ 679'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) / (2)))
'__case__ 680'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) // (2)))
'__case__ 681'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) % (2)))
'__case__ 682'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) ** (2)))
'__case__ 683'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) < (2)))
'__case__ 684'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) == (2)))
'__case__ 685'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) + (2.5)))
'__case__ 686'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) - (2.5)))
'__case__ 687'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) * (2.5)))
'__case__ 688'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) / (2.5)))
'__case__ 689'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) // (2.5)))
'__case__ 690'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) % (2.5)))
'__case__ 691'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) ** (2.5)))
'__case__ 692'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) < (2.5)))
'__case__ 693'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) == (2.5)))
'__case__ 694'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) + (True)))
'__case__ 695'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) - (True)))
'__case__ 696'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) * (True)))
'__case__ 697'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) / (True)))
'__case__ 698'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) // (True)))
'__case__ 699'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) % (True)))
'__case__ 700'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) ** (True)))
'__case__ 701'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) < (True)))
'__case__ 702'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) == (True)))
'__case__ 703'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) + (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 704'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) - (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 705'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) * (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 706'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) / (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 707'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) // (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 708'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) % (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 709'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) ** (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 710'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) < (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 711'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) == (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 712'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) + (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 713'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) - (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 714'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) * (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 715'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) / (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 716'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) // (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 717'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) % (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 718'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) ** (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 719'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) < (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 720'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) == (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 721'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) + (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 722'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) - (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 723'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) * (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 724'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) / (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 725'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) // (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 726'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) % (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 727'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) ** (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 728'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) < (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 729'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) == (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 730'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) + (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 731'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) - (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 732'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) * (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 733'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 734'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) // (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 735'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) % (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 736'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) ** (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 737'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) < (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 738'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) == (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 739'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) + (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 740'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) - (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 741'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) * (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 742'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) / (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 743'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) // (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 744'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) % (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 745'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) ** (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 746'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) < (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 747'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) == (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 748'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 749'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 750'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 751'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 752'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 753'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 754'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 755'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 756'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 757'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 758'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 759'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 760'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 761'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 762'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 763'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 764'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 765'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 766'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) + (jnp.array([True, False, True]))))
'__case__ 767'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) - (jnp.array([True, False, True]))))
'__case__ 768'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) * (jnp.array([True, False, True]))))
'__case__ 769'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) / (jnp.array([True, False, True]))))
'__case__ 770'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) // (jnp.array([True, False, True]))))
'__case__ 771'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) % (jnp.array([True, False, True]))))
'__case__ 772'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) ** (jnp.array([True, False, True]))))
'__case__ 773'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) < (jnp.array([True, False, True]))))
'__case__ 774'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) == (jnp.array([True, False, True]))))
'__case__ 775'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) + (jnp.array(2))))
'__case__ 776'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) - (jnp.array(2))))
'__case__ 777'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) * (jnp.array(2))))
'__case__ 778'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) / (jnp.array(2))))
'__case__ 779'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) // (jnp.array(2))))
'__case__ 780'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) % (jnp.array(2))))
'__case__ 781'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) ** (jnp.array(2))))
'__case__ 782'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) < (jnp.array(2))))
'__case__ 783'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) == (jnp.array(2))))
'__case__ 784'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) + (jnp.array(2.5))))
'__case__ 785'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) - (jnp.array(2.5))))
'__case__ 786'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) * (jnp.array(2.5))))
'__case__ 787'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) / (jnp.array(2.5))))
'__case__ 788'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) // (jnp.array(2.5))))
'__case__ 789'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) % (jnp.array(2.5))))
'__case__ 790'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) ** (jnp.array(2.5))))
'__case__ 791'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) < (jnp.array(2.5))))
'__case__ 792'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) == (jnp.array(2.5))))
'__case__ 793'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) + (2)))
'__case__ 794'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) - (2)))
'__case__ 795'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) * (2)))
'__case__ 796'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) / (2)))
'__case__ 797'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) // (2)))
'__case__ 798'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) % (2)))
'__case__ 799'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) ** (2)))
'__case__ 800'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) < (2)))
'__case__ 801'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) == (2)))
'__case__ 802'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) + (2.5)))
'__case__ 803'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) - (2.5)))
'__case__ 804'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) * (2.5)))
'__case__ 805'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) / (2.5)))
'__case__ 806'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) // (2.5)))
'__case__ 807'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) % (2.5)))
'__case__ 808'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) ** (2.5)))
'__case__ 809'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) < (2.5)))
'__case__ 810'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) == (2.5)))
'__case__ 811'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) + (True)))
'__case__ 812'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) - (True)))
'__case__ 813'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) * (True)))
'__case__ 814'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) / (True)))
'__case__ 815'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) // (True)))
'__case__ 816'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) % (True)))
'__case__ 817'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) ** (True)))
'__case__ 818'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) < (True)))
'__case__ 819'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) == (True)))
'__case__ 820'
print(repr((jnp.array([True, False, True])) + (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 821'
print(repr((jnp.array([True, False, True])) - (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 822'
print(repr((jnp.array([True, False, True])) * (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 823'
print(repr((jnp.array([True, False, True])) / (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 824'
print(repr((jnp.array([True, False, True])) // (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 825'
print(repr((jnp.array([True, False, True])) % (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 826'
print(repr((jnp.array([True, False, True])) ** (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 827'
print(repr((jnp.array([True, False, True])) < (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 828'
print(repr((jnp.array([True, False, True])) == (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 829'
print(repr((jnp.array([True, False, True])) + (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 830'
print(repr((jnp.array([True, False, True])) - (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 831'
print(repr((jnp.array([True, False, True])) * (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 832'
print(repr((jnp.array([True, False, True])) / (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 833'
print(repr((jnp.array([True, False, True])) // (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 834'
print(repr((jnp.array([True, False, True])) % (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 835'
print(repr((jnp.array([True, False, True])) ** (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 836'
print(repr((jnp.array([True, False, True])) < (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 837'
print(repr((jnp.array([True, False, True])) == (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 838'
print(repr((jnp.array([True, False, True])) + (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 839'
print(repr((jnp.array([True, False, True])) - (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 840'
print(repr((jnp.array([True, False, True])) * (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 841'
print(repr((jnp.array([True, False, True])) / (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 842'
print(repr((jnp.array([True, False, True])) // (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 843'
print(repr((jnp.array([True, False, True])) % (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 844'
print(repr((jnp.array([True, False, True])) ** (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 845'
print(repr((jnp.array([True, False, True])) < (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 846'
print(repr((jnp.array([True, False, True])) == (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 847'
print(repr((jnp.array([True, False, True])) + (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 848'
print(repr((jnp.array([True, False, True])) - (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 849'
print(repr((jnp.array([True, False, True])) * (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 850'
print(repr((jnp.array([True, False, True])) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 851'
print(repr((jnp.array([True, False, True])) // (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 852'
print(repr((jnp.array([True, False, True])) % (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 853'
print(repr((jnp.array([True, False, True])) ** (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 854'
print(repr((jnp.array([True, False, True])) < (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 855'
print(repr((jnp.array([True, False, True])) == (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 856'
print(repr((jnp.array([True, False, True])) + (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 857'
print(repr((jnp.array([True, False, True])) - (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 858'
print(repr((jnp.array([True, False, True])) * (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 859'
print(repr((jnp.array([True, False, True])) / (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 860'
print(repr((jnp.array([True, False, True])) // (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 861'
print(repr((jnp.array([True, False, True])) % (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 862'
print(repr((jnp.array([True, False, True])) ** (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 863'
print(repr((jnp.array([True, False, True])) < (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 864'
print(repr((jnp.array([True, False, True])) == (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 865'
print(repr((jnp.array([True, False, True])) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 866'
print(repr((jnp.array([True, False, True])) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 867'
print(repr((jnp.array([True, False, True])) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 868'
print(repr((jnp.array([True, False, True])) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 869'
print(repr((jnp.array([True, False, True])) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 870'
print(repr((jnp.array([True, False, True])) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 871'
print(repr((jnp.array([True, False, True])) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 872'
print(repr((jnp.array([True, False, True])) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 873'
print(repr((jnp.array([True, False, True])) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 874'
print(repr((jnp.array([True, False, True])) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 875'
print(repr((jnp.array([True, False, True])) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 876'
print(repr((jnp.array([True, False, True])) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 877'
print(repr((jnp.array([True, False, True])) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 878'
print(repr((jnp.array([True, False, True])) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 879'
print(repr((jnp.array([True, False, True])) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 880'
print(repr((jnp.array([True, False, True])) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 881'
print(repr((jnp.array([True, False, True])) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 882'
print(repr((jnp.array([True, False, True])) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 883'
print(repr((jnp.array([True, False, True])) + (jnp.array([True, False, True]))))
'__case__ 884'
print(repr((jnp.array([True, False, True])) - (jnp.array([True, False, True]))))
'__case__ 885'
print(repr((jnp.array([True, False, True])) * (jnp.array([True, False, True]))))
'__case__ 886'
print(repr((jnp.array([True, False, True])) / (jnp.array([True, False, True]))))
'__case__ 887'
print(repr((jnp.array([True, False, True])) // (jnp.array([True, False, True]))))
'__case__ 888'
print(repr((jnp.array([True, False, True])) % (jnp.array([True, False, True]))))
'__case__ 889'
print(repr((jnp.array([True, False, True])) ** (jnp.array([True, False, True]))))
'__case__ 890'
print(repr((jnp.array([True, False, True])) < (jnp.array([True, False, True]))))
'__case__ 891'
print(repr((jnp.array([True, False, True])) == (jnp.array([True, False, True]))))
'__case__ 892'
print(repr((jnp.array([True, False, True])) + (jnp.array(2))))
'__case__ 893'
print(repr((jnp.array([True, False, True])) - (jnp.array(2))))
'__case__ 894'
print(repr((jnp.array([True, False, True])) * (jnp.array(2))))
'__case__ 895'
print(repr((jnp.array([True, False, True])) / (jnp.array(2))))
'__case__ 896'
print(repr((jnp.array([True, False, True])) // (jnp.array(2))))
'__case__ 897'
print(repr((jnp.array([True, False, True])) % (jnp.array(2))))
'__case__ 898'
print(repr((jnp.array([True, False, True])) ** (jnp.array(2))))
'__case__ 899'
print(repr((jnp.array([True, False, True])) < (jnp.array(2))))
'__case__ 900'
print(repr((jnp.array([True, False, True])) == (jnp.array(2))))
'__case__ 901'
print(repr((jnp.array([True, False, True])) + (jnp.array(2.5))))
'__case__ 902'
print(repr((jnp.array([True, False, True])) - (jnp.array(2.5))))
'__case__ 903'
print(repr((jnp.array([True, False, True])) * (jnp.array(2.5))))
'__case__ 904'
print(repr((jnp.array([True, False, True])) / (jnp.array(2.5))))
'__case__ 905'
print(repr((jnp.array([True, False, True])) // (jnp.array(2.5))))
'__case__ 906'
print(repr((jnp.array([True, False, True])) % (jnp.array(2.5))))
'__case__ 907'
print(repr((jnp.array([True, False, True])) ** (jnp.array(2.5))))
'__case__ 908'
print(repr((jnp.array([True, False, True])) < (jnp.array(2.5))))
'__case__ 909'
print(repr((jnp.array([True, False, True])) == (jnp.array(2.5))))
'__case__ 910'
print(repr((jnp.array([True, False, True])) + (2)))
'__case__ 911'
print(repr((jnp.array([True, False, True])) - (2)))
'__case__ 912'
print(repr((jnp.array([True, False, True])) * (2)))
'__case__ 913'
print(repr((jnp.array([True, False, True])) / (2)))
'__case__ 914'
print(repr((jnp.array([True, False, True])) // (2)))
'__case__ 915'
print(repr((jnp.array([True, False, True])) % (2)))
'__case__ 916'
print(repr((jnp.array([True, False, True])) ** (2)))
'__case__ 917'
print(repr((jnp.array([True, False, True])) < (2)))
'__case__ 918'
print(repr((jnp.array([True, False, True])) == (2)))
'__case__ 919'
print(repr((jnp.array([True, False, True])) + (2.5)))
'__case__ 920'
print(repr((jnp.array([True, False, True])) - (2.5)))
'__case__ 921'
print(repr((jnp.array([True, False, True])) * (2.5)))
'__case__ 922'
print(repr((jnp.array([True, False, True])) / (2.5)))
'__case__ 923'
print(repr((jnp.array([True, False, True])) // (2.5)))
'__case__ 924'
print(repr((jnp.array([True, False, True])) % (2.5)))
'__case__ 925'
print(repr((jnp.array([True, False, True])) ** (2.5)))
'__case__ 926'
print(repr((jnp.array([True, False, True])) < (2.5)))
'__case__ 927'
print(repr((jnp.array([True, False, True])) == (2.5)))
'__case__ 928'
print(repr((jnp.array([True, False, True])) + (True)))
'__case__ 929'
print(repr((jnp.array([True, False, True])) - (True)))
'__case__ 930'
print(repr((jnp.array([True, False, True])) * (True)))
'__case__ 931'
print(repr((jnp.array([True, False, True])) / (True)))
'__case__ 932'
print(repr((jnp.array([True, False, True])) // (True)))
'__case__ 933'
print(repr((jnp.array([True, False, True])) % (True)))
'__case__ 934'
print(repr((jnp.array([True, False, True])) ** (True)))
'__case__ 935'
print(repr((jnp.array([True, False, True])) < (True)))
'__case__ 936'
print(repr((jnp.array([True, False, True])) == (True)))
'__case__ 937'
print(repr((jnp.array(2)) + (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 938'
print(repr((jnp.array(2)) - (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 939'
print(repr((jnp.array(2)) * (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 940'
print(repr((jnp.array(2)) / (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 941'
print(repr((jnp.array(2)) // (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 942'
print(repr((jnp.array(2)) % (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 943'
print(repr((jnp.array(2)) ** (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 944'
print(repr((jnp.array(2)) < (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 945'
print(repr((jnp.array(2)) == (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 946'
print(repr((jnp.array(2)) + (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 947'
print(repr((jnp.array(2)) - (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 948'
print(repr((jnp.array(2)) * (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 949'
print(repr((jnp.array(2)) / (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 950'
print(repr((jnp.array(2)) // (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 951'
print(repr((jnp.array(2)) % (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 952'
print(repr((jnp.array(2)) ** (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 953'
print(repr((jnp.array(2)) < (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 954'
print(repr((jnp.array(2)) == (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 955'
print(repr((jnp.array(2)) + (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 956'
print(repr((jnp.array(2)) - (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 957'
print(repr((jnp.array(2)) * (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 958'
print(repr((jnp.array(2)) / (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 959'
print(repr((jnp.array(2)) // (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 960'
print(repr((jnp.array(2)) % (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 961'
print(repr((jnp.array(2)) ** (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 962'
print(repr((jnp.array(2)) < (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 963'
print(repr((jnp.array(2)) == (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 964'
print(repr((jnp.array(2)) + (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 965'
print(repr((jnp.array(2)) - (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 966'
print(repr((jnp.array(2)) * (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 967'
print(repr((jnp.array(2)) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 968'
print(repr((jnp.array(2)) // (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 969'
print(repr((jnp.array(2)) % (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 970'
print(repr((jnp.array(2)) ** (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 971'
print(repr((jnp.array(2)) < (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 972'
print(repr((jnp.array(2)) == (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 973'
print(repr((jnp.array(2)) + (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 974'
print(repr((jnp.array(2)) - (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 975'
print(repr((jnp.array(2)) * (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 976'
print(repr((jnp.array(2)) / (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 977'
print(repr((jnp.array(2)) // (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 978'
print(repr((jnp.array(2)) % (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 979'
print(repr((jnp.array(2)) ** (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 980'
print(repr((jnp.array(2)) < (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 981'
print(repr((jnp.array(2)) == (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 982'
print(repr((jnp.array(2)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 983'
print(repr((jnp.array(2)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 984'
print(repr((jnp.array(2)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 985'
print(repr((jnp.array(2)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 986'
print(repr((jnp.array(2)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 987'
print(repr((jnp.array(2)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 988'
print(repr((jnp.array(2)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 989'
print(repr((jnp.array(2)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 990'
print(repr((jnp.array(2)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 991'
print(repr((jnp.array(2)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 992'
print(repr((jnp.array(2)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 993'
print(repr((jnp.array(2)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 994'
print(repr((jnp.array(2)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 995'
print(repr((jnp.array(2)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 996'
print(repr((jnp.array(2)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 997'
print(repr((jnp.array(2)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 998'
print(repr((jnp.array(2)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 999'
print(repr((jnp.array(2)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1000'
print(repr((jnp.array(2)) + (jnp.array([True, False, True]))))
'__case__ 1001'
print(repr((jnp.array(2)) - (jnp.array([True, False, True]))))
'__case__ 1002'
print(repr((jnp.array(2)) * (jnp.array([True, False, True]))))
'__case__ 1003'
print(repr((jnp.array(2)) / (jnp.array([True, False, True]))))
'__case__ 1004'
print(repr((jnp.array(2)) // (jnp.array([True, False, True]))))
'__case__ 1005'
print(repr((jnp.array(2)) % (jnp.array([True, False, True]))))
'__case__ 1006'
print(repr((jnp.array(2)) ** (jnp.array([True, False, True]))))
'__case__ 1007'
print(repr((jnp.array(2)) < (jnp.array([True, False, True]))))
'__case__ 1008'
print(repr((jnp.array(2)) == (jnp.array([True, False, True]))))
'__case__ 1009'
print(repr((jnp.array(2)) + (jnp.array(2))))
'__case__ 1010'
print(repr((jnp.array(2)) - (jnp.array(2))))
'__case__ 1011'
print(repr((jnp.array(2)) * (jnp.array(2))))
'__case__ 1012'
print(repr((jnp.array(2)) / (jnp.array(2))))
'__case__ 1013'
print(repr((jnp.array(2)) // (jnp.array(2))))
'__case__ 1014'
print(repr((jnp.array(2)) % (jnp.array(2))))
'__case__ 1015'
print(repr((jnp.array(2)) ** (jnp.array(2))))
'__case__ 1016'
print(repr((jnp.array(2)) < (jnp.array(2))))
'__case__ 1017'
print(repr((jnp.array(2)) == (jnp.array(2))))
'__case__ 1018'
print(repr((jnp.array(2)) + (jnp.array(2.5))))
'__case__ 1019'
print(repr((jnp.array(2)) - (jnp.array(2.5))))
'__case__ 1020'
print(repr((jnp.array(2)) * (jnp.array(2.5))))
'__case__ 1021'
print(repr((jnp.array(2)) / (jnp.array(2.5))))
'__case__ 1022'
print(repr((jnp.array(2)) // (jnp.array(2.5))))
'__case__ 1023'
print(repr((jnp.array(2)) % (jnp.array(2.5))))
'__case__ 1024'
print(repr((jnp.array(2)) ** (jnp.array(2.5))))
'__case__ 1025'
print(repr((jnp.array(2)) < (jnp.array(2.5))))
'__case__ 1026'
print(repr((jnp.array(2)) == (jnp.array(2.5))))
'__case__ 1027'
print(repr((jnp.array(2)) + (2)))
'__case__ 1028'
print(repr((jnp.array(2)) - (2)))
'__case__ 1029'
print(repr((jnp.array(2)) * (2)))
'__case__ 1030'
print(repr((jnp.array(2)) / (2)))
'__case__ 1031'
print(repr((jnp.array(2)) // (2)))
'__case__ 1032'
print(repr((jnp.array(2)) % (2)))
'__case__ 1033'
print(repr((jnp.array(2)) ** (2)))
'__case__ 1034'
print(repr((jnp.array(2)) < (2)))
'__case__ 1035'
print(repr((jnp.array(2)) == (2)))
'__case__ 1036'
print(repr((jnp.array(2)) + (2.5)))
'__case__ 1037'
print(repr((jnp.array(2)) - (2.5)))
'__case__ 1038'
print(repr((jnp.array(2)) * (2.5)))
'__case__ 1039'
print(repr((jnp.array(2)) / (2.5)))
'__case__ 1040'
print(repr((jnp.array(2)) // (2.5)))
'__case__ 1041'
print(repr((jnp.array(2)) % (2.5)))
'__case__ 1042'
print(repr((jnp.array(2)) ** (2.5)))
'__case__ 1043'
print(repr((jnp.array(2)) < (2.5)))
'__case__ 1044'
print(repr((jnp.array(2)) == (2.5)))
'__case__ 1045'
print(repr((jnp.array(2)) + (True)))
'__case__ 1046'
print(repr((jnp.array(2)) - (True)))
'__case__ 1047'
print(repr((jnp.array(2)) * (True)))
'__case__ 1048'
print(repr((jnp.array(2)) / (True)))
'__case__ 1049'
print(repr((jnp.array(2)) // (True)))
'__case__ 1050'
print(repr((jnp.array(2)) % (True)))
'__case__ 1051'
print(repr((jnp.array(2)) ** (True)))
'__case__ 1052'
print(repr((jnp.array(2)) < (True)))
'__case__ 1053'
print(repr((jnp.array(2)) == (True)))
'__case__ 1054'
print(repr((jnp.array(2.5)) + (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1055'
print(repr((jnp.array(2.5)) - (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1056'
print(repr((jnp.array(2.5)) * (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1057'
print(repr((jnp.array(2.5)) / (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1058'
print(repr((jnp.array(2.5)) // (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1059'
print(repr((jnp.array(2.5)) % (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1060'
print(repr((jnp.array(2.5)) ** (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1061'
print(repr((jnp.array(2.5)) < (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1062'
print(repr((jnp.array(2.5)) == (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1063'
print(repr((jnp.array(2.5)) + (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1064'
print(repr((jnp.array(2.5)) - (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1065'
print(repr((jnp.array(2.5)) * (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1066'
print(repr((jnp.array(2.5)) / (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1067'
print(repr((jnp.array(2.5)) // (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1068'
print(repr((jnp.array(2.5)) % (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1069'
print(repr((jnp.array(2.5)) ** (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1070'
print(repr((jnp.array(2.5)) < (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1071'
print(repr((jnp.array(2.5)) == (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1072'
print(repr((jnp.array(2.5)) + (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1073'
print(repr((jnp.array(2.5)) - (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1074'
print(repr((jnp.array(2.5)) * (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1075'
print(repr((jnp.array(2.5)) / (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1076'
print(repr((jnp.array(2.5)) // (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1077'
print(repr((jnp.array(2.5)) % (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1078'
print(repr((jnp.array(2.5)) ** (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1079'
print(repr((jnp.array(2.5)) < (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1080'
print(repr((jnp.array(2.5)) == (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1081'
print(repr((jnp.array(2.5)) + (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1082'
print(repr((jnp.array(2.5)) - (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1083'
print(repr((jnp.array(2.5)) * (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1084'
print(repr((jnp.array(2.5)) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1085'
print(repr((jnp.array(2.5)) // (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1086'
print(repr((jnp.array(2.5)) % (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1087'
print(repr((jnp.array(2.5)) ** (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1088'
print(repr((jnp.array(2.5)) < (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1089'
print(repr((jnp.array(2.5)) == (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1090'
print(repr((jnp.array(2.5)) + (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1091'
print(repr((jnp.array(2.5)) - (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1092'
print(repr((jnp.array(2.5)) * (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1093'
print(repr((jnp.array(2.5)) / (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1094'
print(repr((jnp.array(2.5)) // (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1095'
print(repr((jnp.array(2.5)) % (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1096'
print(repr((jnp.array(2.5)) ** (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1097'
print(repr((jnp.array(2.5)) < (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1098'
print(repr((jnp.array(2.5)) == (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1099'
print(repr((jnp.array(2.5)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1100'
print(repr((jnp.array(2.5)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1101'
print(repr((jnp.array(2.5)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1102'
print(repr((jnp.array(2.5)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1103'
print(repr((jnp.array(2.5)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1104'
print(repr((jnp.array(2.5)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1105'
print(repr((jnp.array(2.5)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1106'
print(repr((jnp.array(2.5)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1107'
print(repr((jnp.array(2.5)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1108'
print(repr((jnp.array(2.5)) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1109'
print(repr((jnp.array(2.5)) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1110'
print(repr((jnp.array(2.5)) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1111'
print(repr((jnp.array(2.5)) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1112'
print(repr((jnp.array(2.5)) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1113'
print(repr((jnp.array(2.5)) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1114'
print(repr((jnp.array(2.5)) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1115'
print(repr((jnp.array(2.5)) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1116'
print(repr((jnp.array(2.5)) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1117'
print(repr((jnp.array(2.5)) + (jnp.array([True, False, True]))))
'__case__ 1118'
print(repr((jnp.array(2.5)) - (jnp.array([True, False, True]))))
'__case__ 1119'
print(repr((jnp.array(2.5)) * (jnp.array([True, False, True]))))
'__case__ 1120'
print(repr((jnp.array(2.5)) / (jnp.array([True, False, True]))))
'__case__ 1121'
print(repr((jnp.array(2.5)) // (jnp.array([True, False, True]))))
'__case__ 1122'
print(repr((jnp.array(2.5)) % (jnp.array([True, False, True]))))
'__case__ 1123'
print(repr((jnp.array(2.5)) ** (jnp.array([True, False, True]))))
'__case__ 1124'
print(repr((jnp.array(2.5)) < (jnp.array([True, False, True]))))
'__case__ 1125'
print(repr((jnp.array(2.5)) == (jnp.array([True, False, True]))))
'__case__ 1126'
print(repr((jnp.array(2.5)) + (jnp.array(2))))
'__case__ 1127'
print(repr((jnp.array(2.5)) - (jnp.array(2))))
'__case__ 1128'
print(repr((jnp.array(2.5)) * (jnp.array(2))))
'__case__ 1129'
print(repr((jnp.array(2.5)) / (jnp.array(2))))
'__case__ 1130'
print(repr((jnp.array(2.5)) // (jnp.array(2))))
'__case__ 1131'
print(repr((jnp.array(2.5)) % (jnp.array(2))))
'__case__ 1132'
print(repr((jnp.array(2.5)) ** (jnp.array(2))))
'__case__ 1133'
print(repr((jnp.array(2.5)) < (jnp.array(2))))
'__case__ 1134'
print(repr((jnp.array(2.5)) == (jnp.array(2))))
'__case__ 1135'
print(repr((jnp.array(2.5)) + (jnp.array(2.5))))
'__case__ 1136'
print(repr((jnp.array(2.5)) - (jnp.array(2.5))))
'__case__ 1137'
print(repr((jnp.array(2.5)) * (jnp.array(2.5))))
'__case__ 1138'
print(repr((jnp.array(2.5)) / (jnp.array(2.5))))
'__case__ 1139'
print(repr((jnp.array(2.5)) // (jnp.array(2.5))))
'__case__ 1140'
print(repr((jnp.array(2.5)) % (jnp.array(2.5))))
'__case__ 1141'
print(repr((jnp.array(2.5)) ** (jnp.array(2.5))))
'__case__ 1142'
print(repr((jnp.array(2.5)) < (jnp.array(2.5))))
'__case__ 1143'
print(repr((jnp.array(2.5)) == (jnp.array(2.5))))
'__case__ 1144'
print(repr((jnp.array(2.5)) + (2)))
'__case__ 1145'
print(repr((jnp.array(2.5)) - (2)))
'__case__ 1146'
print(repr((jnp.array(2.5)) * (2)))
'__case__ 1147'
print(repr((jnp.array(2.5)) / (2)))
'__case__ 1148'
print(repr((jnp.array(2.5)) // (2)))
'__case__ 1149'
print(repr((jnp.array(2.5)) % (2)))
'__case__ 1150'
print(repr((jnp.array(2.5)) ** (2)))
'__case__ 1151'
print(repr((jnp.array(2.5)) < (2)))
'__case__ 1152'
print(repr((jnp.array(2.5)) == (2)))
'__case__ 1153'
print(repr((jnp.array(2.5)) + (2.5)))
'__case__ 1154'
print(repr((jnp.array(2.5)) - (2.5)))
'__case__ 1155'
print(repr((jnp.array(2.5)) * (2.5)))
'__case__ 1156'
print(repr((jnp.array(2.5)) / (2.5)))
'__case__ 1157'
print(repr((jnp.array(2.5)) // (2.5)))
'__case__ 1158'
print(repr((jnp.array(2.5)) % (2.5)))
'__case__ 1159'
print(repr((jnp.array(2.5)) ** (2.5)))
'__case__ 1160'
print(repr((jnp.array(2.5)) < (2.5)))
'__case__ 1161'
print(repr((jnp.array(2.5)) == (2.5)))
'__case__ 1162'
print(repr((jnp.array(2.5)) + (True)))
'__case__ 1163'
print(repr((jnp.array(2.5)) - (True)))
'__case__ 1164'
print(repr((jnp.array(2.5)) * (True)))
'__case__ 1165'
print(repr((jnp.array(2.5)) / (True)))
'__case__ 1166'
print(repr((jnp.array(2.5)) // (True)))
'__case__ 1167'
print(repr((jnp.array(2.5)) % (True)))
'__case__ 1168'
print(repr((jnp.array(2.5)) ** (True)))
'__case__ 1169'
print(repr((jnp.array(2.5)) < (True)))
'__case__ 1170'
print(repr((jnp.array(2.5)) == (True)))
'__case__ 1171'
print(repr((2) + (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1172'
print(repr((2) - (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1173'
print(repr((2) * (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1174'
print(repr((2) / (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1175'
print(repr((2) // (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1176'
print(repr((2) % (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1177'
print(repr((2) ** (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1178'
print(repr((2) < (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1179'
print(repr((2) == (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1180'
print(repr((2) + (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1181'
print(repr((2) - (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1182'
print(repr((2) * (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1183'
print(repr((2) / (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1184'
print(repr((2) // (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1185'
print(repr((2) % (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1186'
print(repr((2) ** (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1187'
print(repr((2) < (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1188'
print(repr((2) == (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1189'
print(repr((2) + (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1190'
print(repr((2) - (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1191'
print(repr((2) * (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1192'
print(repr((2) / (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1193'
print(repr((2) // (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1194'
print(repr((2) % (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1195'
print(repr((2) ** (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1196'
print(repr((2) < (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1197'
print(repr((2) == (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1198'
print(repr((2) + (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1199'
print(repr((2) - (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1200'
print(repr((2) * (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1201'
print(repr((2) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1202'
print(repr((2) // (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1203'
print(repr((2) % (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1204'
print(repr((2) ** (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1205'
print(repr((2) < (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1206'
print(repr((2) == (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1207'
print(repr((2) + (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1208'
print(repr((2) - (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1209'
print(repr((2) * (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1210'
print(repr((2) / (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1211'
print(repr((2) // (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1212'
print(repr((2) % (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1213'
print(repr((2) ** (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1214'
print(repr((2) < (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1215'
print(repr((2) == (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1216'
print(repr((2) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1217'
print(repr((2) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1218'
print(repr((2) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1219'
print(repr((2) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1220'
print(repr((2) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1221'
print(repr((2) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1222'
print(repr((2) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1223'
print(repr((2) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1224'
print(repr((2) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1225'
print(repr((2) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1226'
print(repr((2) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1227'
print(repr((2) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1228'
print(repr((2) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1229'
print(repr((2) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1230'
print(repr((2) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1231'
print(repr((2) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1232'
print(repr((2) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1233'
print(repr((2) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1234'
print(repr((2) + (jnp.array([True, False, True]))))
'__case__ 1235'
print(repr((2) - (jnp.array([True, False, True]))))
'__case__ 1236'
print(repr((2) * (jnp.array([True, False, True]))))
'__case__ 1237'
print(repr((2) / (jnp.array([True, False, True]))))
'__case__ 1238'
print(repr((2) // (jnp.array([True, False, True]))))
'__case__ 1239'
print(repr((2) % (jnp.array([True, False, True]))))
'__case__ 1240'
print(repr((2) ** (jnp.array([True, False, True]))))
'__case__ 1241'
print(repr((2) < (jnp.array([True, False, True]))))
'__case__ 1242'
print(repr((2) == (jnp.array([True, False, True]))))
'__case__ 1243'
print(repr((2) + (jnp.array(2))))
'__case__ 1244'
print(repr((2) - (jnp.array(2))))
'__case__ 1245'
print(repr((2) * (jnp.array(2))))
'__case__ 1246'
print(repr((2) / (jnp.array(2))))
'__case__ 1247'
print(repr((2) // (jnp.array(2))))
'__case__ 1248'
print(repr((2) % (jnp.array(2))))
'__case__ 1249'
print(repr((2) ** (jnp.array(2))))
'__case__ 1250'
print(repr((2) < (jnp.array(2))))
'__case__ 1251'
print(repr((2) == (jnp.array(2))))
'__case__ 1252'
print(repr((2) + (jnp.array(2.5))))
'__case__ 1253'
print(repr((2) - (jnp.array(2.5))))
'__case__ 1254'
print(repr((2) * (jnp.array(2.5))))
'__case__ 1255'
print(repr((2) / (jnp.array(2.5))))
'__case__ 1256'
print(repr((2) // (jnp.array(2.5))))
'__case__ 1257'
print(repr((2) % (jnp.array(2.5))))
'__case__ 1258'
print(repr((2) ** (jnp.array(2.5))))
'__case__ 1259'
print(repr((2) < (jnp.array(2.5))))
'__case__ 1260'
print(repr((2) == (jnp.array(2.5))))
'__case__ 1261'
print(repr((2.5) + (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1262'
print(repr((2.5) - (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1263'
print(repr((2.5) * (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1264'
print(repr((2.5) / (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1265'
print(repr((2.5) // (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1266'
print(repr((2.5) % (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1267'
print(repr((2.5) ** (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1268'
print(repr((2.5) < (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1269'
print(repr((2.5) == (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1270'
print(repr((2.5) + (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1271'
print(repr((2.5) - (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1272'
print(repr((2.5) * (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1273'
print(repr((2.5) / (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1274'
print(repr((2.5) // (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1275'
print(repr((2.5) % (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1276'
print(repr((2.5) ** (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1277'
print(repr((2.5) < (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1278'
print(repr((2.5) == (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1279'
print(repr((2.5) + (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1280'
print(repr((2.5) - (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1281'
print(repr((2.5) * (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1282'
print(repr((2.5) / (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1283'
print(repr((2.5) // (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1284'
print(repr((2.5) % (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1285'
print(repr((2.5) ** (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1286'
print(repr((2.5) < (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1287'
print(repr((2.5) == (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1288'
print(repr((2.5) + (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1289'
print(repr((2.5) - (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1290'
print(repr((2.5) * (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1291'
print(repr((2.5) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1292'
print(repr((2.5) // (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1293'
print(repr((2.5) % (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1294'
print(repr((2.5) ** (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1295'
print(repr((2.5) < (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1296'
print(repr((2.5) == (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1297'
print(repr((2.5) + (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1298'
print(repr((2.5) - (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1299'
print(repr((2.5) * (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1300'
print(repr((2.5) / (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1301'
print(repr((2.5) // (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1302'
print(repr((2.5) % (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1303'
print(repr((2.5) ** (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1304'
print(repr((2.5) < (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1305'
print(repr((2.5) == (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1306'
print(repr((2.5) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1307'
print(repr((2.5) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1308'
print(repr((2.5) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1309'
print(repr((2.5) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1310'
print(repr((2.5) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1311'
print(repr((2.5) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1312'
print(repr((2.5) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1313'
print(repr((2.5) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1314'
print(repr((2.5) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1315'
print(repr((2.5) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1316'
print(repr((2.5) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1317'
print(repr((2.5) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1318'
print(repr((2.5) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1319'
print(repr((2.5) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1320'
print(repr((2.5) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1321'
print(repr((2.5) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1322'
print(repr((2.5) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1323'
print(repr((2.5) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1324'
print(repr((2.5) + (jnp.array([True, False, True]))))
'__case__ 1325'
print(repr((2.5) - (jnp.array([True, False, True]))))
'__case__ 1326'
print(repr((2.5) * (jnp.array([True, False, True]))))
'__case__ 1327'
print(repr((2.5) / (jnp.array([True, False, True]))))
'__case__ 1328'
print(repr((2.5) // (jnp.array([True, False, True]))))
'__case__ 1329'
print(repr((2.5) % (jnp.array([True, False, True]))))
'__case__ 1330'
print(repr((2.5) ** (jnp.array([True, False, True]))))
'__case__ 1331'
print(repr((2.5) < (jnp.array([True, False, True]))))
'__case__ 1332'
print(repr((2.5) == (jnp.array([True, False, True]))))
'__case__ 1333'
print(repr((2.5) + (jnp.array(2))))
'__case__ 1334'
print(repr((2.5) - (jnp.array(2))))
'__case__ 1335'
print(repr((2.5) * (jnp.array(2))))
'__case__ 1336'
print(repr((2.5) / (jnp.array(2))))
'__case__ 1337'
print(repr((2.5) // (jnp.array(2))))
'__case__ 1338'
print(repr((2.5) % (jnp.array(2))))
'__case__ 1339'
print(repr((2.5) ** (jnp.array(2))))
'__case__ 1340'
print(repr((2.5) < (jnp.array(2))))
'__case__ 1341'
print(repr((2.5) == (jnp.array(2))))
'__case__ 1342'
print(repr((2.5) + (jnp.array(2.5))))
'__case__ 1343'
print(repr((2.5) - (jnp.array(2.5))))
'__case__ 1344'
print(repr((2.5) * (jnp.array(2.5))))
'__case__ 1345'
print(repr((2.5) / (jnp.array(2.5))))
'__case__ 1346'
print(repr((2.5) // (jnp.array(2.5))))
'__case__ 1347'
print(repr((2.5) % (jnp.array(2.5))))
'__case__ 1348'
print(repr((2.5) ** (jnp.array(2.5))))
'__case__ 1349'
print(repr((2.5) < (jnp.array(2.5))))
'__case__ 1350'
print(repr((2.5) == (jnp.array(2.5))))
'__case__ 1351'
print(repr((True) + (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1352'
print(repr((True) - (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1353'
print(repr((True) * (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1354'
print(repr((True) / (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1355'
print(repr((True) // (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1356'
print(repr((True) % (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1357'
print(repr((True) ** (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1358'
print(repr((True) < (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1359'
print(repr((True) == (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1360'
print(repr((True) + (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1361'
print(repr((True) - (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1362'
print(repr((True) * (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1363'
print(repr((True) / (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1364'
print(repr((True) // (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1365'
print(repr((True) % (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1366'
print(repr((True) ** (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1367'
print(repr((True) < (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1368'
print(repr((True) == (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1369'
print(repr((True) + (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1370'
print(repr((True) - (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1371'
print(repr((True) * (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1372'
print(repr((True) / (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1373'
print(repr((True) // (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1374'
print(repr((True) % (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1375'
print(repr((True) ** (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1376'
print(repr((True) < (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1377'
print(repr((True) == (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1378'
print(repr((True) + (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1379'
print(repr((True) - (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1380'
print(repr((True) * (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1381'
print(repr((True) / (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1382'
print(repr((True) // (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1383'
print(repr((True) % (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1384'
print(repr((True) ** (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1385'
print(repr((True) < (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1386'
print(repr((True) == (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1387'
print(repr((True) + (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1388'
print(repr((True) - (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1389'
print(repr((True) * (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1390'
print(repr((True) / (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1391'
print(repr((True) // (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1392'
print(repr((True) % (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1393'
print(repr((True) ** (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1394'
print(repr((True) < (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1395'
print(repr((True) == (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1396'
print(repr((True) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1397'
print(repr((True) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1398'
print(repr((True) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1399'
print(repr((True) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1400'
print(repr((True) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1401'
print(repr((True) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1402'
print(repr((True) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1403'
print(repr((True) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1404'
print(repr((True) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1405'
print(repr((True) + (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1406'
print(repr((True) - (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1407'
print(repr((True) * (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1408'
print(repr((True) / (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1409'
print(repr((True) // (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1410'
print(repr((True) % (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1411'
print(repr((True) ** (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1412'
print(repr((True) < (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1413'
print(repr((True) == (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1414'
print(repr((True) + (jnp.array([True, False, True]))))
'__case__ 1415'
print(repr((True) - (jnp.array([True, False, True]))))
'__case__ 1416'
print(repr((True) * (jnp.array([True, False, True]))))
'__case__ 1417'
print(repr((True) / (jnp.array([True, False, True]))))
'__case__ 1418'
print(repr((True) // (jnp.array([True, False, True]))))
'__case__ 1419'
print(repr((True) % (jnp.array([True, False, True]))))
'__case__ 1420'
print(repr((True) ** (jnp.array([True, False, True]))))
'__case__ 1421'
print(repr((True) < (jnp.array([True, False, True]))))
'__case__ 1422'
print(repr((True) == (jnp.array([True, False, True]))))
'__case__ 1423'
print(repr((True) + (jnp.array(2))))
'__case__ 1424'
print(repr((True) - (jnp.array(2))))
'__case__ 1425'
print(repr((True) * (jnp.array(2))))
'__case__ 1426'
print(repr((True) / (jnp.array(2))))
'__case__ 1427'
print(repr((True) // (jnp.array(2))))
'__case__ 1428'
print(repr((True) % (jnp.array(2))))
'__case__ 1429'
print(repr((True) ** (jnp.array(2))))
'__case__ 1430'
print(repr((True) < (jnp.array(2))))
'__case__ 1431'
print(repr((True) == (jnp.array(2))))
'__case__ 1432'
print(repr((True) + (jnp.array(2.5))))
'__case__ 1433'
print(repr((True) - (jnp.array(2.5))))
'__case__ 1434'
print(repr((True) * (jnp.array(2.5))))
'__case__ 1435'
print(repr((True) / (jnp.array(2.5))))
'__case__ 1436'
print(repr((True) // (jnp.array(2.5))))
'__case__ 1437'
print(repr((True) % (jnp.array(2.5))))
'__case__ 1438'
print(repr((True) ** (jnp.array(2.5))))
'__case__ 1439'
print(repr((True) < (jnp.array(2.5))))
'__case__ 1440'
print(repr((True) == (jnp.array(2.5))))
'__case__ 1441'
print(repr(jnp.maximum(jnp.array([100, -7, 3], dtype=jnp.int8), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.maximum(jnp.array([100, -7, 3], dtype=jnp.int8), 1)))
'__case__ 1442'
print(repr(jnp.minimum(jnp.array([100, -7, 3], dtype=jnp.int8), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.minimum(jnp.array([100, -7, 3], dtype=jnp.int8), 1)))
'__case__ 1443'
print(repr(jnp.exp(jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1444'
print(repr(jnp.log(jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1445'
print(repr(jnp.sqrt(jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1446'
print(repr(jnp.abs(jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1447'
print(repr(-(jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1448'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)).sum()))
print(repr(jnp.sum(jnp.array([100, -7, 3], dtype=jnp.int8), axis=0)))
'__case__ 1449'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)).mean()))
print(repr(jnp.mean(jnp.array([100, -7, 3], dtype=jnp.int8), axis=0)))
'__case__ 1450'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)).max()))
print(repr(jnp.max(jnp.array([100, -7, 3], dtype=jnp.int8), axis=0)))
'__case__ 1451'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)).min()))
print(repr(jnp.min(jnp.array([100, -7, 3], dtype=jnp.int8), axis=0)))
'__case__ 1452'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)).argmax()))
print(repr(jnp.argmax(jnp.array([100, -7, 3], dtype=jnp.int8), axis=0)))
'__case__ 1453'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)).argmin()))
print(repr(jnp.argmin(jnp.array([100, -7, 3], dtype=jnp.int8), axis=0)))
'__case__ 1454'
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([100, -7, 3], dtype=jnp.int8), 0)))
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([100, -7, 3], dtype=jnp.int8), 0.5)))
'__case__ 1455'
print(repr(jnp.concatenate([jnp.array([100, -7, 3], dtype=jnp.int8), jnp.array([100000, -7, 3], dtype=jnp.int32)])))
print(repr(jnp.stack([jnp.array([100, -7, 3], dtype=jnp.int8), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)])))
'__case__ 1456'
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)).astype(jnp.float32)))
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)).astype(jnp.int8)))
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)).astype(jnp.uint8)))
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)).astype(bool)))
'__case__ 1457'
print(repr(jnp.dot(jnp.array([100, -7, 3], dtype=jnp.int8), jnp.array([100, -7, 3], dtype=jnp.int8))))
print(repr((jnp.array([100, -7, 3], dtype=jnp.int8)) @ (jnp.array([100, -7, 3], dtype=jnp.int8))))
'__case__ 1458'
print(repr(jnp.maximum(jnp.array([200, 7, 3], dtype=jnp.uint8), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.maximum(jnp.array([200, 7, 3], dtype=jnp.uint8), 1)))
'__case__ 1459'
print(repr(jnp.minimum(jnp.array([200, 7, 3], dtype=jnp.uint8), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.minimum(jnp.array([200, 7, 3], dtype=jnp.uint8), 1)))
'__case__ 1460'
print(repr(jnp.exp(jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1461'
print(repr(jnp.log(jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1462'
print(repr(jnp.sqrt(jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1463'
print(repr(jnp.abs(jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1464'
print(repr(-(jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1465'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)).sum()))
print(repr(jnp.sum(jnp.array([200, 7, 3], dtype=jnp.uint8), axis=0)))
'__case__ 1466'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)).mean()))
print(repr(jnp.mean(jnp.array([200, 7, 3], dtype=jnp.uint8), axis=0)))
'__case__ 1467'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)).max()))
print(repr(jnp.max(jnp.array([200, 7, 3], dtype=jnp.uint8), axis=0)))
'__case__ 1468'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)).min()))
print(repr(jnp.min(jnp.array([200, 7, 3], dtype=jnp.uint8), axis=0)))
'__case__ 1469'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)).argmax()))
print(repr(jnp.argmax(jnp.array([200, 7, 3], dtype=jnp.uint8), axis=0)))
'__case__ 1470'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)).argmin()))
print(repr(jnp.argmin(jnp.array([200, 7, 3], dtype=jnp.uint8), axis=0)))
'__case__ 1471'
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([200, 7, 3], dtype=jnp.uint8), 0)))
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([200, 7, 3], dtype=jnp.uint8), 0.5)))
'__case__ 1472'
print(repr(jnp.concatenate([jnp.array([200, 7, 3], dtype=jnp.uint8), jnp.array([100000, -7, 3], dtype=jnp.int32)])))
print(repr(jnp.stack([jnp.array([200, 7, 3], dtype=jnp.uint8), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)])))
'__case__ 1473'
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)).astype(jnp.float32)))
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)).astype(jnp.int8)))
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)).astype(jnp.uint8)))
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)).astype(bool)))
'__case__ 1474'
print(repr(jnp.dot(jnp.array([200, 7, 3], dtype=jnp.uint8), jnp.array([200, 7, 3], dtype=jnp.uint8))))
print(repr((jnp.array([200, 7, 3], dtype=jnp.uint8)) @ (jnp.array([200, 7, 3], dtype=jnp.uint8))))
'__case__ 1475'
print(repr(jnp.maximum(jnp.array([300, -7, 3], dtype=jnp.int16), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.maximum(jnp.array([300, -7, 3], dtype=jnp.int16), 1)))
'__case__ 1476'
print(repr(jnp.minimum(jnp.array([300, -7, 3], dtype=jnp.int16), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.minimum(jnp.array([300, -7, 3], dtype=jnp.int16), 1)))
'__case__ 1477'
print(repr(jnp.exp(jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1478'
print(repr(jnp.log(jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1479'
print(repr(jnp.sqrt(jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1480'
print(repr(jnp.abs(jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1481'
print(repr(-(jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1482'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)).sum()))
print(repr(jnp.sum(jnp.array([300, -7, 3], dtype=jnp.int16), axis=0)))
'__case__ 1483'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)).mean()))
print(repr(jnp.mean(jnp.array([300, -7, 3], dtype=jnp.int16), axis=0)))
'__case__ 1484'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)).max()))
print(repr(jnp.max(jnp.array([300, -7, 3], dtype=jnp.int16), axis=0)))
'__case__ 1485'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)).min()))
print(repr(jnp.min(jnp.array([300, -7, 3], dtype=jnp.int16), axis=0)))
'__case__ 1486'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)).argmax()))
print(repr(jnp.argmax(jnp.array([300, -7, 3], dtype=jnp.int16), axis=0)))
'__case__ 1487'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)).argmin()))
print(repr(jnp.argmin(jnp.array([300, -7, 3], dtype=jnp.int16), axis=0)))
'__case__ 1488'
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([300, -7, 3], dtype=jnp.int16), 0)))
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([300, -7, 3], dtype=jnp.int16), 0.5)))
'__case__ 1489'
print(repr(jnp.concatenate([jnp.array([300, -7, 3], dtype=jnp.int16), jnp.array([100000, -7, 3], dtype=jnp.int32)])))
print(repr(jnp.stack([jnp.array([300, -7, 3], dtype=jnp.int16), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)])))
'__case__ 1490'
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)).astype(jnp.float32)))
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)).astype(jnp.int8)))
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)).astype(jnp.uint8)))
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)).astype(bool)))
'__case__ 1491'
print(repr(jnp.dot(jnp.array([300, -7, 3], dtype=jnp.int16), jnp.array([300, -7, 3], dtype=jnp.int16))))
print(repr((jnp.array([300, -7, 3], dtype=jnp.int16)) @ (jnp.array([300, -7, 3], dtype=jnp.int16))))
'__case__ 1492'
print(repr(jnp.maximum(jnp.array([100000, -7, 3], dtype=jnp.int32), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.maximum(jnp.array([100000, -7, 3], dtype=jnp.int32), 1)))
'__case__ 1493'
print(repr(jnp.minimum(jnp.array([100000, -7, 3], dtype=jnp.int32), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.minimum(jnp.array([100000, -7, 3], dtype=jnp.int32), 1)))
'__case__ 1494'
print(repr(jnp.exp(jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1495'
print(repr(jnp.log(jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1496'
print(repr(jnp.sqrt(jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1497'
print(repr(jnp.abs(jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1498'
print(repr(-(jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1499'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)).sum()))
print(repr(jnp.sum(jnp.array([100000, -7, 3], dtype=jnp.int32), axis=0)))
'__case__ 1500'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)).mean()))
print(repr(jnp.mean(jnp.array([100000, -7, 3], dtype=jnp.int32), axis=0)))
'__case__ 1501'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)).max()))
print(repr(jnp.max(jnp.array([100000, -7, 3], dtype=jnp.int32), axis=0)))
'__case__ 1502'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)).min()))
print(repr(jnp.min(jnp.array([100000, -7, 3], dtype=jnp.int32), axis=0)))
'__case__ 1503'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)).argmax()))
print(repr(jnp.argmax(jnp.array([100000, -7, 3], dtype=jnp.int32), axis=0)))
'__case__ 1504'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)).argmin()))
print(repr(jnp.argmin(jnp.array([100000, -7, 3], dtype=jnp.int32), axis=0)))
'__case__ 1505'
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([100000, -7, 3], dtype=jnp.int32), 0)))
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([100000, -7, 3], dtype=jnp.int32), 0.5)))
'__case__ 1506'
print(repr(jnp.concatenate([jnp.array([100000, -7, 3], dtype=jnp.int32), jnp.array([100000, -7, 3], dtype=jnp.int32)])))
print(repr(jnp.stack([jnp.array([100000, -7, 3], dtype=jnp.int32), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)])))
'__case__ 1507'
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)).astype(jnp.float32)))
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)).astype(jnp.int8)))
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)).astype(jnp.uint8)))
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)).astype(bool)))
'__case__ 1508'
print(repr(jnp.dot(jnp.array([100000, -7, 3], dtype=jnp.int32), jnp.array([100000, -7, 3], dtype=jnp.int32))))
print(repr((jnp.array([100000, -7, 3], dtype=jnp.int32)) @ (jnp.array([100000, -7, 3], dtype=jnp.int32))))
'__case__ 1509'
print(repr(jnp.maximum(jnp.array([4000000000, 7, 3], dtype=jnp.uint32), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.maximum(jnp.array([4000000000, 7, 3], dtype=jnp.uint32), 1)))
'__case__ 1510'
print(repr(jnp.minimum(jnp.array([4000000000, 7, 3], dtype=jnp.uint32), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.minimum(jnp.array([4000000000, 7, 3], dtype=jnp.uint32), 1)))
'__case__ 1511'
print(repr(jnp.exp(jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1512'
print(repr(jnp.log(jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1513'
print(repr(jnp.sqrt(jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1514'
print(repr(jnp.abs(jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1515'
print(repr(-(jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1516'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)).sum()))
print(repr(jnp.sum(jnp.array([4000000000, 7, 3], dtype=jnp.uint32), axis=0)))
'__case__ 1517'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)).mean()))
print(repr(jnp.mean(jnp.array([4000000000, 7, 3], dtype=jnp.uint32), axis=0)))
'__case__ 1518'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)).max()))
print(repr(jnp.max(jnp.array([4000000000, 7, 3], dtype=jnp.uint32), axis=0)))
'__case__ 1519'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)).min()))
print(repr(jnp.min(jnp.array([4000000000, 7, 3], dtype=jnp.uint32), axis=0)))
'__case__ 1520'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)).argmax()))
print(repr(jnp.argmax(jnp.array([4000000000, 7, 3], dtype=jnp.uint32), axis=0)))
'__case__ 1521'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)).argmin()))
print(repr(jnp.argmin(jnp.array([4000000000, 7, 3], dtype=jnp.uint32), axis=0)))
'__case__ 1522'
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([4000000000, 7, 3], dtype=jnp.uint32), 0)))
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([4000000000, 7, 3], dtype=jnp.uint32), 0.5)))
'__case__ 1523'
print(repr(jnp.concatenate([jnp.array([4000000000, 7, 3], dtype=jnp.uint32), jnp.array([100000, -7, 3], dtype=jnp.int32)])))
print(repr(jnp.stack([jnp.array([4000000000, 7, 3], dtype=jnp.uint32), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)])))
'__case__ 1524'
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)).astype(jnp.float32)))
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)).astype(jnp.int8)))
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)).astype(jnp.uint8)))
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)).astype(bool)))
'__case__ 1525'
print(repr(jnp.dot(jnp.array([4000000000, 7, 3], dtype=jnp.uint32), jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
print(repr((jnp.array([4000000000, 7, 3], dtype=jnp.uint32)) @ (jnp.array([4000000000, 7, 3], dtype=jnp.uint32))))
'__case__ 1526'
print(repr(jnp.maximum(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.maximum(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), 1)))
'__case__ 1527'
print(repr(jnp.minimum(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.minimum(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), 1)))
'__case__ 1528'
print(repr(jnp.exp(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1529'
print(repr(jnp.log(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1530'
print(repr(jnp.sqrt(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1531'
print(repr(jnp.abs(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1532'
print(repr(-(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1533'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)).sum()))
print(repr(jnp.sum(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), axis=0)))
'__case__ 1534'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)).mean()))
print(repr(jnp.mean(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), axis=0)))
'__case__ 1535'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)).max()))
print(repr(jnp.max(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), axis=0)))
'__case__ 1536'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)).min()))
print(repr(jnp.min(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), axis=0)))
'__case__ 1537'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)).argmax()))
print(repr(jnp.argmax(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), axis=0)))
'__case__ 1538'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)).argmin()))
print(repr(jnp.argmin(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), axis=0)))
'__case__ 1539'
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), 0)))
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), 0.5)))
'__case__ 1540'
print(repr(jnp.concatenate([jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), jnp.array([100000, -7, 3], dtype=jnp.int32)])))
print(repr(jnp.stack([jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)])))
'__case__ 1541'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)).astype(jnp.float32)))
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)).astype(jnp.int8)))
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)).astype(jnp.uint8)))
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)).astype(bool)))
'__case__ 1542'
print(repr(jnp.dot(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16)) @ (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float16))))
'__case__ 1543'
print(repr(jnp.maximum(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.maximum(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), 1)))
'__case__ 1544'
print(repr(jnp.minimum(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.minimum(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), 1)))
'__case__ 1545'
print(repr(jnp.exp(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1546'
print(repr(jnp.log(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1547'
print(repr(jnp.sqrt(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1548'
print(repr(jnp.abs(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1549'
print(repr(-(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1550'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)).sum()))
print(repr(jnp.sum(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), axis=0)))
'__case__ 1551'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)).mean()))
print(repr(jnp.mean(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), axis=0)))
'__case__ 1552'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)).max()))
print(repr(jnp.max(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), axis=0)))
'__case__ 1553'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)).min()))
print(repr(jnp.min(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), axis=0)))
'__case__ 1554'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)).argmax()))
print(repr(jnp.argmax(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), axis=0)))
'__case__ 1555'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)).argmin()))
print(repr(jnp.argmin(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), axis=0)))
'__case__ 1556'
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), 0)))
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), 0.5)))
'__case__ 1557'
print(repr(jnp.concatenate([jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), jnp.array([100000, -7, 3], dtype=jnp.int32)])))
print(repr(jnp.stack([jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)])))
'__case__ 1558'
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)).astype(jnp.float32)))
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)).astype(jnp.int8)))
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)).astype(jnp.uint8)))
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)).astype(bool)))
'__case__ 1559'
print(repr(jnp.dot(jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr((jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)) @ (jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
'__case__ 1560'
print(repr(jnp.maximum(jnp.array([True, False, True]), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.maximum(jnp.array([True, False, True]), 1)))
'__case__ 1561'
print(repr(jnp.minimum(jnp.array([True, False, True]), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.minimum(jnp.array([True, False, True]), 1)))
'__case__ 1562'
print(repr(jnp.exp(jnp.array([True, False, True]))))
'__case__ 1563'
print(repr(jnp.log(jnp.array([True, False, True]))))
'__case__ 1564'
print(repr(jnp.sqrt(jnp.array([True, False, True]))))
'__case__ 1565'
print(repr(jnp.abs(jnp.array([True, False, True]))))
'__case__ 1566'
print(repr(-(jnp.array([True, False, True]))))
'__case__ 1567'
print(repr((jnp.array([True, False, True])).sum()))
print(repr(jnp.sum(jnp.array([True, False, True]), axis=0)))
'__case__ 1568'
print(repr((jnp.array([True, False, True])).mean()))
print(repr(jnp.mean(jnp.array([True, False, True]), axis=0)))
'__case__ 1569'
print(repr((jnp.array([True, False, True])).max()))
print(repr(jnp.max(jnp.array([True, False, True]), axis=0)))
'__case__ 1570'
print(repr((jnp.array([True, False, True])).min()))
print(repr(jnp.min(jnp.array([True, False, True]), axis=0)))
'__case__ 1571'
print(repr((jnp.array([True, False, True])).argmax()))
print(repr(jnp.argmax(jnp.array([True, False, True]), axis=0)))
'__case__ 1572'
print(repr((jnp.array([True, False, True])).argmin()))
print(repr(jnp.argmin(jnp.array([True, False, True]), axis=0)))
'__case__ 1573'
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([True, False, True]), 0)))
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array([True, False, True]), 0.5)))
'__case__ 1574'
print(repr(jnp.concatenate([jnp.array([True, False, True]), jnp.array([100000, -7, 3], dtype=jnp.int32)])))
print(repr(jnp.stack([jnp.array([True, False, True]), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)])))
'__case__ 1575'
print(repr((jnp.array([True, False, True])).astype(jnp.float32)))
print(repr((jnp.array([True, False, True])).astype(jnp.int8)))
print(repr((jnp.array([True, False, True])).astype(jnp.uint8)))
print(repr((jnp.array([True, False, True])).astype(bool)))
'__case__ 1576'
print(repr(jnp.dot(jnp.array([True, False, True]), jnp.array([True, False, True]))))
print(repr((jnp.array([True, False, True])) @ (jnp.array([True, False, True]))))
'__case__ 1577'
print(repr(jnp.maximum(jnp.array(2), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.maximum(jnp.array(2), 1)))
'__case__ 1578'
print(repr(jnp.minimum(jnp.array(2), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.minimum(jnp.array(2), 1)))
'__case__ 1579'
print(repr(jnp.exp(jnp.array(2))))
'__case__ 1580'
print(repr(jnp.log(jnp.array(2))))
'__case__ 1581'
print(repr(jnp.sqrt(jnp.array(2))))
'__case__ 1582'
print(repr(jnp.abs(jnp.array(2))))
'__case__ 1583'
print(repr(-(jnp.array(2))))
'__case__ 1584'
print(repr((jnp.array(2)).sum()))
print(repr(jnp.sum(jnp.array(2), axis=0)))
'__case__ 1585'
print(repr((jnp.array(2)).mean()))
print(repr(jnp.mean(jnp.array(2), axis=0)))
'__case__ 1586'
print(repr((jnp.array(2)).max()))
print(repr(jnp.max(jnp.array(2), axis=0)))
'__case__ 1587'
print(repr((jnp.array(2)).min()))
print(repr(jnp.min(jnp.array(2), axis=0)))
'__case__ 1588'
print(repr((jnp.array(2)).argmax()))
print(repr(jnp.argmax(jnp.array(2), axis=0)))
'__case__ 1589'
print(repr((jnp.array(2)).argmin()))
print(repr(jnp.argmin(jnp.array(2), axis=0)))
'__case__ 1590'
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array(2), 0)))
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array(2), 0.5)))
'__case__ 1591'
print(repr(jnp.concatenate([jnp.array(2), jnp.array([100000, -7, 3], dtype=jnp.int32)])))
print(repr(jnp.stack([jnp.array(2), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)])))
'__case__ 1592'
print(repr((jnp.array(2)).astype(jnp.float32)))
print(repr((jnp.array(2)).astype(jnp.int8)))
print(repr((jnp.array(2)).astype(jnp.uint8)))
print(repr((jnp.array(2)).astype(bool)))
'__case__ 1593'
print(repr(jnp.dot(jnp.array(2), jnp.array(2))))
print(repr((jnp.array(2)) @ (jnp.array(2))))
'__case__ 1594'
print(repr(jnp.maximum(jnp.array(2.5), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.maximum(jnp.array(2.5), 1)))
'__case__ 1595'
print(repr(jnp.minimum(jnp.array(2.5), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32))))
print(repr(jnp.minimum(jnp.array(2.5), 1)))
'__case__ 1596'
print(repr(jnp.exp(jnp.array(2.5))))
'__case__ 1597'
print(repr(jnp.log(jnp.array(2.5))))
'__case__ 1598'
print(repr(jnp.sqrt(jnp.array(2.5))))
'__case__ 1599'
print(repr(jnp.abs(jnp.array(2.5))))
'__case__ 1600'
print(repr(-(jnp.array(2.5))))
'__case__ 1601'
print(repr((jnp.array(2.5)).sum()))
print(repr(jnp.sum(jnp.array(2.5), axis=0)))
'__case__ 1602'
print(repr((jnp.array(2.5)).mean()))
print(repr(jnp.mean(jnp.array(2.5), axis=0)))
'__case__ 1603'
print(repr((jnp.array(2.5)).max()))
print(repr(jnp.max(jnp.array(2.5), axis=0)))
'__case__ 1604'
print(repr((jnp.array(2.5)).min()))
print(repr(jnp.min(jnp.array(2.5), axis=0)))
'__case__ 1605'
print(repr((jnp.array(2.5)).argmax()))
print(repr(jnp.argmax(jnp.array(2.5), axis=0)))
'__case__ 1606'
print(repr((jnp.array(2.5)).argmin()))
print(repr(jnp.argmin(jnp.array(2.5), axis=0)))
'__case__ 1607'
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array(2.5), 0)))
print(repr(jnp.where(jnp.array([True, False, True]), jnp.array(2.5), 0.5)))
'__case__ 1608'
print(repr(jnp.concatenate([jnp.array(2.5), jnp.array([100000, -7, 3], dtype=jnp.int32)])))
print(repr(jnp.stack([jnp.array(2.5), jnp.array([1.5, -7.25, 3.0], dtype=jnp.float32)])))
'__case__ 1609'
print(repr((jnp.array(2.5)).astype(jnp.float32)))
print(repr((jnp.array(2.5)).astype(jnp.int8)))
print(repr((jnp.array(2.5)).astype(jnp.uint8)))
print(repr((jnp.array(2.5)).astype(bool)))
'__case__ 1610'
print(repr(jnp.dot(jnp.array(2.5), jnp.array(2.5))))
print(repr((jnp.array(2.5)) @ (jnp.array(2.5))))
'__case__ 1611'
x = jnp.array([7, -7, 0], dtype=jnp.int32)
print(repr(x // 0))
print(repr(x % 0))
print(repr(x / 0))
'__case__ 1612'
x = jnp.array([7.0, -7.0, 0.0])
print(repr(x // 0))
print(repr(x % 0))
print(repr(x / 0))
'__case__ 1613'
x = jnp.array([-7, 7, -8], dtype=jnp.int32)
print(repr(x // 3))
print(repr(x % 3))
print(repr(x % -3))
print(repr(x // -3))
'__case__ 1614'
x = jnp.array([2147483647], dtype=jnp.int32)
print(repr(x + 1))
print(repr(x * 2))
'__case__ 1615'
x = jnp.array([2, 3], dtype=jnp.int32)
print(repr(x ** 2))
print(repr(x ** -1))
print(repr(x ** 0.5))
print(repr(2 ** x))
'__case__ 1616'
x = jnp.array([1, 2], dtype=jnp.int8)
print(repr(x + 300))
'__case__ 1617'
x = jnp.array([1, 2], dtype=jnp.uint8)
print(repr(x - 3))
print(repr(-x))
'__case__ 1618'
x = jnp.array([1e20, -1e20, float('nan'), 2.7, -2.7, float('inf')])
print(repr(x.astype(jnp.int32)))
print(repr(x.astype(jnp.uint8)))
print(repr(x.astype(jnp.int8)))
print(repr(x.astype(jnp.uint32)))
print(repr(x.astype(bool)))
'__case__ 1619'
x = jnp.array([300, -129, 255, 256], dtype=jnp.int32)
print(repr(x.astype(jnp.int8)))
print(repr(x.astype(jnp.uint8)))
print(repr(x.astype(jnp.float16)))
'__case__ 1620'
x = jnp.array([65504.0, 65520.0, 1e-8, 0.1])
print(repr(x.astype(jnp.float16)))
'__case__ 1621'
print(repr(jnp.arange(5)))
'__case__ 1622'
print(repr(jnp.arange(0, 1, 0.25)))
'__case__ 1623'
print(repr(jnp.arange(5, dtype=jnp.float16)))
'__case__ 1624'
print(repr(jnp.arange(10, 0, -3)))
'__case__ 1625'
print(repr(jnp.arange(2.5)))
'__case__ 1626'
print(repr(jnp.linspace(0, 1, 5)))
'__case__ 1627'
print(repr(jnp.linspace(0, 10, 4, dtype=jnp.int32)))
'__case__ 1628'
print(repr(jnp.eye(3, dtype=jnp.int8)))
'__case__ 1629'
print(repr(jnp.eye(2, 3)))
'__case__ 1630'
print(repr(jnp.full((2, 2), 3)))
'__case__ 1631'
print(repr(jnp.full((2,), 2.5, dtype=jnp.int32)))
'__case__ 1632'
print(repr(jnp.full((2,), True)))
'__case__ 1633'
print(repr(jnp.zeros(3, dtype=bool)))
'__case__ 1634'
print(repr(jnp.ones((2, 3))))
'__case__ 1635'
print(repr(jnp.array([1, 2.5])))
'__case__ 1636'
print(repr(jnp.array([True, 2])))
'__case__ 1637'
print(repr(jnp.asarray([[1], [2]])))
'__case__ 1638'
print(repr(jnp.array([])))
'__case__ 1639'
print(repr(jnp.zeros((0, 3))))
'__case__ 1640'
print(repr(jnp.array(3.0)))
'__case__ 1641'
print(repr(jnp.array(True)))
'__case__ 1642'
print(repr(jnp.float32(3)))
'__case__ 1643'
print(repr(jnp.int8(-5)))
'__case__ 1644'
print(repr(jnp.array([1, 2], dtype='float16')))
'__case__ 1645'
print(repr(jnp.array(np.arange(3))))
'__case__ 1646'
print(repr(jnp.array(np.float64(2.5))))
'__case__ 1647'
print(repr(jnp.array([2**31 - 1])))
'__case__ 1648'
print(repr(jnp.zeros(3, dtype=jnp.float64)))
'__case__ 1649'
print(repr(jnp.ones(2, dtype=jnp.int64)))
'__case__ 1650'
print(repr(jnp.array([1.0], dtype=jnp.uint16)))
'__case__ 1651'
jnp.array([2**40])
'__case__ 1652'
jnp.arange(0)
'__case__ 1653'
x = jnp.arange(12).reshape(3, 4)
print(repr(x.sum(axis=0)))
print(repr(x.mean(axis=1)))
print(repr(x.max(axis=-1)))
print(repr(x.argmax(axis=0)))
print(repr(jnp.sum(x, axis=(0, 1))))
print(repr(x.sum(axis=1, keepdims=True)))
print(repr(x.T))
print(repr(x.reshape(-1, 6)))
print(repr(jnp.transpose(x)))
print(repr(jnp.expand_dims(x, 0).shape))
print(repr(jnp.squeeze(x[None])))
'__case__ 1654'
x = jnp.arange(6.0).reshape(2, 3)
print(repr(jnp.mean(x)))
print(repr(x.min()))
print(repr(x.argmin()))
'__case__ 1655'
jnp.zeros((0,)).max()
'__case__ 1656'
jnp.arange(6).reshape(4, 2)
'__case__ 1657'
jnp.squeeze(jnp.zeros((2, 1)), axis=0)
'__case__ 1658'
jnp.concatenate([jnp.zeros((2, 2)), jnp.zeros((3, 3))])
'__case__ 1659'
jnp.arange(3) + jnp.arange(4)
'__case__ 1660'
jnp.arange(6).sum(axis=2)
'__case__ 1661'
x = jnp.arange(10) * 10
print(repr(x[3]))
print(repr(x[-1]))
print(repr(x[2:8:3]))
print(repr(x[::-2]))
print(repr(x[None, 1:3]))
print(repr(x[jnp.array([0, 0, 9])]))
print(repr(x[[1, 2]]))
print(repr(x[x > 50]))
print(repr(x[jnp.array([10, -11])]))
'__case__ 1662'
x = jnp.arange(10)
x[10]
'__case__ 1663'
x = jnp.arange(10)
x[-11]
'__case__ 1664'
x = jnp.arange(12).reshape(3, 4)
print(repr(x[1]))
print(repr(x[:, 1]))
print(repr(x[..., -1]))
print(repr(x[jnp.array([0, 2]), jnp.array([1, 3])]))
print(repr(x[1:, jnp.array([0, 0])]))
print(repr(x[x % 2 == 0]))
print(repr(x[None, ..., None].shape))
'__case__ 1665'
x = jnp.arange(5)
x[0] = 5
'__case__ 1666'
x = jnp.arange(5)
print(repr(x.at[2].set(7)))
print(repr(x.at[jnp.array([0, 0, 7])].add(10)))
print(repr(x.at[10].set(99)))
print(repr(x.at[-1].multiply(3)))
print(repr(x.at[10].get()))
print(repr(x.at[jnp.array([-9, 2, 9])].get()))
print(repr(x.at[::2].set(1)))
print(repr(x.at[1].set(2.7)))
print(repr(x.at[jnp.array([1, 1])].max(jnp.array([7, 4]))))
print(repr(x.at[jnp.array([0, 0, 4])].min(jnp.array([3, -1, 2]))))
'__case__ 1667'
x = jnp.arange(6.0).reshape(2, 3)
print(repr(x.at[0].set(jnp.array([9.0, 8.0, 7.0]))))
print(repr(x.at[:, 1].add(1)))
print(repr(x.at[1, 5].set(0)))
'__case__ 1668'
print(repr(jnp.arange(2000)))
print(jnp.arange(2000))
'__case__ 1669'
print(repr(jnp.arange(2000.0) / 3))
print(jnp.arange(2000.0) / 3)
'__case__ 1670'
print(repr(jnp.array([1e-5, 1.0, 1e5])))
print(jnp.array([1e-5, 1.0, 1e5]))
'__case__ 1671'
print(repr(jnp.array([-0.0, 0.0])))
print(jnp.array([-0.0, 0.0]))
'__case__ 1672'
print(repr(jnp.array([1.0, float('nan'), float('inf'), -float('inf')])))
print(jnp.array([1.0, float('nan'), float('inf'), -float('inf')]))
'__case__ 1673'
print(repr(jnp.array([[True, False]])))
print(jnp.array([[True, False]]))
'__case__ 1674'
print(repr(jnp.array([0.1, 0.25], dtype=jnp.float16)))
print(jnp.array([0.1, 0.25], dtype=jnp.float16))
'__case__ 1675'
print(repr(jnp.arange(24).reshape(2, 3, 4)))
print(jnp.arange(24).reshape(2, 3, 4))
'__case__ 1676'
print(repr(jnp.array([123456789.0])))
print(jnp.array([123456789.0]))
'__case__ 1677'
print(repr(jnp.array([1e-8, 1.0])))
print(jnp.array([1e-8, 1.0]))
'__case__ 1678'
print(repr(jnp.array(2.5) * 2))
print(jnp.array(2.5) * 2)
'__case__ 1679'
print(repr(jnp.ones((2, 2)) / 3))
print(jnp.ones((2, 2)) / 3)
'__case__ 1680'
print(repr(jnp.array([1, -1]).astype(jnp.uint32)))
print(jnp.array([1, -1]).astype(jnp.uint32))
