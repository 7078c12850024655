# Lists and dicts created and dropped in a loop: the free lists and pymalloc's LIFO block reuse at work.
total = 0
for i in range(400_000):
    row = [i, i + 1, i + 2]
    rec = {'id': i, 'row': row}
    pair = (row, rec)
    tmp = [x * 2 for x in row]
    total += len(rec) + tmp[2] - pair[0][0]
    if i % 1000 == 0:
        bucket = [[j] for j in range(100)]
        total += len(bucket)
print(total)
