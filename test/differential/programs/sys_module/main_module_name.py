# __main__'s name: one str object is md_name, the module dict's __name__ and the sys.modules key
# (PyImport_AddModule), so the program sees it with three references besides its own.
import sys
n = sys.getrefcount(__name__)
key = [k for k in sys.modules if k == '__main__'][0]
same = key is __name__
m = sys.getrefcount(__name__)
del key
main = sys.modules['__main__']
print(n, same, m, main.__name__ is __name__, type(main).__name__)
