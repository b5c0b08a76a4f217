// Shared by the fuzz targets: the basis fixture site with theme and browser libraries, read
// from the source tree once, and a way to cut one fuzz input into several files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace leernet::fuzz {

/// The basis fixture site as SiteFiles lays it out ("content/", "theme/", "node_modules/").
/// Read from disk on first use; the fuzz loop itself never touches the disk.
const std::map<std::string, std::string>& BasisFiles();

/// `data` as text, without copying more than `max_bytes`.
std::string_view AsText(const uint8_t* data, size_t size, size_t max_bytes = 1 << 20);

/// Splits `text` at every line "====" into at most `max_parts` parts (the last one keeps the rest).
std::vector<std::string_view> SplitParts(std::string_view text, size_t max_parts);

}  // namespace leernet::fuzz
