// Refused by the Windows check: see tests/tools/mingw/check-mingw.py.
#error "<sys/socket.h> is POSIX: code using it goes into a *Posix.cpp file"
