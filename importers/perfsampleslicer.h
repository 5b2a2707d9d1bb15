#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <vector>

// The samples of `perf script` text by time, so that a time range of a file
// can be read as a profile of its own: slice() cuts the text of the samples
// in range, which PerfScriptImporter then reads like any file. Re-reading the
// samples keeps one importer as the only reader of perf script (names,
// events, labels exactly as a whole file gets them) and costs a parse of the
// range only. A sample is its header line ("comm pid/tid time: period event:")
// up to the next header; samples without a time never fall in a range.
class PerfSampleSlicer final
{
public:
    explicit PerfSampleSlicer(QByteArray text);

    qsizetype sampleCount() const { return qsizetype(m_samples.size()); }
    // The first and last sample time (perf's clock, ns); 0 when there are none.
    qint64 firstNanos() const
    {
        return m_byTime.empty() ? 0 : m_samples[m_byTime.front()].timeNanos;
    }
    qint64 lastNanos() const { return m_byTime.empty() ? 0 : m_samples[m_byTime.back()].timeNanos; }
    // The file's leading comment lines and every sample whose time is in
    // [fromNanos, untilNanos), in file order; empty when no sample is.
    QByteArray slice(qint64 fromNanos, qint64 untilNanos) const;

private:
    struct Sample
    {
        qint64 timeNanos;
        qsizetype begin;
        qsizetype end;
    };

    QByteArray m_text;
    qsizetype m_headerEnd = 0;
    std::vector<Sample> m_samples; // in file order
    std::vector<quint32> m_byTime; // indexes of m_samples, sorted by time
};
