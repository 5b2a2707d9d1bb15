#pragma once

#include "profileimporter.h"

// FreeBSD's `pmcstat -G` call graph (hwpmc): per event a header
// "@ EVENT [N samples]", then one tree per sampled function, the function at
// the left and its callers indented one space a level, each line
// "PERCENT%  [COUNT]  NAME [@ MODULE]". Read as speedscope reads it (its
// pmcstat-callgraph importer is the reference for totals): every line without
// a deeper line under it is one stack, from the outermost caller to the
// sampled function, weighing its COUNT; a function's samples that no caller
// line accounts for are not drawn. A module names the frames below it until
// the next one; it is kept as the frame's detail. Several events give one
// sample type each. Comments ('#', "//") and blank lines are skipped; other
// lines that do not parse are counted in a warning.
class PmcstatImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;
};
