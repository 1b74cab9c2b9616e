// Refused by the Windows check: see tests/tools/mingw/check-mingw.py.
#error "<sys/wait.h> is POSIX: code using it goes into a *Posix.cpp file"
