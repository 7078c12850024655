# Constant folding of an empty sequence times a huge count: folded below 2**63 (the empty result), left to run time (OverflowError) beyond
for f in (lambda: b'' * 10**20, lambda: () * 10**20, lambda: '' * 10**20, lambda: b'' * 2**62, lambda: () * 2**62, lambda: '' * -2**62, lambda: b'' * -10**20):
    try:
        print(repr(f()))
    except OverflowError as e:
        print('OverflowError', e)
x = 10**20
try:
    print(b'' * x)
except OverflowError as e:
    print('OverflowError', e)
print(() * 2**63 if False else 'ok')
