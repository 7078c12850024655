# uncaught user-defined exception class with a message
class ConfigError(Exception):
    pass
def load():
    raise ConfigError('missing key: port')
print('loading')
load()
