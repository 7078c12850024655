# IndexError messages for tuple and str
t = (1,)
try:
    t[5]
except IndexError as e:
    print(e)
s = 'ab'
print(s[1])
print(s[2])
