# Chapter 1 — variables and objects. A name refers to an object; `is` asks
# whether two names refer to the *same* object (same id), `==` whether the values are equal.
a = 123
b = a
print(id(a) == id(b))      # True: two names, one object
a = 456
print(id(a) == id(b))      # False: a now refers to another object
print(b)                   # 123: b still refers to the first one

# Small ints (-5..256) are cached: every 123 made anywhere is one object.
x = int("123")
y = int("123")
print(x is y)              # True
# Larger ints made at run time are new objects each time...
x = int("1000")
y = int("1000")
print(x is y)              # False
# ...but equal constants in one file are merged by the compiler into one object.
p = 1000
q = 1000
print(p is q)              # True
s = "hello"
t = "hello"
print(s is t)              # True: one constant, and identifier-like strings are interned
lst1 = ['1', '2', '3']
lst2 = ['1', '2', '3']
print(lst1 is lst2, lst1 == lst2)   # False True: each list display builds a new list
# The first [] is freed before the second is made, and the second reuses its memory:
print(id([]) == id([]))    # True, although `[] is []` is False
print([] is [])
