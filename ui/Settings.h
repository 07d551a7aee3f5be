#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace kestrel::ui {

// One application setting declared once with its key, default, description
// and bounds, stored in QSettings. Widgets use these entries, never raw keys.
template <typename T> class SettingsEntry
{
public:
    SettingsEntry(QString key, T defaultValue, const char* description,
                  std::optional<T> minimum = {}, std::optional<T> maximum = {})
        : m_key(std::move(key)), m_default(std::move(defaultValue)), m_description(description),
          m_min(std::move(minimum)), m_max(std::move(maximum))
    {
    }

    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }
    // Untranslated; pass through QCoreApplication::translate("Settings", ...) to show.
    const char* description() const { return m_description; }
    std::optional<T> minimum() const { return m_min; }
    std::optional<T> maximum() const { return m_max; }

    // The stored value, the default when unset or unreadable, clamped to the bounds.
    T value() const
    {
        const QVariant v = QSettings().value(m_key);
        if (!v.isValid() || !v.canConvert<T>())
            return m_default;
        return bounded(v.value<T>());
    }
    void setValue(const T& value) const
    {
        QSettings().setValue(m_key, QVariant::fromValue(bounded(value)));
    }
    void reset() const { QSettings().remove(m_key); }

private:
    T bounded(T value) const
    {
        if constexpr (std::is_arithmetic_v<T>) {
            if (m_min)
                value = std::max(value, *m_min);
            if (m_max)
                value = std::min(value, *m_max);
        }
        return value;
    }

    QString m_key;
    T m_default;
    const char* m_description;
    std::optional<T> m_min;
    std::optional<T> m_max;
};

// Every setting of the desktop application.
namespace settings {
// Threads of the background job pool.
extern const SettingsEntry<int> workerThreads;
// Most recently opened workspaces, newest first.
extern const SettingsEntry<QStringList> recentWorkspaces;
inline constexpr int kMaxRecentWorkspaces = 10;
// Size of the workspace that File › New demo workspace (and the first start) creates.
extern const SettingsEntry<int> demoRuns;
// The timeframe every panel with presets starts at, on start and when a
// workspace opens ("24h", "7d", "30d", "90d").
extern const SettingsEntry<QString> defaultTimeframe;
// The presets defaultTimeframe may hold, shortest first.
QStringList timeframePresets();
// defaultTimeframe's value, or its default when the stored value is no preset.
QString defaultTimeframePreset();
// The demo workspace's first-start note was closed; it stays closed.
extern const SettingsEntry<bool> demoBannerDismissed;
} // namespace settings

} // namespace kestrel::ui
