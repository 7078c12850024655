# repr of strings with quotes, backslashes, control and non-ASCII characters
items = ['plain', "it's", 'say "x"', 'a\\b', '\x01\x1f', '\x7f\x80\xa0\xff', 'tab\tcr\r', 'ü', '\ud800']
for s in items:
    print(repr(s), len(s))
print(repr('\u200b'), repr('\U0001F600'), repr('\x85'))
print(str('\t'), len('\U0001F600'), repr('x\u2603'))
