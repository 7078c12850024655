/* The C trace function of pyheap-settrace (trace.c). */
#ifndef PYHEAP_SETTRACE_TRACE_H
#define PYHEAP_SETTRACE_TRACE_H
#include <stdio.h>

/* Installs the trace function; records start at the call event of FILENAME's <module> code and cover only
 * FILENAME's code unless ALL (then also other files' code the program calls). The closing
 * ["end", events, other_events] record is written and OUT closed at exit(). */
void settrace_install(FILE *out, long max_events, const char *filename, int all);

#endif
