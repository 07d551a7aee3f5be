#include "ui/Settings.h"

#include <QThread>

namespace kestrel::ui::settings {

const SettingsEntry<int> workerThreads(QStringLiteral("jobs/workerThreads"),
                                       std::max(2, QThread::idealThreadCount()),
                                       QT_TRANSLATE_NOOP("Settings", "Threads for background jobs"),
                                       1, 64);

const SettingsEntry<QStringList>
    recentWorkspaces(QStringLiteral("workspace/recent"), {},
                     QT_TRANSLATE_NOOP("Settings", "Recently opened workspaces, newest first"));

const SettingsEntry<int> demoRuns(QStringLiteral("demo/runs"), 100'000,
                                  QT_TRANSLATE_NOOP("Settings", "Runs in a new demo workspace"),
                                  100, 5'000'000);

const SettingsEntry<QString> defaultTimeframe(QStringLiteral("ui/default_timeframe"),
                                              QStringLiteral("7d"),
                                              QT_TRANSLATE_NOOP("Settings", "Default timeframe"));

QStringList timeframePresets()
{
    return {QStringLiteral("24h"), QStringLiteral("7d"), QStringLiteral("30d"),
            QStringLiteral("90d")};
}

QString defaultTimeframePreset()
{
    const QString value = defaultTimeframe.value();
    return timeframePresets().contains(value) ? value : defaultTimeframe.defaultValue();
}

const SettingsEntry<bool>
    demoBannerDismissed(QStringLiteral("demo/bannerDismissed"), false,
                        QT_TRANSLATE_NOOP("Settings", "The demo workspace note was closed"));

} // namespace kestrel::ui::settings
