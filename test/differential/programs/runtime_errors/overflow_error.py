# OverflowError: int too large to convert to float
big = 10 ** 400
print(len(str(big)))
print(float(big))
