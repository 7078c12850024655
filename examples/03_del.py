# Chapter 3 — del removes a *name*, not an object. The object is freed when its
# last reference goes away.
import sys

a = [321, 123]
b = a
print(sys.getrefcount(b))  # 3
del a                      # the name a is gone; the list lives on through b
print(sys.getrefcount(b))  # 2
print(b)
del b                      # the last reference: the list is freed now
a = 1
del a
print(a)                   # NameError: name 'a' is not defined
