# exception raised inside a list comprehension
data = ['1', '2', 'three']
print([int(x) for x in data[:2]])
print([x * 2 for x in data])
print([int(x) for x in data])
