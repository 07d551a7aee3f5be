#include "ui/panels/runhistory/RunFilterBar.h"

#include "ui/panels/runhistory/MultiSelectButton.h"
#include "ui/widgets/Format.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace kestrel::ui {

namespace {

const char* presetName(int index)
{
    switch (index) {
    case RunFilterBar::Last24h:
        return "24h";
    case RunFilterBar::Last7d:
        return "7d";
    case RunFilterBar::Last30d:
        return "30d";
    case RunFilterBar::Last90d:
        return "90d";
    default:
        return "all";
    }
}

std::vector<std::string> toStd(const QStringList& list)
{
    std::vector<std::string> out;
    out.reserve(static_cast<size_t>(list.size()));
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

QStringList toQt(const std::vector<std::string>& list)
{
    QStringList out;
    for (const std::string& s : list)
        out.append(QString::fromStdString(s));
    return out;
}

} // namespace

RunFilterBar::RunFilterBar(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_timeframe = new QComboBox(this);
    m_timeframe->setObjectName(QStringLiteral("timeframe"));
    m_timeframe->addItems({tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"),
                           tr("Last 90 days"), tr("All time"), tr("Custom range")});
    m_timeframe->setCurrentIndex(AllTime);
    layout->addWidget(m_timeframe);

    const QDateTime now = QDateTime::currentDateTime();
    m_from = new QDateTimeEdit(now.addDays(-7), this);
    m_to = new QDateTimeEdit(now, this);
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &RunFilterBar::filterChanged);
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_from->setToolTip(tr("From (inclusive)"));
    m_to->setToolTip(tr("To (exclusive)"));
    layout->addWidget(m_from);
    layout->addWidget(m_to);

    m_models = new MultiSelectButton(tr("Models"), this);
    m_models->setObjectName(QStringLiteral("models"));
    m_statuses = new MultiSelectButton(tr("Status"), this);
    m_statuses->setObjectName(QStringLiteral("statuses"));
    layout->addWidget(m_models);
    layout->addWidget(m_statuses);

    m_symbol = new QComboBox(this);
    m_symbol->setObjectName(QStringLiteral("symbol"));
    m_symbol->setMinimumContentsLength(10);
    m_symbol->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Fifty symbols and more: typing part of one lists the matches.
    m_symbol->setEditable(true);
    m_symbol->setInsertPolicy(QComboBox::NoInsert);
    m_symbol->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_symbol->completer()->setFilterMode(Qt::MatchContains);
    m_symbol->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_symbol->setToolTip(tr("Type part of a symbol to find it"));
    m_dataSource = new QComboBox(this);
    m_dataSource->setObjectName(QStringLiteral("dataSource"));
    fillCombo(m_symbol, tr("All symbols"), {});
    fillCombo(m_dataSource, tr("All sources"), {});
    layout->addWidget(m_symbol);
    layout->addWidget(m_dataSource);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search errors and parameters"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    layout->addWidget(m_search, 1);

    m_templateChip = new QToolButton(this);
    m_templateChip->setObjectName(QStringLiteral("templateChip"));
    m_templateChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_templateChip->setStyleSheet(QStringLiteral(
        "QToolButton { background: #fdecea; color: #8e1b1b; border: 1px solid #e6a5a0;"
        " border-radius: 10px; padding: 2px 8px; }"));
    m_templateChip->setVisible(false);
    layout->addWidget(m_templateChip);

    m_clear = new QToolButton(this);
    m_clear->setText(tr("Reset"));
    m_clear->setToolTip(tr("Show every run"));
    layout->addWidget(m_clear);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &RunFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));

    connect(m_timeframe, &QComboBox::currentIndexChanged, this, &RunFilterBar::timeframeChosen);
    connect(m_models, &MultiSelectButton::selectionChanged, this, &RunFilterBar::filterChanged);
    connect(m_statuses, &MultiSelectButton::selectionChanged, this, &RunFilterBar::filterChanged);
    connect(m_symbol, &QComboBox::currentIndexChanged, this, &RunFilterBar::filterChanged);
    connect(m_dataSource, &QComboBox::currentIndexChanged, this, &RunFilterBar::filterChanged);
    connect(m_templateChip, &QToolButton::clicked, this, [this] {
        setErrorTemplate({});
        emit filterChanged();
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        setFilter({});
        emit filterChanged();
    });
}

void RunFilterBar::fillCombo(QComboBox* box, const QString& anyText,
                             const std::vector<std::string>& values)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(anyText, QString());
    for (const std::string& v : values)
        box->addItem(QString::fromStdString(v), QString::fromStdString(v));
    int index = box->findData(current);
    if (index < 0 && !current.isEmpty()) {
        box->addItem(current, current);
        index = box->count() - 1;
    }
    box->setCurrentIndex(std::max(0, index));
}

void RunFilterBar::setChoices(const std::vector<std::string>& models,
                              const std::vector<std::string>& statuses,
                              const std::vector<std::string>& symbols,
                              const std::vector<std::string>& dataSources)
{
    m_models->setChoices(toQt(models));
    QStringList statusLabels;
    for (const std::string& s : statuses)
        statusLabels.append(Format::status(s));
    m_statuses->setChoices(toQt(statuses), statusLabels);
    fillCombo(m_symbol, tr("All symbols"), symbols);
    fillCombo(m_dataSource, tr("All sources"), dataSources);
}

void RunFilterBar::setReferenceTime(EpochMs t)
{
    m_reference = t;
}

EpochMs RunFilterBar::referenceTime() const
{
    return m_reference ? m_reference : nowMs();
}

void RunFilterBar::timeframeChosen()
{
    const bool custom = m_timeframe->currentIndex() == Custom;
    if (custom) {
        // Start the custom range from what the preset showed.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(referenceTime());
        m_to->setDateTime(end);
        m_from->setDateTime(end.addDays(-7));
    }
    showCustomRange(custom);
    emit filterChanged();
}

void RunFilterBar::showCustomRange(bool custom)
{
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

runs::RunFilter RunFilterBar::filter() const
{
    runs::RunFilter f;
    if (m_timeframe->currentIndex() == Custom) {
        f.from = m_from->dateTime().toMSecsSinceEpoch();
        f.to = m_to->dateTime().toMSecsSinceEpoch();
    } else {
        runs::applyTimeframe(f, presetName(m_timeframe->currentIndex()), referenceTime());
    }
    f.models = toStd(m_models->checked());
    f.statuses = toStd(m_statuses->checked());
    if (const QString s = m_symbol->currentData().toString(); !s.isEmpty())
        f.symbols = {s.toStdString()};
    if (const QString s = m_dataSource->currentData().toString(); !s.isEmpty())
        f.dataSources = {s.toStdString()};
    f.text = m_search->text().trimmed().toStdString();
    f.errorTemplate = m_template.toStdString();
    return f;
}

void RunFilterBar::setFilter(const runs::RunFilter& f)
{
    const QList<QObject*> widgets{m_timeframe, m_from,   m_to,         m_models,
                                  m_statuses,  m_symbol, m_dataSource, m_search};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QObject* w : widgets)
        blockers.push_back(std::make_unique<QSignalBlocker>(w));
    m_searchDelay->stop();

    if (f.from || f.to) {
        m_timeframe->setCurrentIndex(Custom);
        const EpochMs end = f.to.value_or(referenceTime());
        m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(end));
        m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(f.from.value_or(0)));
        showCustomRange(true);
    } else {
        m_timeframe->setCurrentIndex(AllTime);
        showCustomRange(false);
    }
    m_models->setChecked(toQt(f.models));
    m_statuses->setChecked(toQt(f.statuses));
    auto pick = [](QComboBox* box, const std::vector<std::string>& values) {
        const QString v = values.empty() ? QString() : QString::fromStdString(values.front());
        int index = box->findData(v);
        if (index < 0) {
            box->addItem(v, v);
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
    };
    pick(m_symbol, f.symbols);
    pick(m_dataSource, f.dataSources);
    m_search->setText(QString::fromStdString(f.text));
    blockers.clear();
    setErrorTemplate(QString::fromStdString(f.errorTemplate));
}

void RunFilterBar::setErrorTemplate(const QString& templateText)
{
    m_template = templateText;
    const QString shown = fontMetrics().elidedText(templateText, Qt::ElideMiddle, 320);
    m_templateChip->setText(tr("template: %1  ✕").arg(shown));
    m_templateChip->setToolTip(
        tr("Runs whose error matches\n%1\nClick to remove.").arg(templateText));
    m_templateChip->setVisible(!templateText.isEmpty());
}

} // namespace kestrel::ui
