// Natural logarithm computed like V8's Math.log (the fdlibm algorithm), so
// that lunr's idf values are reproduced to the last bit.
#ifndef LEERNET_SEARCH_FDLIBM_LOG_H_
#define LEERNET_SEARCH_FDLIBM_LOG_H_

namespace leernet::search {

// glibc's log() differs from Math.log in the last bit for about 7.5 % of
// lunr's idf arguments; this one is meant to agree with Math.log everywhere.
double FdlibmLog(double x);

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_FDLIBM_LOG_H_
