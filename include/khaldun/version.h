// khaldun's version. Bumped with every release; file formats carry their own
// format versions (see doc/formats/).
#ifndef KHALDUN_INCLUDE_KHALDUN_VERSION_H_
#define KHALDUN_INCLUDE_KHALDUN_VERSION_H_

#define KHALDUN_VERSION_MAJOR 0
#define KHALDUN_VERSION_MINOR 1
#define KHALDUN_VERSION_PATCH 0
#define KHALDUN_VERSION_STRING "0.1.0"

#endif  // KHALDUN_INCLUDE_KHALDUN_VERSION_H_
