# sys.version_info fields and comparisons
import sys
print(sys.version_info[:2])
print(sys.version_info[0], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 8), sys.version_info < (4,), sys.version_info[:2] == (3, 11))
major, minor = sys.version_info[:2]
print(f'{major}.{minor}')
print(type(sys.version_info[:2]).__name__, len(sys.version_info))
print(sys.version_info.releaselevel, sys.version_info[3])
