# TypeError: exceptions must derive from BaseException
print('raising a string')
print(isinstance('text', BaseException))
raise 'not an exception'
