#error "<poll.h> is POSIX: platform code goes into a file named for its platform (FooPosix.cpp, FooWindows.cpp)"
