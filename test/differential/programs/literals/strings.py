# string literal forms: quotes, triple quotes, escapes, raw, implicit concatenation
print('single', "double")
print('''triple
single''')
print("""triple "double" """)
print('tab\there', 'new\\nline', 'quote\'s', "dq\"s")
print('\x41\x42', '\101', '\u00e9', '\U000003b1')
print(r'raw\n\t', R"raw\d")
print('con' 'cat' "enated")
print(len('\n'), len(r'\n'))
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print(repr('\t\n\r\x00\x7f'), repr('é'), repr('\u2603'))
