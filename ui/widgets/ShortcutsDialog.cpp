#include "ui/widgets/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

void collect(const QMenu* menu, const QString& path, QList<QStringList>& rows)
{
    for (const QAction* a : menu->actions()) {
        if (a->menu()) {
            collect(a->menu(), path + QStringLiteral(" › ") + plain(a->text()), rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            if (!k.isEmpty())
                keys << k.toString(QKeySequence::NativeText);
        keys.removeDuplicates();
        if (!keys.isEmpty())
            rows << QStringList{path + QStringLiteral(" › ") + plain(a->text()),
                                keys.join(QStringLiteral(", "))};
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<QStringList> rows;
    for (const QAction* a : menus->actions())
        if (a->menu())
            collect(a->menu(), plain(a->text()), rows);
    // Conventions without a menu entry.
    rows << QStringList{tr("Tables › Copy the selected rows (with headers)"),
                        QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)}
         << QStringList{tr("Tables › Select several rows"), tr("Shift+Click, Ctrl+Click")}
         << QStringList{tr("Tables › Open the detail of a row"), tr("Enter, double-click")}
         << QStringList{tr("Tables › Copy, filter, choose columns"), tr("Right-click, Menu key")}
         << QStringList{tr("Charts › Reset the zoom"), tr("Double-click")};

    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r)
        for (int c = 0; c < 2; ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 480);
}

QString ShortcutsDialog::shortcutOf(const QString& command) const
{
    const QString wanted = plain(command);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString name = m_table->item(r, 0)->text();
        if (name == wanted || name.endsWith(QStringLiteral(" › ") + wanted))
            return m_table->item(r, 1)->text();
    }
    return {};
}

} // namespace kestrel::ui
