// libxml2's HTML parser (Debian libxml2-dev, pkg-config libxml-2.0).
// Debian builds libxml2 with ICU support, and its headers then include ICU's
// ucnv.h, which clashes with the ICU copy bundled in Foundation. kiemdiem
// never uses libxml2's ICU hooks, so switch them off before any other header.
//
// Only KiemdiemIngest imports this module, with @_implementationOnly, so
// modules above it (Pipeline, CLI) never load it next to CICU. KiemdiemIngest
// itself does not import KiemdiemICU: any module that imports a system C
// module here together with KiemdiemICU fails a clean build with "different
// definitions in different modules" errors between CICU and _FoundationICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
