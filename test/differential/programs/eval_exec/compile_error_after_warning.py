# compile() shows the SyntaxWarnings its compiler met before the SyntaxError it raises
try:
    compile("x = 1\nif x is 1: pass\nawait y\n", "s.py", "exec")
except SyntaxError as e:
    print("caught", e)
try:
    compile("if 2 is 2: pass\nreturn 5\n", "t.py", "exec")
except SyntaxError as e:
    print("caught", e)
