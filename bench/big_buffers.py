# Large lists, strs and bytes (over 512 bytes: the raw allocator, not pymalloc) created and freed repeatedly.
total = 0
chunk = 'abcdefgh'
raw = b'xyz'
for i in range(70_000):
    items = [i] * (100 + i % 900)
    text = chunk * (80 + i % 700)
    data = raw * (200 + i % 1500)
    joined = ''.join([text, text])
    copy = items[:]
    total += len(items) + len(text) + len(data) + len(joined) + len(copy)
    if i % 100 == 0:
        keep = [chunk * 200 for _ in range(50)]
        total += len(keep)
print(total)
