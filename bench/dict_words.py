# Word counting in a dict with str keys (hashing, lookups, get/set).
text = "the quick brown fox jumps over the lazy dog while the cat sleeps on the warm mat"
words = text.split() * 100_000
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(words), sorted(counts.items())[:3])
