#include "ui/help/UserGuideViewer.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kestrel::ui {

QStringList UserGuideViewer::guideLocations()
{
    return {QDir(QCoreApplication::applicationDirPath())
                .filePath(QStringLiteral("../share/doc/kestrel/user-guide.md")),
            QStringLiteral(":/help/user-guide.md")};
}

UserGuideViewer::UserGuideViewer(QWidget* parent)
    : QDialog(parent), m_browser(new QTextBrowser(this)), m_find(new QLineEdit(this))
{
    setWindowTitle(tr("Kestrel user guide"));
    setObjectName(QStringLiteral("userGuide"));
    setModal(false);
    resize(900, 760);
    m_browser->setOpenExternalLinks(true);
    m_browser->setObjectName(QStringLiteral("userGuideText"));

    QString markdown;
    for (const QString& path : guideLocations()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            markdown = QString::fromUtf8(f.readAll());
            m_source = path;
            break;
        }
    }
    if (m_source.isEmpty()) {
        m_browser->setPlainText(tr("The user guide is not installed (looked in %1).")
                                    .arg(guideLocations().join(QStringLiteral(", "))));
    } else {
        // Screenshots are referenced as screenshots/NAME.png, beside the guide.
        m_browser->setSearchPaths({QFileInfo(m_source).absolutePath()});
        m_browser->setMarkdown(markdown);
    }

    m_find->setPlaceholderText(tr("Find in the guide"));
    m_find->setClearButtonEnabled(true);
    auto* next = new QPushButton(tr("Next"), this);
    auto* previous = new QPushButton(tr("Previous"), this);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(false); });
    connect(next, &QPushButton::clicked, this, [this] { find(false); });
    connect(previous, &QPushButton::clicked, this, [this] { find(true); });
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

void UserGuideViewer::find(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return;
    // Wrap around once.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    m_browser->find(text, flags);
}

} // namespace kestrel::ui
