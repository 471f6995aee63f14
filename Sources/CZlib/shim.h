// zlib (Debian zlib1g-dev), for .gz inputs and gzip members of WARC files.
// Imported only by KiemdiemIngest, with @_implementationOnly (see CLibXML2/shim.h).
#include <zlib.h>
