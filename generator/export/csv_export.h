// `export/<folder>.csv`: one table per kind for spreadsheet users. A pure function of the site
// model.
//
// Columns: slug, url, then one per field in schema order; an object's fields become
// `field.subfield`, also for a list of objects, whose items' values are joined with "; " in
// item order (an item without that value leaves an empty place, so the columns stay aligned).
// Lists are joined with "; ", references are slugs, booleans true/false. RFC 4180: fields with a
// comma, quote or line break are quoted, quotes doubled, rows end in CRLF. The text starts with
// a UTF-8 byte order mark because Excel reads a CSV file without one in the local code page.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "site/site_model.h"

namespace leernet {

/// One CSV field, quoted when it must be.
std::string CsvField(const std::string& text);

/// The table of one kind.
std::string KindCsv(const SiteModel& model, const std::string& kind);

/// "export/<folder>.csv" -> table, for every kind.
std::map<std::string, std::string> KindCsvFiles(const SiteModel& model);

}  // namespace leernet
