#pragma once

#include "profileimporter.h"

// The Papyrus script profiler's logs (Skyrim, Fallout 4: `StartStackProfiling`
// and `StartScriptProfiling` write "NAME log opened (PC)", then one
// "TIME:EVENT:STACK:DEPTH:FORM:FUNCTION" line per event), read as speedscope's
// src/import/papyrus.ts reads them; its totals and per-function self are the
// reference. Times are milliseconds from the first line.
//
// A PUSH enters FUNCTION, a POP leaves it. A POP of a function that is not on
// top waits until the functions above it have left (the log interleaves
// threads); a POP of a function never entered is skipped. A QUEUE_PUSH right
// before the PUSH of the same function adds a "QUEUE FUNCTION" frame from the
// QUEUE_PUSH's time, left together with the function; other queue events are
// asynchronous and skipped. Everything sits under one "STACK ID" frame, that of
// the first event (speedscope compares with "Stack " and so never switches).
// Frames still open at the end close at the last line's time. Lines with fewer
// than six fields (START, STOP) are skipped; a line whose time is not a number
// is an error naming its line.
class PapyrusImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;
};
