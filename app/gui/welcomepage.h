#pragma once

#include <QStringList>
#include <QWidget>

class QPushButton;
class QVBoxLayout;

// What an empty window shows instead of a blank area: where to drop profiles
// (the window takes the drop: its drop handling covers the page), Open…, the
// bundled sample and the recent files, each a button named as Open Recent
// names it (RecentFiles::displayNames), the full path in its tooltip.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    // The recent files' buttons, newest first (for tests and the tab order).
    QList<QPushButton *> recentButtons() const { return m_recentButtons; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *sampleButton() const { return m_sample; }

signals:
    void openRequested();
    void sampleRequested();
    void fileRequested(const QString &path);

private:
    QPushButton *m_open;
    QPushButton *m_sample;
    QWidget *m_recentBox;
    QVBoxLayout *m_recentLayout;
    QList<QPushButton *> m_recentButtons;
};
