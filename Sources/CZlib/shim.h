// zlib (Debian zlib1g-dev), for .gz inputs and gzip members of WARC files.
#include <zlib.h>
