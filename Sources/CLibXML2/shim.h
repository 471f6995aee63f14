// libxml2's HTML parser (Debian libxml2-dev, pkg-config libxml-2.0).
// Debian builds libxml2 with ICU support, and its headers then include ICU's
// ucnv.h, which clashes with the ICU copy bundled in Foundation. kiemdiem
// never uses libxml2's ICU hooks, so switch them off before any other header.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
