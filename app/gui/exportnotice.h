#pragma once

#include <QFrame>
#include <QString>
#include <QUrl>

#include <functional>

class QLabel;
class QPushButton;

// The confirmation of a finished export: a bar in the window (not a modal box:
// the user goes on working) that names the file and offers its folder in the
// file manager. The folder opener is QDesktopServices::openUrl unless a test
// substitutes its own, so that no file manager starts under a test.
class ExportNotice final : public QFrame
{
    Q_OBJECT
public:
    using FolderOpener = std::function<bool(const QUrl &folder)>;

    explicit ExportNotice(QWidget *parent = nullptr);

    // Shows the notice for the file written at path.
    void showExported(const QString &path);
    QString path() const { return m_path; }
    QString text() const;
    QPushButton *openFolderButton() const { return m_openFolder; }
    void setFolderOpener(FolderOpener opener) { m_opener = std::move(opener); }

private:
    QString m_path;
    QLabel *m_label;
    QPushButton *m_openFolder;
    FolderOpener m_opener;
};
