# int.to_bytes / int.from_bytes (3.11 defaults: length=1, byteorder='big'), str.translate and
# str.maketrans: results, identities and errors.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, byteorder='little'), (5).to_bytes(), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x00\x04', 'little'), int.from_bytes(b'\xff', signed=True), int.from_bytes([1, 2]), int.from_bytes(bytearray(b'\x01')))
print((255).bit_count(), (0).to_bytes(0), (5).to_bytes(1) == b'\x05', bool.from_bytes(b'\x01'), type(bool.from_bytes(b'\x00')))
for bad in ["(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(1).to_bytes(-1, 'big')", "(1).to_bytes(1, 'middle')", "int.from_bytes('ab', 'big')", "(1).to_bytes(1, 'big', True)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
print('hello'.translate({ord('l'): 'L', ord('o'): None, 104: 72}), 'abc'.translate(str.maketrans('ab', 'xy', 'c')))
t = str.maketrans({'a': '1', 98: None})
print(t, 'abc'.translate(t), str.maketrans('ab', 'cd'))
print('abc'.translate([None, 'x']), 'abc'.translate({}) == 'abc')
for bad in ["str.maketrans('ab', 'c')", "str.maketrans({'ab': 1})", "str.maketrans([1])", "'a'.translate({97: 1.5})", "'a'.translate({97: -1})", "str.maketrans(1, 'a')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
