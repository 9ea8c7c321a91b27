/* version.h - parc's version, shown by --version. */
#ifndef PARC_VERSION_H
#define PARC_VERSION_H
#define PARC_VERSION "0.1.0"
#endif
