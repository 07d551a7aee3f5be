#include "ui/settings/GeneralPage.h"

#include "ui/Settings.h"
#include "ui/settings/GeneralSettings.h"
#include "ui/settings/Theme.h"
#include "ui/widgets/Format.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace kestrel::ui {

namespace {

QString describe(const char* description)
{
    return QCoreApplication::translate("Settings", description);
}

} // namespace

GeneralPage::GeneralPage(QWidget* parent) : SettingsPage(parent)
{
    m_threads = new QSpinBox(this);
    m_threads->setObjectName(QStringLiteral("workerThreads"));
    m_threads->setRange(settings::workerThreads.minimum().value_or(1),
                        settings::workerThreads.maximum().value_or(64));
    m_threads->setToolTip(describe(settings::workerThreads.description()));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));

    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->addItem(tr("UTC"), QStringLiteral("utc"));
    m_timeZone->addItem(tr("Local time"), QStringLiteral("local"));

    m_timeframe = new QComboBox(this);
    m_timeframe->setObjectName(QStringLiteral("defaultTimeframe"));
    m_timeframe->addItem(tr("Last 24 hours"), QStringLiteral("24h"));
    m_timeframe->addItem(tr("Last 7 days"), QStringLiteral("7d"));
    m_timeframe->addItem(tr("Last 30 days"), QStringLiteral("30d"));
    m_timeframe->addItem(tr("Last 90 days"), QStringLiteral("90d"));
    m_timeframe->setToolTip(
        tr("The timeframe the Overview and AI Analysis start with, at the start of Kestrel and "
           "whenever a workspace is opened. A change applies to each panel at its next reset, "
           "not to a timeframe already on screen."));

    auto* languageNote = new QLabel(tr("A new language is used from the next start."), this);
    languageNote->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(describe(settings::workerThreads.description()), m_threads);
    form->addRow(describe(settings::theme.description()), m_theme);
    form->addRow(describe(settings::language.description()), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(describe(settings::timeZone.description()), m_timeZone);
    form->addRow(describe(settings::defaultTimeframe.description()), m_timeframe);

    m_applied = {settings::workerThreads.value(), settings::theme.value(),
                 settings::language.value(), settings::timeZone.value(),
                 settings::defaultTimeframePreset()};
    show(m_applied);

    connect(m_threads, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    connect(m_timeframe, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
}

QString GeneralPage::title() const
{
    return tr("General");
}

GeneralPage::Values GeneralPage::current() const
{
    return {m_threads->value(), m_theme->currentData().toString(),
            m_language->currentData().toString(), m_timeZone->currentData().toString(),
            m_timeframe->currentData().toString()};
}

void GeneralPage::show(const Values& v)
{
    m_threads->setValue(v.threads);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(v.theme)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(v.language)));
    m_timeZone->setCurrentIndex(std::max(0, m_timeZone->findData(v.timeZone)));
    m_timeframe->setCurrentIndex(std::max(0, m_timeframe->findData(v.timeframe)));
}

bool GeneralPage::isModified() const
{
    return !(current() == m_applied);
}

bool GeneralPage::apply()
{
    const Values v = current();
    settings::workerThreads.setValue(v.threads);
    settings::language.setValue(v.language);
    // Read by each panel at its next reset (start, another workspace).
    settings::defaultTimeframe.setValue(v.timeframe);
    if (v.timeZone != m_applied.timeZone) {
        settings::timeZone.setValue(v.timeZone);
        Format::reloadSettings();
        // Every view shows times again in the new zone.
        for (QWidget* w : QApplication::topLevelWidgets())
            w->update();
    }
    if (v.theme != m_applied.theme) {
        settings::theme.setValue(v.theme);
        applyTheme(v.theme);
    }
    m_applied = v;
    emit changed();
    return true;
}

void GeneralPage::restoreDefaults()
{
    show({settings::workerThreads.defaultValue(), settings::theme.defaultValue(),
          settings::language.defaultValue(), settings::timeZone.defaultValue(),
          settings::defaultTimeframe.defaultValue()});
}

} // namespace kestrel::ui
