# str-keyed dicts grow at the same lengths as int-keyed ones but with smaller entries; a non-str key converts them
import sys
a = {}
b = {}
for i in range(50):
    a['k' + str(i)] = i
    b[i] = i
    if i in (0, 4, 5, 10, 20, 21, 41, 42):
        print(len(a), sys.getsizeof(a), sys.getsizeof(b))
a[0] = 'int key'
print(len(a), sys.getsizeof(a))
