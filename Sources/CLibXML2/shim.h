// libxml2, the system XML library (Debian: libxml2-dev): its SAX2 parser reads untrusted XML with the network, DTD
// loading and entity substitution off, in every encoding it knows.
//
// Debian's libxml2 is built with ICU, whose headers clash with the copy of ICU inside Foundation. Arvio uses no ICU
// type of libxml2's (only parser contexts, SAX callbacks and xmlError), so the ICU part of libxml2's headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
