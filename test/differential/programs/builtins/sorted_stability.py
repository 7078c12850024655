# sorted/list.sort are stable; key functions; reverse keeps stability; sorting tuples
records = [('bob', 3), ('amy', 1), ('cat', 3), ('dan', 1), ('eve', 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records))
words = ['Banana', 'apple', 'cherry', 'Apple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [3, -1, 2, -5, 0]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([[2, 1], [1, 2], [1]]), sorted('hello world'))
big = list(range(50, 0, -3))
print(sorted(big)[:5], sorted(big) == sorted(big, key=lambda v: v))
