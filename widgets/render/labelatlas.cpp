#include "labelatlas.h"

#include <algorithm>

size_t qHash(const LabelAtlas::Key &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.text, key.fill, key.color, key.size.width(), key.size.height(),
                      key.origin.x(), key.origin.y(), key.message);
}

void LabelAtlas::reserve(int width, int height)
{
    if (m_image.width() == width && m_image.height() >= height)
        return;
    const bool keep = m_image.width() == width;
    // Every texel written now (copy() fills what lies outside the old image
    // with 0), so that the pages are mapped here rather than as the first
    // frames write each (that made the slowest frame of a zoom sequence).
    if (keep) {
        m_image = m_image.copy(0, 0, width, height);
    } else {
        m_image = QImage(width, std::max(height, 1), QImage::Format_ARGB32_Premultiplied);
        m_image.fill(Qt::transparent);
        clear();
    }
    // The texture is remade at the new size: every row of it is missing.
    m_dirtyTop = 0;
    m_dirtyBottom = keep ? m_image.height() : 0;
}

void LabelAtlas::grow()
{
    reserve(m_image.width(), 2 * std::max(m_image.height(), 1));
}

std::optional<LabelAtlas::Placement> LabelAtlas::place(const Key &key)
{
    if (const auto it = m_pieces.constFind(key); it != m_pieces.cend())
        return Placement{*it, false};
    const int w = key.size.width(), h = key.size.height();
    if (w > m_image.width())
        return std::nullopt;
    if (m_cursorX + w > m_image.width()) {
        m_cursorY += m_shelfHeight + 1; // a transparent texel row between shelves
        m_cursorX = m_shelfHeight = 0;
    }
    if (m_cursorY + h > m_image.height())
        return std::nullopt;
    const QPoint at(m_cursorX, m_cursorY);
    m_cursorX += w + 1; // and a texel between pieces
    m_shelfHeight = std::max(m_shelfHeight, h);
    m_pieces.insert(key, at);
    if (m_dirtyTop == m_dirtyBottom) {
        m_dirtyTop = at.y();
        m_dirtyBottom = at.y() + h;
    } else {
        m_dirtyTop = std::min(m_dirtyTop, at.y());
        m_dirtyBottom = std::max(m_dirtyBottom, at.y() + h);
    }
    return Placement{at, true};
}

void LabelAtlas::clear()
{
    m_pieces.clear();
    m_cursorX = m_cursorY = m_shelfHeight = 0;
}

std::pair<int, int> LabelAtlas::takeDirtyRows()
{
    const std::pair<int, int> rows(m_dirtyTop, m_dirtyBottom);
    m_dirtyTop = m_dirtyBottom = 0;
    return rows;
}
