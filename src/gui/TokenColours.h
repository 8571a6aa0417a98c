#pragma once

// The token panel's state colours, chosen to read on light and dark palettes alike.
namespace TokenColours {

inline constexpr const char *Valid = "#2e7d32";
inline constexpr const char *Soon = "#c77700";
inline constexpr const char *Expired = "#c62828";
inline constexpr const char *NotYet = "#1565c0";
inline constexpr const char *Unknown = "#6b6b6b";

} // namespace TokenColours
