# a coding declaration on line 2 makes the file Latin-1: each byte is one character
# -*- coding: latin-1 -*-
s = "café ÿµ"
print(len(s), [hex(ord(c)) for c in s])
print(s.encode("utf-8"))
