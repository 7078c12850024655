# list.sort with key and reverse on various element types; sorting in place returns None
names = ['delta', 'Alpha', 'charlie', 'bravo']
names.sort()
print(names)
names.sort(key=str.lower)
print(names)
names.sort(key=len, reverse=True)
print(names)
nums = [10, -3, 7.5, 0, -11, 2]
nums.sort()
print(nums)
nums.sort(key=lambda v: (v % 3, v))
print(nums)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
res = pairs.sort()
print(res)
flags = [True, False, True, 0, 1]
flags.sort()
print(flags)
