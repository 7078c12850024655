# TypeError: exceptions must derive from BaseException
print('raising a string')
raise 'not an exception'
