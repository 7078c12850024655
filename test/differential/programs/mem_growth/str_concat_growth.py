# building a str by += gives a new exact-size object each time: 49 + len for ASCII, more once a wider char appears
import sys
s = ''
sizes = []
for i in range(10):
    s += 'ab'
    sizes.append(sys.getsizeof(s))
print(sizes)
s += chr(233)
print(len(s), sys.getsizeof(s))
s += chr(0x20ac)
print(len(s), sys.getsizeof(s))
s += chr(0x1F600)
print(len(s), sys.getsizeof(s))
t = s[-1] + 'x'
print(sys.getsizeof(t), sys.getsizeof(s[:20]), sys.getsizeof(s[:21]), sys.getsizeof(s[:22]))
