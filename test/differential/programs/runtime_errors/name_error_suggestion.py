# NameError for a misspelled name (3.11 adds "Did you mean" only in the traceback display)
counter = 10
print(counter)
counter += 1
print(counter)
print(countr)
