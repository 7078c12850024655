# Building strings: str(), concatenation, join, f-strings.
parts = []
for i in range(100_000):
    parts.append(f"{i}:" + str(i * 7))
s = ",".join(parts)
t = ""
for i in range(100_000):
    t += "ab"
print(len(s), len(t))
