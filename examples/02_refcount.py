# Chapter 2 — reference counting. Every object carries ob_refcnt: how many
# references point at it. sys.getrefcount(x) shows one more than you might
# expect, because passing x to it makes a temporary reference.
import sys

a = [321, 123]
print(sys.getrefcount(a))  # 2: the name a + getrefcount's argument
b = a
print(sys.getrefcount(a))  # 3: + the name b
pair = [a, a]
print(sys.getrefcount(a))  # 5: + two slots of the list


def show(x):
    # The call hands the caller's stack reference over to the parameter x, so
    # this is a, b, the two list slots, x and getrefcount's argument.
    print(sys.getrefcount(x))


show(a)                    # 6
del b
print(sys.getrefcount(a))  # 4
pair = None                # the list is freed, releasing both slots
print(sys.getrefcount(a))  # 2
