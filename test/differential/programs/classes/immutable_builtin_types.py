# attributes of built-in types cannot be set or deleted (immutable types); classes defined in Python can
def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)
def set_list(): list.zz = 1
def del_append(): del list.append
def set_add(): set.add = len
def set_dunder(): int.__add__ = lambda a, b: 0
def set_object(): object.x = 1
def set_type(): type.x = 1
def set_nonstr(): setattr(list, 1, 2)
def set_quote(): setattr(list, "a'b", 2)
def del_missing(): del int.zz
def set_name(): str.__name__ = 'x'
def set_doc(): list.__doc__ = 'x'
def set_exc(): ValueError.x = 1
def set_none(): type(None).x = 1
def set_builtin_fn(): type(len).x = 1
def set_range(): range.start = 1
for f in [set_list, del_append, set_add, set_dunder, set_object, set_type, set_nonstr, set_quote, del_missing,
          set_name, set_doc, set_exc, set_none, set_builtin_fn, set_range]:
    attempt(f.__name__, f)
print([1, 2].append(3), len([1, 2]), {1}.add(2), 3 + 4)
class C:
    pass
C.x = 1
del C.x
C.y = 2
print(C.y, hasattr(C, 'x'))
class MyList(list):
    pass
MyList.zz = 5
print(MyList().zz)
