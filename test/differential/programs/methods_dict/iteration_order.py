# dict preserves insertion order through deletes and re-inserts; keys reinserted go to the end
d = {}
for k in ['one', 'two', 'three', 'four']:
    d[k] = len(k)
print(list(d))
del d['two']
d['two'] = 2
print(list(d.items()))
d['one'] = 'updated'
print(list(d))
for i in range(20):
    d[i] = i
for i in range(0, 20, 2):
    del d[i]
print(list(d))
print(list(reversed(d))[:3])
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1]))
