#ifndef PODIUM_CLIBXML2_SHIM_H
#define PODIUM_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its ICU headers clash with Foundation's copy. Podium never
   touches the ICU members of libxml2's encoding structures, so leave them out. */
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a global function pointer; Swift 6 treats it as shared mutable state. */
static inline void podium_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
