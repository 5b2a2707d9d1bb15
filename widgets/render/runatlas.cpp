#include "runatlas.h"

#include <algorithm>
#include <cmath>

void RunAtlas::build(const FlameScene &scene, QSize pixelSize)
{
    const qreal dpr = scene.devicePixelRatio > 0 ? scene.devicePixelRatio : 1;
    const int frameW = pixelSize.width();
    m_wideBoxes.clear();
    m_quads.clear();
    m_runs.clear();
    m_runAt.clear();
    m_rows = 0;
    const auto deviceX = [dpr](float x) { return int(std::lround(double(x) * dpr)); };
    const auto isNarrow = [](int x0, int x1) { return x1 > x0 && x1 - x0 < narrowBoxPixels; };
    for (qsizetype i = 0; i < qsizetype(scene.boxes.size()); ++i) {
        const FlameScene::Box &b = scene.boxes[size_t(i)];
        const int x0 = deviceX(b.x), x1 = deviceX(b.x + b.w);
        if (!isNarrow(x0, x1)) {
            m_wideBoxes.push_back(b);
            continue;
        }
        // Right after the last narrow box of the same row, and near it: the
        // same run, with the background between them.
        if (!m_runs.empty() && m_runs.back().last == i && x0 >= m_runs.back().x1
            && x0 - m_runs.back().x1 <= runGapPixels) {
            const FlameScene::Box &prev = scene.boxes[size_t(m_runs.back().last - 1)];
            if (prev.y == b.y && prev.h == b.h) {
                m_runs.back().last = i + 1;
                m_runs.back().x1 = x1;
                continue;
            }
        }
        m_runs.push_back(Run{i, i + 1, x0, x1});
    }
    if (m_runs.empty())
        return;

    // The runs, packed end to end, a transparent texel between two.
    int cursorX = 0, cursorY = 0;
    m_runAt.reserve(m_runs.size());
    for (const Run &r : m_runs) {
        if (cursorX + (r.x1 - r.x0) > frameW) {
            ++cursorY;
            cursorX = 0;
        }
        m_runAt.emplace_back(cursorX, cursorY);
        cursorX += r.x1 - r.x0 + 1;
    }
    m_rows = cursorY + 1;
    if (m_image.width() != frameW || m_image.height() < m_rows)
        m_image = QImage(frameW, std::max(m_rows, 2 * m_image.height()),
                         QImage::Format_ARGB32_Premultiplied);
    const QRgb background = 0xff000000u | scene.background;
    for (size_t r = 0; r < m_runs.size(); ++r) {
        const Run &run = m_runs[r];
        auto *line =
            reinterpret_cast<QRgb *>(m_image.scanLine(m_runAt[r].y())) + m_runAt[r].x() - run.x0;
        std::fill(line + run.x0, line + run.x1, background);
        for (qsizetype i = run.first; i < run.last; ++i) {
            const FlameScene::Box &b = scene.boxes[size_t(i)];
            std::fill(line + deviceX(b.x), line + deviceX(b.x + b.w), b.color);
        }
        const FlameScene::Box &b = scene.boxes[size_t(run.first)];
        const int w = run.x1 - run.x0;
        m_quads.push_back(AtlasQuad{float(run.x0 / dpr), b.y, float(w / dpr), b.h,
                                    float(m_runAt[r].x()), float(m_runAt[r].y()) + 0.5f, float(w),
                                    0.f});
    }
}
