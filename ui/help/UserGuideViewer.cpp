#include "ui/help/UserGuideViewer.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

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

void UserGuideViewer::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    fitImages();
}

void UserGuideViewer::fitImages()
{
    QTextDocument* doc = m_browser->document();
    const int available = std::max(200, m_browser->viewport()->width() - 40);
    struct Change
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    std::vector<Change> changes; // applied after the walk, which they would disturb
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage image =
                doc->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
            const int width = std::min(image.width(), available);
            if (image.isNull() || qRound(format.width()) == width)
                continue;
            format.setWidth(width);
            format.setHeight(double(image.height()) * width / image.width());
            changes.push_back({fragment.position(), fragment.length(), format});
        }
    }
    for (const Change& c : changes) {
        QTextCursor cursor(doc);
        cursor.setPosition(c.position);
        cursor.setPosition(c.position + c.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(c.format);
    }
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
