/* pyheap-settrace: a tiny CPython 3.11 embedding that runs one program as `python FILE` would, with the
 * C trace function of trace.c installed (PyEval_SetTrace) between Py_InitializeFromConfig and Py_RunMain, so
 * no Python frame of ours is ever on the stack. Built by scripts/record-settrace.mjs.
 *
 *   pyheap-settrace OUT.jsonl MAX_EVENTS PYTHON [OPTION...] FILE
 *
 * PYTHON is the real interpreter's path: it becomes program_name (getpath then finds the same prefix and
 * sys.executable is the same) and argv[0]; PYTHON [OPTION...] FILE is parsed as the python binary parses its
 * command line, so sys.argv == [FILE]. Environment variables (PYTHONHASHSEED...) are read as the python
 * binary reads them (PyConfig_InitPythonConfig). PYHEAP_SETTRACE_ALL=1 also records the events of other files'
 * code the program calls (trace.c). */
#include <Python.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "trace.h"

int
main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: %s OUT.jsonl MAX_EVENTS PYTHON [OPTION...] FILE\n", argv[0]);
        return 2;
    }
    FILE *out = fopen(argv[1], "w");
    if (out == NULL) {
        perror(argv[1]);
        return 2;
    }
    const char *file = argv[argc - 1];
    /* CPython makes run_filename absolute by joining the cwd (config_run_filename_abspath, not realpath):
     * the program's code objects carry that co_filename. */
    char path[2 * PATH_MAX + 2];
    if (file[0] == '/') {
        snprintf(path, sizeof path, "%s", file);
    }
    else {
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof cwd) == NULL) {
            perror("getcwd");
            return 2;
        }
        snprintf(path, sizeof path, "%s/%s", cwd, file);
    }

    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    PyStatus status = PyConfig_SetBytesString(&config, &config.program_name, argv[3]);
    if (!PyStatus_Exception(status)) {
        status = PyConfig_SetBytesArgv(&config, argc - 3, argv + 3);
    }
    if (!PyStatus_Exception(status)) {
        status = Py_InitializeFromConfig(&config);
    }
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status)) {
        Py_ExitStatusException(status);
    }
    const char *all = getenv("PYHEAP_SETTRACE_ALL");
    settrace_install(out, atol(argv[2]), path, all != NULL && all[0] == '1');
    /* Py_RunMain runs the file, prints an uncaught exception, then Py_FinalizeEx (still traced: __del__ of
     * module globals and finalizers at exit fire events); on SystemExit it leaves through exit() itself. */
    return Py_RunMain();
}
