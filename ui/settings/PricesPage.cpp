#include "ui/settings/PricesPage.h"
#include "core/common/ProviderIds.h"

#include "core/common/Error.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {

enum Column
{
    Provider,
    Pattern,
    Input,
    Output,
    ColumnCount
};

// Prices read as numbers: right-aligned.
QTableWidgetItem* priceItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PricesPage::PricesPage(ai::SettingsService service, jobs::JobRunner* runner, QWidget* parent)
    : SettingsPage(parent), m_service(std::move(service)), m_runner(runner)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("prices"));
    // Short two-line headers, so the price columns stay narrow and every word shows.
    m_table->setHorizontalHeaderLabels({tr("Provider"), tr("Model or family\n(* wildcard)"),
                                        tr("Input\nUSD per 1M tokens"),
                                        tr("Output\nUSD per 1M tokens")});
    m_table->horizontalHeaderItem(Input)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeaderItem(Output)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeaderItem(Input)->setToolTip(
        tr("Price of one million input tokens, in US dollars"));
    m_table->horizontalHeaderItem(Output)->setToolTip(
        tr("Price of one million output tokens, in US dollars"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Pattern, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);

    auto* add = new QPushButton(tr("Add row"), this);
    auto* remove = new QPushButton(tr("Remove row"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pricesError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* note = new QLabel(
        tr("Prices belong to the workspace. A model without a price has an unknown cost and "
           "can still be used; an exact model id wins over a family."),
        this);
    note->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* column = new QVBoxLayout(this);
    column->addWidget(note);
    column->addWidget(m_table, 1);
    column->addLayout(buttons);
    column->addWidget(m_error);

    show(ai::PriceTable::defaults());
    m_applied = snapshot();

    connect(m_table, &QTableWidget::itemChanged, this, &SettingsPage::changed);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Provider,
                         new QTableWidgetItem(QString::fromLatin1(provider_id::kAnthropic)));
        m_table->setItem(row, Pattern, new QTableWidgetItem);
        m_table->setItem(row, Input, priceItem(QStringLiteral("0")));
        m_table->setItem(row, Output, priceItem(QStringLiteral("0")));
        m_table->editItem(m_table->item(row, Pattern));
        emit changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit changed();
        }
    });
}

QString PricesPage::title() const
{
    return tr("Prices");
}

void PricesPage::show(const ai::PriceTable& table)
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const ai::ModelPrice& p : table.entries()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Provider, new QTableWidgetItem(QString::fromStdString(p.provider)));
        m_table->setItem(row, Pattern, new QTableWidgetItem(QString::fromStdString(p.pattern)));
        m_table->setItem(row, Input, priceItem(QString::number(p.inputPerMTok)));
        m_table->setItem(row, Output, priceItem(QString::number(p.outputPerMTok)));
    }
}

QString PricesPage::snapshot() const
{
    QStringList cells;
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < ColumnCount; ++c)
            cells << (m_table->item(r, c) ? m_table->item(r, c)->text().trimmed() : QString());
    return cells.join(QChar(0x1f));
}

ai::PriceTable PricesPage::edited() const
{
    ai::PriceTable table;
    auto cell = [this](int r, int c) {
        return m_table->item(r, c) ? m_table->item(r, c)->text().trimmed() : QString();
    };
    auto number = [&](int r, int c, const QString& what) {
        bool ok = false;
        const double v = QLocale::c().toDouble(cell(r, c), &ok);
        if (!ok || v < 0)
            throw Error(tr("Row %1: the %2 price \"%3\" is not a number of USD ≥ 0.")
                            .arg(r + 1)
                            .arg(what, cell(r, c))
                            .toStdString());
        return v;
    };
    for (int r = 0; r < m_table->rowCount(); ++r) {
        ai::ModelPrice p;
        p.provider = cell(r, Provider).toStdString();
        p.pattern = cell(r, Pattern).toStdString();
        if (p.provider.empty() || p.pattern.empty())
            throw Error(tr("Row %1: the provider and the model must not be empty.")
                            .arg(r + 1)
                            .toStdString());
        p.inputPerMTok = number(r, Input, tr("input"));
        p.outputPerMTok = number(r, Output, tr("output"));
        table.set(p);
    }
    return table;
}

bool PricesPage::isModified() const
{
    return snapshot() != m_applied;
}

void PricesPage::showStored(const ai::PriceTable& stored)
{
    show(stored);
    m_applied = snapshot();
    emit changed();
}

bool PricesPage::apply()
{
    ai::PriceTable table;
    try {
        table = edited();
    } catch (const Error& e) {
        m_error->setText(tr("Not applied: %1").arg(QString::fromUtf8(e.what())));
        m_error->show();
        return false;
    }
    m_error->hide();
    const QString before = m_applied;
    storeInJob(
        m_runner, m_error, [service = m_service, table] { service.savePrices(table); },
        [this, before](bool ok) {
            if (!ok) // still to apply
                m_applied = before;
            emit changed();
        });
    // Applied unless the store refuses (then saved(false) and modified again).
    m_applied = snapshot();
    emit changed();
    return true;
}

void PricesPage::restoreDefaults()
{
    show(ai::PriceTable::defaults());
    emit changed();
}

} // namespace kestrel::ui
