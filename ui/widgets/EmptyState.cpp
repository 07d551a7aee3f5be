#include "ui/widgets/EmptyState.h"

#include "ui/panels/Panel.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/ThemeColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kestrel::ui {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent), m_title(headingLabel(QString(), this, 1.3)), m_body(new QLabel(this)),
      m_buttons(new QWidget(this))
{
    setObjectName(QStringLiteral("emptyState"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(10);
    layout->addStretch(1);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_body->setObjectName(QStringLiteral("emptyStateBody"));
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);
    m_body->setFixedWidth(520);
    theme::setMutedText(m_body);
    auto* buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 8, 0, 0);
    buttons->addStretch(1);
    buttons->addStretch(1);
    layout->addWidget(m_title);
    auto* bodyRow = new QHBoxLayout;
    bodyRow->addStretch(1);
    bodyRow->addWidget(m_body);
    bodyRow->addStretch(1);
    layout->addLayout(bodyRow);
    layout->addWidget(m_buttons);
    layout->addStretch(2);
}

EmptyState::EmptyState(const QString& title, const QString& body, QStackedWidget* pages)
    : EmptyState(pages)
{
    setText(title, body);
    pages->addWidget(this);
}

void EmptyState::setText(const QString& title, const QString& body)
{
    m_title->setText(title);
    m_body->setText(body);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::body() const
{
    return m_body->text();
}

QPushButton* EmptyState::addButton(const QString& text, bool primary)
{
    auto* button = new QPushButton(text, m_buttons);
    button->setDefault(primary);
    auto* layout = static_cast<QHBoxLayout*>(m_buttons->layout());
    layout->insertWidget(layout->count() - 1, button);
    return button;
}

void EmptyState::addWorkspaceButtons(PanelEvents* events)
{
    m_import = addButton(tr("Import runs…"), true);
    m_import->setObjectName(QStringLiteral("emptyImport"));
    m_import->setToolTip(tr("Import runs from CSV, JSON, JSONL or an MLflow store"));
    m_demo = addButton(tr("Create demo workspace"));
    m_demo->setObjectName(QStringLiteral("emptyDemo"));
    m_demo->setToolTip(tr("A new workspace with 90 days of runs and planted incidents to explore"));
    connect(m_import, &QPushButton::clicked, events, &PanelEvents::importRunsRequested);
    connect(m_demo, &QPushButton::clicked, events, &PanelEvents::demoWorkspaceRequested);
}

} // namespace kestrel::ui
