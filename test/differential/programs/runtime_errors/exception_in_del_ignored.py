# an exception in __del__ is printed as "Exception ignored" and the program continues
class Bad:
    def __del__(self):
        raise ValueError('in del')
b = Bad()
del b
print('program continues')
