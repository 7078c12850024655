# insert grows like append; extend by a big chunk allocates the exact need when it exceeds the over-allocation
import sys
a = []
sizes = []
for i in range(40):
    a.insert(0, i)
    sizes.append(sys.getsizeof(a))
print(sorted(set(sizes)))
b = []
for chunk in range(6):
    b.extend(range(chunk * 7))
    print(len(b), sys.getsizeof(b))
c = [0]
c.extend(range(100))
print(len(c), sys.getsizeof(c))
c.extend([1])
print(len(c), sys.getsizeof(c))
