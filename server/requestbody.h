#pragma once

#include "importers/importresult.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>

// A pushed body made into a profile: inflated when gzipped or zstd-compressed
// (InputStream, capped at maxDecompressedBytes so that a bomb is refused), then
// read by the importer of the format the request names.
namespace RequestBody {
enum class Failure { None, TooLarge, Malformed };

// The inflated bytes, or nullopt with *error and *failure.
std::optional<QByteArray> inflate(const QByteArray &raw, qint64 maxDecompressedBytes, const QString &source,
                                  QString *error, Failure *failure);
// format: "folded", "lines", "pprof", "speedscope"; lines are folded stacks
// without counts, each line one sample.
ImportResult import(std::string_view format, const QByteArray &inflated, const QString &source);
} // namespace RequestBody
