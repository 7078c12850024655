# sys.getsizeof of ASCII strings: 49 bytes + one per character (compact ASCII layout)
import sys
for n in range(0, 12):
    print(n, sys.getsizeof('a' * n))
for n in (50, 100, 463, 464, 1000, 4096):
    print(n, sys.getsizeof('z' * n))
print(sys.getsizeof('hello world'), sys.getsizeof('hello world'.upper()))
print(sys.getsizeof(str(12345)), sys.getsizeof(repr([1, 2])), sys.getsizeof('%d' % 7))
print('abc'.__sizeof__(), sys.getsizeof('abc') - 'abc'.__sizeof__())
