#pragma once

#include <QHash>
#include <QImage>
#include <QPoint>
#include <QRgb>
#include <QSize>
#include <QString>

#include <optional>
#include <utility>

// The labels' half of the OpenGL renderer's atlas, kept from frame to frame. A
// piece is a label's text painted over its box's fill, its pixels set by the
// text, the two colours, the piece's size and where the text starts in it.
// A frame that shows a piece an earlier frame painted reuses its texels, so
// only new pieces are painted and uploaded: most labels of a zoom or scroll
// frame were in the frame before (all of them when only the layout was redone).
//
// Pieces are packed left to right into shelves as wide as the image, never
// moved; when a frame's new pieces do not fit, the caller forgets them all
// (clear()) and places that frame's pieces again, or grows the image.
class LabelAtlas final
{
public:
    struct Key
    {
        QString text;
        QRgb fill = 0;
        QRgb color = 0;
        QSize size;           // texels
        QPoint origin;        // where the text starts in the piece, in 1/64 texel
        bool message = false; // the centred message of an empty view, not a label
        bool operator==(const Key &) const = default;
    };
    struct Placement
    {
        QPoint at;          // the piece's top left, in texels
        bool fresh = false; // new: its texels are for the caller to paint
    };

    // An image width texels wide and at least height tall; forgets every
    // piece when the width changes.
    void reserve(int width, int height);
    // Where the piece lies, or a new place for it (fresh); none when it does not fit.
    std::optional<Placement> place(const Key &key);
    // Forgets every piece; their texels are free for new ones.
    void clear();
    // Doubles the image's height, keeping every piece.
    void grow();
    QImage &image() { return m_image; }
    // The rows [first, second) where fresh pieces were placed since the last
    // call: what the texture lacks. Empty (first == second) when none.
    std::pair<int, int> takeDirtyRows();
    qsizetype pieceCount() const { return m_pieces.size(); }

private:
    QImage m_image;
    QHash<Key, QPoint> m_pieces;
    int m_cursorX = 0;
    int m_cursorY = 0;
    int m_shelfHeight = 0;
    int m_dirtyTop = 0;
    int m_dirtyBottom = 0;
};

size_t qHash(const LabelAtlas::Key &key, size_t seed = 0) noexcept;
